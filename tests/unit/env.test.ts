import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { requestErrorLine } from "@/lib/observability/request-error";

describe("parseEnv", () => {
  it("accepts an empty environment (every variable has a default)", () => {
    expect(parseEnv({})).toEqual({});
  });

  it("keeps valid values and treats blank ones as unset", () => {
    const env = parseEnv({
      DATABASE_URL: " postgresql://u@127.0.0.1/db ",
      BETTER_AUTH_URL: "",
      TRUSTED_PROXY: "127.0.0.1",
    });
    expect(env).toEqual({
      DATABASE_URL: "postgresql://u@127.0.0.1/db",
      BETTER_AUTH_URL: undefined,
      TRUSTED_PROXY: "127.0.0.1",
    });
  });

  it("refuses bad values, naming every bad variable at once", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", BETTER_AUTH_URL: "claims.example.org", BETTER_AUTH_SECRET: "short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as EnvError).message;
      expect(message).toMatch(/DATABASE_URL: .*file:/);
      expect(message).toMatch(/BETTER_AUTH_URL: .*http\(s\) URL/);
      expect(message).toMatch(/BETTER_AUTH_SECRET: .*32 characters/);
    }
  });
});

describe("requestErrorLine", () => {
  it("logs route, method and message, never headers or the query string", () => {
    const error = Object.assign(new Error("database is locked"), { digest: "12345" });
    const line = requestErrorLine(
      error,
      { path: "/claims?q=secret+search", method: "GET", headers: { cookie: "session=abc" } } as never,
      { routePath: "/claims", routeType: "render" },
      new Date("2026-12-02T10:00:00Z"),
    );
    expect(JSON.parse(line)).toEqual({
      level: "error",
      at: "2026-12-02T10:00:00.000Z",
      method: "GET",
      path: "/claims",
      route: "/claims",
      routeType: "render",
      digest: "12345",
      error: "Error: database is locked",
    });
    expect(line).not.toMatch(/session=abc|secret/);
  });
});
