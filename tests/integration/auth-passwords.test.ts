/**
 * One password rule for every way an account gets a password (issue 14, finding 10): CLAIMTRACK_ADMIN_PASSWORD='a'
 * used to create an admin whose password is "a", and ten spaces were accepted as a new password. SQLite and
 * PostgreSQL, a fresh database per case; nothing is written when the password is refused.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { WeakPasswordError } from "@/lib/auth/password";
import { createFirstAdmin, createUserWithPassword, ensureAdminFromEnv } from "@/lib/auth/users";
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
        ensureAdminFromEnv(t.client, {
          CLAIMTRACK_ADMIN_EMAIL: "admin@example.test",
          CLAIMTRACK_ADMIN_PASSWORD: password,
        }),
      ).rejects.toBeInstanceOf(WeakPasswordError);
    }
    expect(await t.client.user.count()).toBe(0);
    expect(await t.client.firstAdmin.count()).toBe(0);
    expect(
      await ensureAdminFromEnv(t.client, {
        CLAIMTRACK_ADMIN_EMAIL: "admin@example.test",
        CLAIMTRACK_ADMIN_PASSWORD: "a long enough passphrase",
      }),
    ).toBe("admin@example.test");
  });

  it("whitespace-only or too-short passwords are refused for /setup and for new users alike", async () => {
    t = await createTestDatabase(leg);
    for (const password of WEAK) {
      await expect(createFirstAdmin(t.client, { email: "a@example.test", name: "A", password })).rejects.toBeInstanceOf(
        WeakPasswordError,
      );
      await expect(
        createUserWithPassword(t.client, { email: "e@example.test", name: "E", password, role: "editor" }, null),
      ).rejects.toBeInstanceOf(WeakPasswordError);
    }
    expect(await t.client.user.count()).toBe(0);
    expect(await t.client.auditEvent.count()).toBe(0);
  });
});
