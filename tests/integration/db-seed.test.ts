/**
 * `npm run db:seed` (scripts/seed-demo.ts) on SQLite and PostgreSQL: one account per role that can sign in, both
 * outlets' articles with a cross-document group between them, a disputed claim with evidence and a two-comment
 * thread, every change audited under its demo user; a second run adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_DOMAIN, seedDemo } from "@/scripts/seed-demo";
import { signInRequest } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 180_000 });

describe.each(databaseLegs())("demo seed on %s", (leg) => {
  let t: TestDatabase;
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    await t.drop();
  });

  it("creates the accounts, both documents, a disputed claim with evidence and a thread; the second run is a no-op", async () => {
    const first = await seedDemo({ password: "demo password for tests" }, t.client);
    expect(first.created).toBe(true);
    const users = await t.client.user.findMany({
      where: { email: { endsWith: `@${DEMO_DOMAIN}` } },
      select: { role: true },
    });
    expect(users.map((u) => u.role).sort()).toEqual(["admin", "editor", "researcher", "reviewer"]);
    const signIn = await signInRequest(`editor@${DEMO_DOMAIN}`, "demo password for tests", "10.7.0.1");
    expect(signIn.status).toBe(200);

    const documents = await t.client.document.findMany({ select: { outlet: true, claimCount: true } });
    expect(documents.map((d) => d.outlet).sort()).toEqual(["Demo Wire", "Reference outlet"]);
    expect(documents.every((d) => d.claimCount > 0)).toBe(true);
    const disputed = await t.client.claim.findFirstOrThrow({ where: { status: "disputed" }, select: { id: true } });
    expect(await t.client.evidence.count({ where: { claimId: disputed.id } })).toBe(1);
    expect(await t.client.comment.count({ where: { claimId: disputed.id } })).toBe(2);
    // The two outlets' figures meet in a cross-document group, and the table's cross flag shows on their claims.
    expect(await t.client.quantityGroup.count({ where: { documentId: null } })).toBeGreaterThan(0);
    expect(await t.client.claim.count({ where: { crossFlagRank: { gt: 0 } } })).toBeGreaterThan(0);
    const editor = await t.client.user.findUniqueOrThrow({ where: { email: `editor@${DEMO_DOMAIN}` } });
    const byEditor = await t.client.auditEvent.findMany({ where: { actorId: editor.id }, select: { action: true } });
    expect(byEditor.length).toBeGreaterThanOrEqual(3); // status, evidence, reply

    const again = await seedDemo({ password: "demo password for tests" }, t.client);
    expect(again.created).toBe(false);
    expect(await t.client.document.count()).toBe(2);
    expect(await t.client.comment.count()).toBe(3);
  });
});
