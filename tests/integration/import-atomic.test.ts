/**
 * `claimtrack import` is all or nothing and holds imported rows to ingest's limits (issue 14, finding 2): a valid
 * export with one repeated line used to write 16 documents, 15 sources and 3 groups before failing on a unique key,
 * after which a re-run was refused ("not empty") and the error quoted Prisma's source lines; a 1.4 KB line made a
 * 50 MB document, `version: -5` made a claim unchangeable, `javascript:` URLs were stored, 2026-02-30 became March 2.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { serialize } from "@/lib/export/formats";
import { importJsonl } from "@/lib/export/import";
import { streamClaimRows } from "@/lib/export/stream";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function* linesOf(lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

describe.each(databaseLegs())("atomic import on %s", (leg) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let lines: string[] = [];
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    await ingestDocument({ text: referenceArticle, title: "Reference", publishedAt: "2026-01-15" }, source.client);
    await ingestDocument(
      {
        text: "Officials said 1,200 people were evacuated. Police reported 12 arrests.",
        title: "Floods",
        url: "https://example.org/floods",
      },
      source.client,
    );
    let out = "";
    const query = claimsQuerySchema.parse({});
    for await (const chunk of serialize("jsonl", streamClaimRows(query, { target: resolveDatabase(source.url) }))) {
      out += chunk;
    }
    lines = out.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
  });
  afterAll(async () => Promise.all([source?.drop(), target?.drop()]));

  const empty = async () => ({
    documents: await target.client.document.count(),
    sources: await target.client.source.count(),
    groups: await target.client.quantityGroup.count(),
    claims: await target.client.claim.count(),
  });
  const nothing = { documents: 0, sources: 0, groups: 0, claims: 0 };
  /** The last line with one field changed. */
  const editLast = (change: (row: Record<string, unknown>) => void) => {
    const row = JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
    change(row);
    return [...lines.slice(0, -1), JSON.stringify(row)];
  };

  it.each([
    ["a repeated line", () => [...lines, lines[0]], /line \d+: claim .* appears twice \(first on line 1\)/],
    ["version -5", () => editLast((r) => (r.version = -5)), /version: a whole number from 1/],
    [
      "a javascript: URL",
      () => editLast((r) => ((r.document as { url: string }).url = "javascript:alert(1)")),
      /document\.url/,
    ],
    [
      "2026-02-30",
      () => editLast((r) => ((r.document as { publishedAt: string }).publishedAt = "2026-02-30T00:00:00.000Z")),
      /line \d+: document\.publishedAt/,
    ],
    ["a 50 MB document from one offset", () => editLast((r) => (r.end = 50_000_000)), /offsets within a 2 MB/],
    ["a 5 MB title", () => editLast((r) => ((r.document as { title: string }).title = "t".repeat(5_000_000))), /title/],
    [
      "a former name claimed by two sources",
      () => {
        const rows = lines.map((l) => JSON.parse(l) as { source: { id: string; formerNames?: string[] } });
        const other = rows.findIndex((r) => r.source.id !== rows[0].source.id);
        for (const r of [rows[0], rows[other]]) r.source.formerNames = ["the ministry"];
        return rows.map((r) => JSON.stringify(r));
      },
      /line \d+: the former name "the ministry" belongs to two sources/,
    ],
    [
      "a NUL in a label",
      () => editLast((r) => (r.label = "800\u0000")),
      /label: contains the control character U\+0000/,
    ],
  ])("refuses %s on its line, writing nothing", async (_name, make, message) => {
    const bad = make();
    const error = await importJsonl(() => linesOf(bad), target.client).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/invocation|prisma|\n/i);
    expect(await empty()).toEqual(nothing);
  });

  it("rolls back every row when the database refuses one late in the file, and the re-run then succeeds", async () => {
    // Two rows naming one document with two different content hashes pass the row checks; the database's unique
    // sha256 key refuses the second document only when the documents are written.
    const clash = JSON.parse(lines[lines.length - 1]) as { document: { id: string; sha256: string } };
    const first = JSON.parse(lines[0]) as { document: { sha256: string } };
    clash.document.id = "another-document";
    clash.document.sha256 = first.document.sha256;
    const bad = [...lines.slice(0, -1), JSON.stringify(clash)];
    const error = await importJsonl(() => linesOf(bad), target.client).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^nothing was imported: /);
    expect((error as Error).message).not.toMatch(/\n/);
    expect(await empty()).toEqual(nothing);

    const summary = await importJsonl(() => linesOf(lines), target.client);
    expect(summary.claims).toBe(lines.length);
    expect(await target.client.claim.count()).toBe(lines.length);
  });
});
