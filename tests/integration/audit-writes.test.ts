/**
 * Every write is audited through the one writer (lib/audit/record.ts; issue 12: "ingest, re-extraction and import
 * write no audit rows at all"): a document added one at a time or in a batch names who added it and what the
 * extractor found, a re-extraction records the system's change, and an import records each imported document.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { ingestInBatches } from "@/lib/documents/batch";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { serialize } from "@/lib/export/formats";
import { importJsonl } from "@/lib/export/import";
import { streamClaimRows } from "@/lib/export/stream";
import { signedInUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function* linesOf(lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

describe.each(databaseLegs())("audit rows for ingest, re-extraction and import on %s", (leg) => {
  let t: TestDatabase;
  let target: TestDatabase;
  const previous = process.env.DATABASE_URL;
  beforeAll(async () => {
    [t, target] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    process.env.DATABASE_URL = t.url; // signing in goes through the app's database
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previous;
    await Promise.all([t?.drop(), target?.drop()]);
  });

  const auditOf = (database: TestDatabase, entityId: string, action: string) =>
    database.client.auditEvent.findMany({ where: { entityType: "document", entityId, action } });

  it("an ingested document is audited with its actor and what was found", async () => {
    const editor = await signedInUser(t.client, "editor");
    const { documentId, claimCount } = await ingestDocument(
      {
        text: referenceArticle,
        title: "Reference",
        outlet: "Iran International",
        createdById: editor.id,
      },
      t.client,
    );
    const [row] = await auditOf(t, documentId, "ingest");
    expect(row.actorId).toBe(editor.id);
    expect(JSON.parse(row.after as string)).toMatchObject({ title: "Reference", outlet: "Iran International" });
    expect(JSON.parse(row.after as string).claims).toBe(claimCount);
  });

  it("a batch ingest audits each stored document once, a duplicate not at all", async () => {
    const texts = ["Police said 12 people were arrested.", "Officials said 300 homes were flooded."];
    const outcomes = await ingestInBatches(
      [[...texts.map((text) => ({ text })), { text: texts[0] }]],
      undefined,
      t.client,
    );
    const created = outcomes.filter((o) => o.status === "created");
    expect(created).toHaveLength(2);
    for (const o of created) {
      if (o.status !== "created") continue;
      expect(await auditOf(t, o.documentId, "ingest")).toHaveLength(1);
    }
  });

  it("a re-extraction is audited as the system's change", async () => {
    const doc = await t.client.document.findFirstOrThrow({ where: { title: "Reference" } });
    await reextractDocument(doc.id, t.client);
    const [row] = await auditOf(t, doc.id, "re-extract");
    expect(row.actorId).toBeNull();
    const after = JSON.parse(row.after as string);
    expect(after.claims).toBe(await t.client.claim.count({ where: { documentId: doc.id } }));
    expect(JSON.parse(row.before as string).claims).toBe(after.claims);
  });

  it("an import audits every imported document", async () => {
    let out = "";
    const query = claimsQuerySchema.parse({});
    for await (const chunk of serialize("jsonl", streamClaimRows(query, { target: resolveDatabase(t.url) }))) {
      out += chunk;
    }
    const summary = await importJsonl(() => linesOf(out.split("\n").filter(Boolean)), target.client);
    const rows = await target.client.auditEvent.findMany({ where: { entityType: "document", action: "import" } });
    expect(rows).toHaveLength(summary.documents);
    expect(new Set(rows.map((r) => r.entityId)).size).toBe(summary.documents);
  });
});
