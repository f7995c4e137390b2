/**
 * Export on a real database: the stream follows the table's order and filters, and a JSONL export imported into an
 * empty database exports again byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserWithPassword } from "@/lib/auth/users";
import { listClaims } from "@/lib/claims/data";
import { updateClaimStatus } from "@/lib/claims/mutations";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { type ExportFormat, serialize } from "@/lib/export/formats";
import { importJsonl } from "@/lib/export/import";
import { streamClaimRows } from "@/lib/export/stream";
import { editSource, mergeSource, sourceEditSchema } from "@/lib/sources/edit";
import { actorOf } from "./support/act";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

const second = [
  "Officials said on Tuesday that at least 1,200 people were evacuated from the flooded district.",
  'The mayor, Ana "Nina" Ruiz, said 900 homes were damaged, while the Red Cross put the figure at about 1,400 homes.',
  "Police reported 12 arrests.",
].join("\n\n");

async function text(format: ExportFormat, rows: AsyncIterable<unknown>): Promise<string> {
  let out = "";
  for await (const chunk of serialize(format, rows as never)) out += chunk;
  return out;
}

async function* lines(s: string): AsyncGenerator<string> {
  for (const line of s.split("\n")) yield line;
}

/** A third article whose "police" is its own source, not the floods' (ADR 019). */
const third = "Looters emptied 30 shops in the port, police said.";

describe.each(databaseLegs())("export on %s", (leg) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let floods = "";
  let port = "";
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    await ingestDocument(
      {
        text: referenceArticle,
        title: "Reference, with a comma",
        publishedAt: "2026-01-15",
      },
      source.client,
    );
    floods = (
      await ingestDocument(
        {
          text: second,
          title: "Floods",
          outlet: "Wire",
          url: "https://example.org/floods",
        },
        source.client,
      )
    ).documentId;
    port = (await ingestDocument({ text: third, title: "Port looting" }, source.client)).documentId;
    const claims = await source.client.claim.findMany({ orderBy: { id: "asc" }, take: 3 });
    for (const [i, c] of claims.entries()) {
      const status = (["disputed", "corroborated", "refuted"] as const)[i];
      expect(
        await updateClaimStatus({ claimId: c.id, status, version: c.version, actorId: null }, source.client),
      ).toMatchObject({ ok: true });
    }
    await source.client.quantityGroup.updateMany({ where: { verdict: "conflict" }, data: { decision: "confirmed" } });
    // An editor's curation of sources: "Police" merged into "Officials" (its name becomes a former name), then
    // "Officials" renamed (the old name too). Both must survive export and import (issue 10 item 3).
    const editorId = await createUserWithPassword(
      { email: "curator@example.test", name: "Curator", password: "a long enough password", role: "editor" },
      null,
      undefined,
      source.client,
    );
    const gate = {
      ok: true as const,
      user: { id: editorId, email: "curator@example.test", name: "Curator", role: "editor" as const },
    };
    const byKey = (normalizedName: string) => source.client.source.findUniqueOrThrow({ where: { normalizedName } });
    const [police, officials] = [await byKey(`police#${floods}`), await byKey(`officials#${floods}`)];
    expect(
      await mergeSource(
        await actorOf(gate),
        police.id,
        { intoId: officials.id, version: police.version, intoVersion: officials.version },
        source.client,
      ),
    ).toMatchObject({ ok: true });
    const merged = await source.client.source.findUniqueOrThrow({ where: { id: officials.id } });
    expect(
      await editSource(
        await actorOf(gate),
        officials.id,
        sourceEditSchema.parse({
          name: "City officials",
          kind: merged.kind,
          affiliation: null,
          version: merged.version,
        }),
        source.client,
      ),
    ).toMatchObject({ ok: true });
    expect(await source.client.sourceAlias.count({ where: { sourceId: officials.id } })).toBe(2);
  }, 180_000);
  afterAll(async () => Promise.all([source?.drop(), target?.drop()]));

  it.each([
    [{}],
    [{ sort: "value", dir: "desc" }],
    [{ sort: "value", dir: "asc", q: "fighters" }],
    [{ sort: "source", dir: "asc", flag: "conflict" }],
    [{ sort: "status", dir: "desc", status: "disputed,refuted" }],
    [{ sort: "claim", dir: "asc" }],
    [{ sort: "document", dir: "desc" }],
  ])("streams exactly the table's rows in the table's order for %j, across batch boundaries", async (params) => {
    const query = claimsQuerySchema.parse({ ...params, pageSize: 200 });
    const page = await listClaims(query, {}, source.client);
    const streamed: string[] = [];
    for await (const row of streamClaimRows(query, { target: resolveDatabase(source.url), batchSize: 7 }))
      streamed.push(row.id);
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(200);
    expect(streamed).toEqual(page.rows.map((r) => r.id));
  });

  it("round-trips JSONL: export, import into an empty database, export again is identical", async () => {
    const query = claimsQuerySchema.parse({});
    const first = await text("jsonl", streamClaimRows(query, { target: resolveDatabase(source.url), batchSize: 10 }));
    expect(first.split("\n").filter(Boolean).length).toBe(await source.client.claim.count());
    const summary = await importJsonl(() => lines(first), target.client);
    expect(summary.claims).toBe(await source.client.claim.count());
    expect(summary.groups).toBeGreaterThan(0);
    const again = await text("jsonl", streamClaimRows(query, { target: resolveDatabase(target.url), batchSize: 13 }));
    expect(again).toBe(first);
    // The sources' other names came across: former names (SourceAlias) and surface forms (Source.aliases).
    const names = async (client: TestDatabase["client"]) =>
      (await client.source.findMany({ include: { formerNames: true }, orderBy: { id: "asc" } })).map((s) => ({
        id: s.id,
        normalizedName: s.normalizedName,
        aliases: s.aliases,
        formerNames: s.formerNames.map((f) => f.normalizedName).sort(),
      }));
    expect(await names(target.client)).toEqual(await names(source.client));
    expect((await names(target.client)).some((s) => s.formerNames.includes(`police#${floods}`))).toBe(true);
    // Document-scoped descriptions stay distinct (ADR 019): the port's "Police" is its own, the floods' "Officials"
    // (renamed "City officials", still a description) keeps its document.
    const keys = (await names(target.client)).map((s) => s.normalizedName);
    expect(keys).toContain(`police#${port}`);
    expect(keys).toContain(`city officials#${floods}`);
    // The other formats and sorts agree as well, and the table's own read of the copy matches the original.
    for (const format of ["csv", "json", "claimreview"] as const) {
      const sorted = claimsQuerySchema.parse({ sort: "value", dir: "desc" });
      expect(await text(format, streamClaimRows(sorted, { target: resolveDatabase(target.url) }))).toBe(
        await text(format, streamClaimRows(sorted, { target: resolveDatabase(source.url) })),
      );
    }
    const page = claimsQuerySchema.parse({ sort: "flag", dir: "desc" });
    expect(await listClaims(page, {}, target.client)).toEqual(await listClaims(page, {}, source.client));
  }, 60_000);

  it("refuses to import into a database that already holds claims", async () => {
    await expect(importJsonl(() => lines(""), source.client)).rejects.toThrow(/not empty/);
  });
});
