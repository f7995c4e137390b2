/**
 * One password rule for every way an account gets a password (issue 14, finding 10): CLAIMTRACK_ADMIN_PASSWORD='a'
 * used to create an admin whose password is "a", and ten spaces were accepted as a new password (by /admin/users and
 * by better-auth's own /change-password, which checked only the length). SQLite and
 * PostgreSQL, a fresh database per case; nothing is written when the password is refused.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { WeakPasswordError } from "@/lib/auth/password";
import { createFirstAdmin, createUserWithPassword, ensureAdminFromEnv } from "@/lib/auth/users";
import { signedInUser, signInRequest, TEST_PASSWORD } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 90_000 });

const WEAK = ["a", "          ", "a         ", "  short  ", "\t\t\t\t\t\t\t\t\t\t\t", "x".repeat(257)];

describe.each(databaseLegs())("password rule on %s", (leg) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it("CLAIMTRACK_ADMIN_PASSWORD too weak: db:prepare's admin step refuses and creates nothing", async () => {
    t = await createTestDatabase(leg);
    for (const password of WEAK) {
      await expect(
        ensureAdminFromEnv(
          {
            CLAIMTRACK_ADMIN_EMAIL: "admin@example.test",
            CLAIMTRACK_ADMIN_PASSWORD: password,
          },
          t.client,
        ),
      ).rejects.toBeInstanceOf(WeakPasswordError);
    }
    expect(await t.client.user.count()).toBe(0);
    expect(await t.client.firstAdmin.count()).toBe(0);
    expect(
      await ensureAdminFromEnv(
        {
          CLAIMTRACK_ADMIN_EMAIL: "admin@example.test",
          CLAIMTRACK_ADMIN_PASSWORD: "a long enough passphrase",
        },
        t.client,
      ),
    ).toBe("admin@example.test");
  });

  it("whitespace-only or too-short passwords are refused for /setup and for new users alike", async () => {
    t = await createTestDatabase(leg);
    for (const password of WEAK) {
      await expect(createFirstAdmin({ email: "a@example.test", name: "A", password }, t.client)).rejects.toBeInstanceOf(
        WeakPasswordError,
      );
      await expect(
        createUserWithPassword(
          { email: "e@example.test", name: "E", password, role: "editor" },
          null,
          undefined,
          t.client,
        ),
      ).rejects.toBeInstanceOf(WeakPasswordError);
    }
    expect(await t.client.user.count()).toBe(0);
    expect(await t.client.auditEvent.count()).toBe(0);
  });

  it("a signed-in user's own password change (better-auth's /change-password) follows the rule too", async () => {
    t = await createTestDatabase(leg);
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = t.url; // the route handler uses the process-wide client, as in the app
    try {
      const user = await signedInUser(t.client, "editor");
      // Each from its own address: better-auth allows 3 password changes per address in 10 s.
      let address = 0;
      const change = (newPassword: string) =>
        authPost(
          new Request("http://localhost/api/auth/change-password", {
            method: "POST",
            headers: {
              "content-type": "application/json",
              origin: "http://localhost",
              cookie: user.headers.get("cookie") ?? "",
              "x-forwarded-for": `10.201.0.${++address}`,
            },
            body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword }),
          }),
        );
      const hash = async () =>
        (await t?.client.account.findFirstOrThrow({ where: { userId: user.id } }))?.password ?? null;
      const before = await hash();
      for (const password of WEAK) {
        const res = await change(password);
        expect(res.status, JSON.stringify(password)).toBe(400);
        expect(((await res.json()) as { message: string }).message).toMatch(/at least 10 characters|at most 256/);
      }
      expect(await hash()).toBe(before);
      expect((await signInRequest(user.email, "          ", "10.200.0.1")).status).toBe(401);
      // A password that follows the rule is still accepted.
      expect((await change("a new long passphrase")).status).toBe(200);
      expect((await signInRequest(user.email, "a new long passphrase", "10.200.0.2")).status).toBe(200);
    } finally {
      process.env.DATABASE_URL = previousUrl;
    }
  });
});
