import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, databaseLegs, migrate, type TestDatabase } from "./support/test-db";

// Each Prisma CLI run starts a wasm schema engine; on a machine shared with other jobs that takes a while.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const tables = [
  "User",
  "Document",
  "Source",
  "Claim",
  "Quantity",
  "QuantityGroup",
  "QuantityGroupMember",
  "Evidence",
  "Comment",
  "AuditEvent",
];

describe.each(databaseLegs())("migrations from scratch on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg, true);
  }, 300_000);
  afterAll(async () => t?.drop());

  it("creates every model's table, empty", async () => {
    const counts = await Promise.all([
      t.client.user.count(),
      t.client.document.count(),
      t.client.source.count(),
      t.client.claim.count(),
      t.client.quantity.count(),
      t.client.quantityGroup.count(),
      t.client.quantityGroupMember.count(),
      t.client.evidence.count(),
      t.client.comment.count(),
      t.client.auditEvent.count(),
    ]);
    expect(counts).toEqual(tables.map(() => 0));
  });

  it("indexes the claims table's sort and filter columns", async () => {
    const sql =
      leg === "sqlite"
        ? `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Claim'`
        : `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'Claim'`;
    const rows = await t.client.$queryRawUnsafe<Array<{ name: string }>>(sql);
    const names = rows.map((r) => r.name);
    // statusRank: a hand-written generated column (migration 20261204110000) a Prisma table rebuild would drop.
    for (const column of [
      "status",
      "statusRank",
      "sourceId",
      "assigneeId",
      "flagRank",
      "sortValue",
      "sortUnit",
      "sortText",
      "sourceName",
      "documentTitle",
    ]) {
      expect(names.some((n) => n.startsWith(`Claim_${column}_`))).toBe(true);
    }
  });

  it("is idempotent: a second deploy applies nothing", async () => {
    // Deploy runs before the app opens the database (npm run db:prepare), never beside an open connection.
    await t.client.$disconnect();
    expect(await migrate(t.url)).toMatch(/No pending migrations/);
  }, 300_000);
});
