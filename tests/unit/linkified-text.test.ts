import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkifiedText, linkParts } from "@/components/comments/linkified-text";
import { authorize } from "@/lib/auth/require";
import { hasRole, type Role } from "@/lib/auth/roles";

describe("comment text", () => {
  it.each([
    ["see https://a.org/x.", [{ text: "see " }, { href: "https://a.org/x" }, { text: "." }]],
    ["(http://b.net/path?q=1)", [{ text: "(" }, { href: "http://b.net/path?q=1" }, { text: ")" }]],
    ["javascript:alert(1) and ftp://c.org", [{ text: "javascript:alert(1) and ftp://c.org" }]],
    ["no links", [{ text: "no links" }]],
  ])("splits %j into text and http(s) links", (input, parts) => {
    expect(linkParts(input)).toEqual(parts);
  });

  it.each([
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["<script>alert(1)</script> https://a.org", '&lt;script&gt;alert(1)&lt;/script&gt; <a href="https://a.org"'],
    ['https://a.org/"onmouseover="alert(1)', '<a href="https://a.org/"'],
  ])("renders %j as text, never markup", (input, expected) => {
    const html = renderToStaticMarkup(createElement(LinkifiedText, { text: input }));
    expect(html).toContain(expected);
    // Text may mention onerror=; no tag may carry it.
    expect(html).not.toMatch(/<img|<script|<[^>]*\son(error|mouseover)=/);
  });
});

describe("role ladder", () => {
  const roles: Role[] = ["researcher", "reviewer", "editor", "admin"];
  it.each(roles.flatMap((role) => roles.map((min) => [role, min] as const)))("%s reaches %s?", (role, min) => {
    expect(hasRole(role, min)).toBe(roles.indexOf(role) >= roles.indexOf(min));
    const gate = authorize({ id: "u", email: "u@x", name: "U", role }, min);
    expect(gate.ok ? 200 : gate.status).toBe(hasRole(role, min) ? 200 : 403);
  });
  it("refuses unknown roles and signed-out users", () => {
    expect(hasRole("superuser", "researcher")).toBe(false);
    expect(authorize(null, "researcher")).toMatchObject({ ok: false, status: 401, code: "unauthenticated" });
  });
});
