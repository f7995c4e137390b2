import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GET } from "@/app/api/export/route";
import { gate } from "@/lib/auth/require";
import { listClaims } from "@/lib/claims/data";
import { correctFigure } from "@/lib/claims/figures";
import { triageOf } from "@/lib/claims/flag-words";
import { formatQuantity } from "@/lib/claims/format";
import { decideFlag } from "@/lib/claims/mutations";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import type { ClaimRow } from "@/lib/claims/schema";
import { db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { addEvidence, addEvidenceSchema } from "@/lib/evidence/mutations";
import { serialize } from "@/lib/export/formats";
import type { ExportRow } from "@/lib/export/row";
import { streamClaimRows } from "@/lib/export/stream";
import { call } from "./api-rest-client";
import { actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

const wire = (outlet: string, body: string) => ({
  title: outlet,
  outlet,
  publishedAt: "2026-04-02T10:00:00Z",
  text: body,
});

/** The table's figures as the CSV's `figures` cell writes them. */
function figuresText(row: ClaimRow): string {
  return row.figures
    .map((f) =>
      f.corrected ? `${formatQuantity(f)} (corrected by ${f.corrected.by} ${f.corrected.at})` : formatQuantity(f),
    )
    .join("; ");
}

describe.each(databaseLegs())("exports = the table on %s (issue 13 item 5)", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    const reference = (await ingestDocument({ title: "Militias", text: referenceArticle }, t.client)).documentId;
    await ingestDocument(
      wire("Wire E", "Police said 14 people were killed in the flood in Kerman province on Thursday."),
      t.client,
    );
    await ingestDocument(
      wire("Wire F", "The Red Crescent said 23 people were killed in the flood in Kerman province on Thursday."),
      t.client,
    );
    // A triaged in-document flag, a corrected second figure, and evidence of each kind.
    const fighters = await t.client.quantityGroup.findFirstOrThrow({
      where: { documentId: reference, verdict: "conflict" },
    });
    await decideFlag(
      {
        groupId: fighters.id,
        decision: "dismissed",
        reason: "estimates",
        actorId: editor.id,
      },
      t.client,
    );
    const arrests = await t.client.claim.findFirstOrThrow({
      where: { documentId: reference, quantities: { some: { text: "over 2,200 arrests" } } },
      include: { quantities: { orderBy: { ordinal: "asc" } } },
    });
    const g = await gate(editor.headers, "researcher");
    expect(
      (
        await correctFigure(
          await actorOf(g),
          {
            claimId: arrests.id,
            version: arrests.version,
            quantityId: arrests.quantities[1].id,
            value: 2300,
          },
          t.client,
        )
      ).ok,
    ).toBe(true);
    const source = await t.client.source.findFirstOrThrow();
    const other = await t.client.claim.findFirstOrThrow({ where: { id: { not: arrests.id } } });
    for (const input of [
      { claimId: arrests.id, url: "https://example.org/report", stance: "supports", note: "the rights group's count" },
      { claimId: arrests.id, sourceId: source.id, stance: "context" },
      { claimId: other.id, targetClaimId: arrests.id, stance: "contradicts" },
    ]) {
      expect((await addEvidence(await actorOf(g), addEvidenceSchema.parse(input), t.client)).ok).toBe(true);
    }
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  it("every flag (in-document and cross-document, with triage), figure, correction and evidence link of the table's rows is in CSV, JSON and JSONL", async () => {
    const query = claimsQuerySchema.parse({ pageSize: 200, sort: "flag", dir: "desc" });
    const page = await listClaims(query, {}, t.client);
    expect(page.rows.length).toBe(page.total);
    // The table state holds both kinds of flag, a triaged one, a corrected figure and evidence.
    expect(page.rows.some((r) => r.crossFlag?.verdict === "conflict")).toBe(true);
    expect(page.rows.some((r) => r.flag?.decision === "dismissed")).toBe(true);
    expect(page.rows.some((r) => r.figures.some((f) => f.corrected))).toBe(true);

    const target = resolveDatabase(t.url);
    const csv = parse(await text(serialize("csv", streamClaimRows(query, { target }))), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    const json = JSON.parse(await text(serialize("json", streamClaimRows(query, { target })))) as ExportRow[];
    const jsonl = (await text(serialize("jsonl", streamClaimRows(query, { target }))))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ExportRow);
    expect(csv.map((r) => r.claim_id)).toEqual(page.rows.map((r) => r.id));
    expect(json.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    expect(jsonl).toEqual(json);

    const evidence = await t.client.evidence.findMany();
    page.rows.forEach((row, i) => {
      const record = csv[i];
      const exported = json[i];
      // In-document flag: verdict, words, triage and reason.
      expect(record.flag).toBe(row.flag?.verdict ?? "");
      expect(record.flag_summary).toBe(row.flag?.summary ?? "");
      expect(record.flag_triage).toBe(row.flag ? triageOf(row.flag.decision) : "");
      expect(record.flag_reason).toBe(row.flag?.reason ?? "");
      if (row.flag) {
        expect(exported.group).toMatchObject({
          id: row.flag.groupId,
          summary: row.flag.summary,
          decision: row.flag.decision,
        });
      }
      // Cross-document flag.
      expect(record.cross_flag).toBe(row.crossFlag?.verdict ?? "");
      expect(record.cross_flag_summary).toBe(row.crossFlag?.summary ?? "");
      expect(record.cross_flag_triage).toBe(row.crossFlag ? triageOf(row.crossFlag.decision) : "");
      expect(record.cross_group_id).toBe(row.crossFlag?.groupId ?? "");
      expect(exported.crossGroup?.id ?? null).toBe(row.crossFlag?.groupId ?? null);
      if (row.crossFlag) expect(exported.crossGroup?.summary).toBe(row.crossFlag.summary);
      // Every figure, in the table's order, with its correction mark.
      expect(record.figures).toBe(figuresText(row));
      expect(exported.quantities.map((q) => [q.id, q.value, q.modifier, q.unit, q.correctedAt])).toEqual(
        row.figures.map((f) => [f.id, f.value, f.modifier, f.unit, f.corrected?.at ?? null]),
      );
      // Evidence links.
      const own = evidence.filter((e) => e.claimId === row.id);
      expect(exported.evidence.map((e) => e.id).sort()).toEqual(own.map((e) => e.id).sort());
      for (const e of own)
        if (e.url) expect(record.evidence).toContain(`supports: ${e.url} (the rights group's count)`);
    });
    expect(csv.some((r) => r.evidence.includes("context: source "))).toBe(true);
    expect(csv.some((r) => r.evidence.startsWith("contradicts: claim "))).toBe(true);
  });

  it("the per-figure CSV has one record per figure of the table's rows, in the table's order", async () => {
    const query = claimsQuerySchema.parse({ pageSize: 200, sort: "flag", dir: "desc" });
    const page = await listClaims(query, {}, t.client);
    const res = await call(GET, "GET", "/api/export?format=csv&perFigure=1&sort=flag&dir=desc", {
      cookie: editor.headers.get("cookie") ?? "",
    });
    expect(res.status).toBe(200);
    const records = parse(await res.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    const expected = page.rows.flatMap((row) =>
      row.figures.length === 0
        ? [[row.id, "", ""]]
        : row.figures.map((f, i) => [row.id, String(i + 1), formatQuantity(f)]),
    );
    expect(records.map((r) => [r.claim_id, r.figure_number, r.value_display])).toEqual(expected);
    const corrected = records.find((r) => r.value_corrected_by !== "");
    expect(corrected?.figure_number).toBe("2");
    expect(corrected?.quantity_text).toBe("over 2,200 arrests");
  });

  it("ClaimReview links to CLAIMTRACK_PUBLIC_URL when set, else to the request's origin", async () => {
    const urls = async () => {
      const res = await call(GET, "GET", "/api/export?format=claimreview", {
        cookie: editor.headers.get("cookie") ?? "",
      });
      expect(res.status).toBe(200);
      return (JSON.parse(await res.text()) as Array<{ url: string }>).map((r) => r.url);
    };
    expect((await urls()).every((u) => u.startsWith("http://localhost/claims/"))).toBe(true);
    process.env.CLAIMTRACK_PUBLIC_URL = "https://claims.example.org/";
    try {
      expect((await urls()).every((u) => u.startsWith("https://claims.example.org/claims/"))).toBe(true);
    } finally {
      delete process.env.CLAIMTRACK_PUBLIC_URL;
    }
  });
});
