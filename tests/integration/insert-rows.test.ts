/**
 * lib/db/insert-rows.ts writes rows with one JSON parameter on PostgreSQL and bound VALUES on SQLite: either way a row
 * read back through Prisma must equal what Prisma's own create stores — dates to the millisecond, nulls, floats,
 * integers, and text with quotes, backslashes, newlines and characters outside the BMP. On SQLite the rows go straight
 * to the adapter's connection (ADR 026): they must still be part of the caller's transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteConnection } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { insertRows } from "@/lib/db/insert-rows";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

const awkward = `"Quoted", 'single', back\\slash, tab\there\nnew line, Persian ۸۰۰, emoji 🧯, {"json": [1]}`;

describe.each(databaseLegs())("insertRows on %s", (leg) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(leg);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("stores what Prisma's create stores: dates, nulls, numbers and awkward text", async () => {
    const at = new Date(Date.UTC(2026, 1, 28, 23, 59, 58, 123));
    const row = (id: string) => ({
      id,
      title: awkward,
      place: null,
      startAt: at,
      endAt: null,
      documentCount: 7,
      profile: JSON.stringify({ terms: { fire: 0.125 }, names: { Dhaka: 2 } }),
      createdAt: at,
      updatedAt: at,
    });
    const viaPrisma = newId();
    const viaRows = newId();
    await test.client.event.create({ data: row(viaPrisma) });
    await test.client.$transaction((tx) => insertRows(tx, "Event", [row(viaRows)]));
    const [a, b] = await Promise.all(
      [viaPrisma, viaRows].map((id) => test.client.event.findUniqueOrThrow({ where: { id } })),
    );
    expect({ ...b, id: viaPrisma }).toEqual(a);
    expect(b.title).toBe(awkward);
    expect(b.startAt?.toISOString()).toBe("2026-02-28T23:59:58.123Z");
    // Stored alike too, not only read back alike (SQLite keeps dates as text: the same text).
    const raw = await test.client.$queryRaw<Array<{ id: string; startAt: unknown; createdAt: unknown }>>`
      SELECT "id", CAST("startAt" AS TEXT) AS "startAt", CAST("createdAt" AS TEXT) AS "createdAt" FROM "Event"
      WHERE "id" IN (${viaPrisma}, ${viaRows})`;
    const stored = (id: string) => {
      const { id: _, ...rest } = raw.find((r) => r.id === id) ?? {};
      return rest;
    };
    expect(stored(viaRows)).toEqual(stored(viaPrisma));
  });

  it("writes many rows past one statement's bound, and skips rows another writer stored first", async () => {
    // 3,000 rows of 7 columns pass SQLite's 20,000 parameters a statement; 3,000 names of 6 KB pass PostgreSQL's
    // 16 MB of JSON a statement.
    const long = "x".repeat(6_000);
    const rows = Array.from({ length: 3_000 }, (_, i) => ({
      id: newId(),
      name: `Source ${i} ${awkward} ${long}`,
      normalizedName: `insert-rows-${i}`,
      kind: "organization",
      affiliation: null,
      aliases: "[]",
      createdAt: new Date(),
    }));
    await insertRows(test.client, "Source", rows);
    await insertRows(test.client, "Source", [{ ...rows[0], id: newId() }], "normalizedName");
    expect(await test.client.source.count({ where: { normalizedName: { startsWith: "insert-rows-" } } })).toBe(3_000);
    const sample = await test.client.source.findUniqueOrThrow({ where: { normalizedName: "insert-rows-1234" } });
    expect(sample.name).toBe(`Source 1234 ${awkward} ${long}`);
  });

  it("writes inside the caller's transaction: rolled back with it, and on SQLite through the adapter's connection", async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => ({
      id: newId(),
      name: `Rolled back ${i}`,
      normalizedName: `rolled-back-${i}`,
      kind: "organization",
      affiliation: null,
      aliases: "[]",
      createdAt: new Date(),
    }));
    const seen = await test.client
      .$transaction(async (tx) => {
        // The fast path is taken on SQLite (a Prisma upgrade that hid the connection would silently lose it).
        expect(sqliteConnection(tx) !== null).toBe(leg === "sqlite");
        await insertRows(tx, "Source", rows);
        const inside = await tx.source.count({ where: { normalizedName: { startsWith: "rolled-back-" } } });
        throw Object.assign(new Error("roll back"), { inside });
      })
      .catch((error: Error & { inside?: number }) => error.inside);
    expect(seen).toBe(1_200);
    expect(await test.client.source.count({ where: { normalizedName: { startsWith: "rolled-back-" } } })).toBe(0);
    // Outside a transaction, the bare client's connection is used only while no transaction is open on it.
    expect(sqliteConnection(test.client) !== null).toBe(leg === "sqlite");
  });
});
