/**
 * Two writers storing the same text at once (two `npm run worker` processes on one PostgreSQL, issue 15): a batch
 * whose insert meets a document another transaction stored after the batch looked for duplicates fails as a whole;
 * lib/documents/batch.ts then stores the batch's documents one by one, so the others are kept and the raced text is
 * answered as a duplicate of the winner's row — no document twice, none lost. The race is made deterministic with a
 * real second transaction: it holds the same text's row uncommitted until PostgreSQL shows the batch's INSERT
 * waiting on that row's lock, then commits. (SQLite has one writer on one thread: no such race there.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { resolveDatabase } from "@/lib/db/url";
import { ingestInBatches } from "@/lib/documents/batch";
import { contentHash } from "@/lib/documents/mutations";
import { checkText } from "@/lib/documents/plain-text";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const texts = [
  "DHAKA — At least 12 workers were killed in the fire, the fire service said.",
  "GAZIPUR — Police said 15 people died and 38 patients were taken to hospital.",
  "DHAKA — The toll rose to 17 by the evening, doctors at the burn unit said.",
];

describe.skipIf(!databaseLegs().includes("postgres"))("a batch that races another writer on postgres", () => {
  let test: TestDatabase;
  let other: Db;
  beforeAll(async () => {
    test = await createTestDatabase("postgres");
    other = createDb(resolveDatabase(test.url));
  });
  afterAll(async () => {
    await other?.$disconnect();
    await test?.drop();
  });

  it("keeps the batch's other documents and answers the raced text as the winner's duplicate", async () => {
    const winner = newId();
    let ingest: ReturnType<typeof ingestInBatches> | null = null;
    await other.$transaction(
      async (tx) => {
        await tx.document.create({
          data: {
            id: winner,
            title: "Stored by the other worker",
            text: texts[1],
            sha256: contentHash(checkText(texts[1])),
          },
        });
        ingest = ingestInBatches([texts.map((text, i) => ({ text, title: `Report ${i}` }))], undefined, test.client);
        ingest.catch(() => undefined);
        // Commit only once the batch's INSERT waits on this transaction's row: the batch saw no duplicate, and now
        // meets one.
        for (let waited = 0; ; waited += 100) {
          const [{ waiting }] = await test.client.$queryRaw<Array<{ waiting: bigint }>>`
            SELECT COUNT(*) AS "waiting" FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO "Document"%'`;
          if (Number(waiting) > 0) break;
          if (waited > 60_000) throw new Error("the batch's insert never waited on the other writer's row");
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      { timeout: 90_000, maxWait: 10_000 },
    );
    const outcomes = await (ingest as unknown as ReturnType<typeof ingestInBatches>);
    expect(outcomes.map((o) => o.status)).toEqual(["created", "duplicate", "created"]);
    expect(outcomes[1]).toMatchObject({ documentId: winner, created: false });
    const docs = await test.client.document.findMany({ select: { id: true, sha256: true, claimCount: true } });
    expect(docs).toHaveLength(3);
    expect(new Set(docs.map((d) => d.sha256)).size).toBe(3);
    // The kept documents are whole: their claims are stored and counted, and they were regrouped.
    for (const o of [outcomes[0], outcomes[2]]) {
      const id = (o as { documentId: string }).documentId;
      const claims = await test.client.claim.count({ where: { documentId: id } });
      expect(claims).toBeGreaterThan(0);
      expect(docs.find((d) => d.id === id)?.claimCount).toBe(claims);
      expect(await test.client.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ regroupPending: false });
    }
  });
});
