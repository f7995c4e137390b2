/**
 * The CSV column spec's two fillers (lib/export/csv-columns.ts, ADR 022) on what the other export tests leave out: a
 * corrected headline figure, whose value_corrected_by / value_corrected_at the SQL path reads from its figures lookup
 * and the record path from the record's first figure. Both write the same bytes, and the cells name the editor.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { toCsv } from "@/lib/export/csv";
import type { ExportRow } from "@/lib/export/row";
import { streamClaimRows } from "@/lib/export/stream";
import { collect, rowsOf } from "../unit/export-fixtures";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

const correctedAt = new Date("2026-12-03T06:12:00.000Z");

describe.each(databaseLegs())("CSV columns of a corrected headline figure on %s", (leg) => {
  let database: TestDatabase;
  let claimId: string;
  beforeAll(async () => {
    database = await createTestDatabase(leg);
    await ingestDocument({ text: referenceArticle, title: "Reference" }, database.client);
    await database.client.user.create({
      data: { id: "ed-2", email: "ada@example.test", name: "Ada, the desk", role: "editor" },
    });
    const headline = await database.client.quantity.findFirstOrThrow({
      where: { ordinal: 0 },
      orderBy: { start: "asc" },
    });
    claimId = headline.claimId;
    await database.client.quantity.update({
      where: { id: headline.id },
      data: { value: headline.value + 1, correctedById: "ed-2", correctedAt },
    });
  }, 180_000);
  afterAll(async () => database?.drop());

  it("writes who corrected it and when, the same from SQL rows as from export records", async () => {
    const query = claimsQuerySchema.parse({ sort: "position" });
    const target = resolveDatabase(database.url);
    const records: ExportRow[] = [];
    for await (const row of streamClaimRows(query, { target, batchSize: 7 })) records.push(row);
    const fromSql = await collect(toCsv(streamClaimRows(query, { target, batchSize: 7 })));
    expect(fromSql).toBe(await collect(toCsv(rowsOf(records))));
    const csv = parse(fromSql, { bom: true, columns: true }) as Array<Record<string, string>>;
    const corrected = csv.filter((r) => r.value_corrected_by !== "");
    expect(corrected.map((r) => [r.claim_id, r.value_corrected_by, r.value_corrected_at])).toEqual([
      [claimId, "Ada, the desk", correctedAt.toISOString()],
    ]);
  }, 60_000);
});
