/**
 * runAction (lib/auth/action.ts), the core of action(): the one role check of every server action. It must agree
 * with the role ladder (hasRole) for every role, pass a refused gate on without its HTTP status, parse the input
 * before the write runs, and answer a read's fallback instead of a refusal.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runAction } from "@/lib/auth/action";
import type { Gate } from "@/lib/auth/require";
import { hasRole, ROLES } from "@/lib/auth/roles";

const gateOf = (role: (typeof ROLES)[number]): Gate => ({
  ok: true,
  user: { id: `u-${role}`, email: `${role}@example.org`, name: role, role },
});

const written = async (_input: unknown, user: { id: string }) => ({ ok: true as const, by: user.id });

describe("runAction", () => {
  it.each(ROLES.flatMap((role) => ROLES.map((min) => [role, min] as const)))(
    "a %s asking for %s",
    async (role, min) => {
      const result = await runAction(gateOf(role), { role: min }, undefined, written);
      if (hasRole(role, min)) expect(result).toEqual({ ok: true, by: `u-${role}` });
      else expect(result).toEqual({ ok: false, code: "forbidden", message: `This needs the ${min} role.` });
    },
  );

  it("passes a refused gate on without its HTTP status, and never runs the write", async () => {
    const denied: Gate = { ok: false, code: "unauthenticated", status: 401, message: "Sign in first." };
    let ran = false;
    const result = await runAction(denied, { role: "researcher" }, undefined, async () => {
      ran = true;
      return { ok: true };
    });
    expect(result).toEqual({ ok: false, code: "unauthenticated", message: "Sign in first." });
    expect(ran).toBe(false);
  });

  it("parses the input first: the write gets the schema's output, a bad input its message", async () => {
    const input = z.object({ name: z.string().trim().min(1, "Enter a name.") });
    const spec = { role: "editor", input } as const;
    const echo = async (parsed: { name: string }) => parsed;
    expect(await runAction(gateOf("editor"), spec, { name: "  Ana " }, echo)).toEqual({ name: "Ana" });
    expect(await runAction(gateOf("editor"), spec, { name: " " }, echo)).toEqual({
      ok: false,
      code: "invalid",
      message: "Enter a name.",
    });
    expect(await runAction(gateOf("editor"), { ...spec, invalid: "Name it." }, {}, echo)).toMatchObject({
      message: "Name it.",
    });
  });

  it("answers a read's fallback when refused or malformed", async () => {
    const spec = { role: "researcher", input: z.string(), fallback: [] as string[] } as const;
    const search = async (needle: string) => [needle];
    const denied: Gate = { ok: false, code: "unauthenticated", status: 401, message: "Sign in first." };
    expect(await runAction(denied, spec, "x", search)).toEqual([]);
    expect(await runAction(gateOf("researcher"), spec, 42, search)).toEqual([]);
    expect(await runAction(gateOf("researcher"), spec, "x", search)).toEqual(["x"]);
  });
});
