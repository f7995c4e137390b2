import { describe, expect, it } from "vitest";
import { bearerToken, hashToken, isTokenShaped, newTokenSecret } from "./tokens.ts";

describe("API token secrets", () => {
  it("makes ct_ + 43 base64url characters (32 bytes), a 64-hex SHA-256 and an 11-character prefix", () => {
    const { token, tokenHash, prefix } = newTokenSecret();
    expect(token).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(prefix).toBe(token.slice(0, 11));
    expect(isTokenShaped(token)).toBe(true);
  });

  it("never repeats a secret", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newTokenSecret().token));
    expect(tokens.size).toBe(1000);
  });

  it("rejects strings that are not our tokens before any lookup", () => {
    for (const value of [
      "",
      "ct_",
      "ct_short",
      `xx_${"a".repeat(43)}`,
      `ct_${"a".repeat(42)}!`,
      `ct_${"a".repeat(44)}`,
    ]) {
      expect(isTokenShaped(value)).toBe(false);
    }
  });
});

describe("bearerToken", () => {
  it("reads the Bearer scheme, case-insensitively, with surrounding spaces", () => {
    expect(bearerToken(new Headers({ authorization: "Bearer ct_abc" }))).toBe("ct_abc");
    expect(bearerToken(new Headers({ authorization: "  bearer   ct_abc  " }))).toBe("ct_abc");
  });

  it("is null without an Authorization header, for another scheme, or for an empty credential", () => {
    expect(bearerToken(new Headers())).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Basic dXNlcjpwYXNz" }))).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Bearer" }))).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Bearer a b" }))).toBeNull();
  });
});
