import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next.ts";

describe("safeNextPath (issue 14, finding 4: open redirect after sign-in)", () => {
  it.each(["/claims", "/claims?status=disputed&sort=value.desc", "/documents/abc123", "/claims/x#history"])(
    "keeps the same-site path %s",
    (path) => {
      expect(safeNextPath(path)).toBe(path);
    },
  );

  it.each([
    "/%5Cevil.example/phish",
    "/%5cevil.example",
    "/\\evil.example/phish",
    "\\\\evil.example",
    "//evil.example",
    "/%2Fevil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "/\tevil",
    "/%09/evil.example",
    "/%0a/evil.example",
    "%2F%2Fevil.example",
    "",
    "/%E0%A4%A",
  ])("refuses %j and falls back to /claims", (attack) => {
    expect(safeNextPath(attack)).toBe("/claims");
  });

  it("refuses non-strings and overlong values", () => {
    expect(safeNextPath(undefined)).toBe("/claims");
    expect(safeNextPath(["/claims"])).toBe("/claims");
    expect(safeNextPath(`/${"a".repeat(3000)}`)).toBe("/claims");
  });
});
