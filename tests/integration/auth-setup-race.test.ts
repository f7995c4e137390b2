/**
 * /setup is atomic: of several first-admin submissions at once (one process or two), exactly one creates an admin and
 * the others get a clear refusal. Runs on SQLite and PostgreSQL, a fresh database per case.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFirstAdminAction } from "@/lib/auth/setup-action";
import { createFirstAdmin, createUserWithPassword, ensureAdminFromEnv } from "@/lib/auth/users";
import { createDb, type Db, db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 90_000 });

const PASSWORD = "a long enough passphrase";

describe.each(databaseLegs())("first-admin setup race on %s", (leg) => {
  let t: TestDatabase | undefined;
  const extra: Db[] = [];
  afterEach(async () => {
    for (const c of extra.splice(0)) await c.$disconnect();
    await t?.drop();
    t = undefined;
  });

  async function admins(client: Db) {
    return client.user.findMany({ where: { role: "admin" }, select: { id: true, email: true } });
  }

  it("two setups at once on one client: exactly one admin, the other is refused", async () => {
    t = await createTestDatabase(leg);
    const results = await Promise.all([
      createFirstAdmin({ email: "a@example.test", name: "A", password: PASSWORD }, t.client),
      createFirstAdmin({ email: "b@example.test", name: "B", password: PASSWORD }, t.client),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: "Setup is done: sign in instead." });
    const winner = results.find((r) => r.ok);
    expect(await admins(t.client)).toEqual([expect.objectContaining({ id: winner?.ok ? winner.id : "" })]);
    expect(await t.client.account.count()).toBe(1);
    expect(await t.client.firstAdmin.findMany()).toEqual([
      expect.objectContaining({ userId: winner?.ok && winner.id }),
    ]);
  });

  it("four setups at once from two clients (two processes), same and different emails: one admin", async () => {
    t = await createTestDatabase(leg);
    const [c1, c2] = [createDb(resolveDatabase(t.url)), createDb(resolveDatabase(t.url))];
    extra.push(c1, c2);
    const results = await Promise.all([
      createFirstAdmin({ email: "a@example.test", name: "A", password: PASSWORD }, c1),
      createFirstAdmin({ email: "b@example.test", name: "B", password: PASSWORD }, c2),
      createFirstAdmin({ email: "same@example.test", name: "S1", password: PASSWORD }, c1),
      createFirstAdmin({ email: "same@example.test", name: "S2", password: PASSWORD }, c2),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toEqual({ ok: false, message: "Setup is done: sign in instead." });
    expect(await admins(t.client)).toHaveLength(1);
    expect(await t.client.user.count()).toBe(1);
    expect(await t.client.account.count()).toBe(1);
    expect(await t.client.auditEvent.count()).toBe(1);
  });

  it("the /setup server action itself: two submissions at once, one redirects to sign in, one is refused", async () => {
    t = await createTestDatabase(leg);
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = t.url;
    try {
      const form = (email: string) => {
        const f = new FormData();
        for (const [k, v] of Object.entries({ name: "Admin", email, password: PASSWORD })) f.set(k, v);
        return f;
      };
      const settled = await Promise.allSettled([
        createFirstAdminAction(null, form("x@example.test")),
        createFirstAdminAction(null, form("y@example.test")),
      ]);
      const redirected = settled.filter(
        (s) => s.status === "rejected" && String((s.reason as { digest?: string }).digest).startsWith("NEXT_REDIRECT"),
      );
      expect(redirected).toHaveLength(1);
      // To a sign-in page that says the account is ready.
      expect(String((redirected[0] as PromiseRejectedResult).reason.digest)).toContain("/sign-in?setup=done");
      expect(settled.filter((s) => s.status === "fulfilled").map((s) => s.value)).toEqual([
        { ok: false, message: "Setup is done: sign in instead." },
      ]);
      expect(await admins(t.client)).toHaveLength(1);
    } finally {
      await db().$disconnect();
      process.env.DATABASE_URL = previousUrl;
    }
  });

  it("refuses once any account exists, including accounts made before the FirstAdmin table, and the env path", async () => {
    t = await createTestDatabase(leg);
    await createUserWithPassword(
      { email: "old@example.test", name: "Old", password: PASSWORD, role: "admin" },
      null,
      undefined,
      t.client,
    );
    expect(await createFirstAdmin({ email: "new@example.test", name: "N", password: PASSWORD }, t.client)).toEqual({
      ok: false,
      message: "Setup is done: sign in instead.",
    });
    expect(
      await ensureAdminFromEnv(
        {
          CLAIMTRACK_ADMIN_EMAIL: "env@example.test",
          CLAIMTRACK_ADMIN_PASSWORD: PASSWORD,
        },
        t.client,
      ),
    ).toBeNull();
    expect(await t.client.user.count()).toBe(1);
    expect(await t.client.firstAdmin.count()).toBe(0);
  });
});
