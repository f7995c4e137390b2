import { describe, expect, it } from "vitest";
import { EnvError, env, parseEnv } from "@/lib/env";
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

describe("env (what lib reads, at the moment it asks)", () => {
  it("trims text, treats blank as unset, reads numbers as numbers", () => {
    expect(
      env({
        DATABASE_URL: " file:./data/x.db ",
        TRUSTED_PROXY: "   ",
        CLAIMTRACK_JOB_LEASE_MS: " 250 ",
        CLAIMTRACK_EXTRACT_THREADS: "3",
        CLAIMTRACK_JOB_BATCH: "4",
        CLAIMTRACK_ADMIN_PASSWORD: "a passphrase ",
      }),
    ).toMatchObject({
      DATABASE_URL: "file:./data/x.db",
      TRUSTED_PROXY: undefined,
      CLAIMTRACK_JOB_LEASE_MS: 250,
      CLAIMTRACK_EXTRACT_THREADS: 3,
      CLAIMTRACK_JOB_BATCH: 4,
      CLAIMTRACK_ADMIN_PASSWORD: "a passphrase ",
    });
  });

  it("never throws: a number that does not parse is unset, so the caller's default applies", () => {
    const read = env({
      CLAIMTRACK_JOB_LEASE_MS: "soon",
      CLAIMTRACK_EXTRACT_THREADS: "1.5",
      CLAIMTRACK_EXTRACT_BUDGET_MS: "0",
      CLAIMTRACK_JOB_BATCH: "2.5",
    });
    expect(read.CLAIMTRACK_JOB_BATCH).toBeUndefined();
    expect(read.CLAIMTRACK_JOB_LEASE_MS).toBeUndefined();
    expect(read.CLAIMTRACK_EXTRACT_THREADS).toBeUndefined();
    expect(read.CLAIMTRACK_EXTRACT_BUDGET_MS).toBeUndefined();
  });

  it("reads process.env when asked, not when loaded (a test's DATABASE_URL is seen)", () => {
    const previous = process.env.CLAIMTRACK_PUBLIC_URL;
    process.env.CLAIMTRACK_PUBLIC_URL = "https://later.example.org";
    try {
      expect(env().CLAIMTRACK_PUBLIC_URL).toBe("https://later.example.org");
    } finally {
      if (previous === undefined) delete process.env.CLAIMTRACK_PUBLIC_URL;
      else process.env.CLAIMTRACK_PUBLIC_URL = previous;
    }
  });
});
