import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { updateClaimStatus } from "@/lib/claims/mutations";
import { newId } from "@/lib/db/ids";
import { ingestDocument } from "@/lib/documents/mutations";
import { fileToText } from "@/lib/documents/plain-text";
import { reextractDocument } from "@/lib/documents/reextract";
import { MAX_TEXT_BYTES } from "@/lib/documents/schema";
import { storedUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Ingest runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const encode = (s: string) => new TextEncoder().encode(s);

describe.each(databaseLegs())("ingest on %s", (leg) => {
  let t: TestDatabase;
  let documentId: string;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    documentId = (await ingestDocument({ text: referenceArticle, title: "Reference" }, t.client)).documentId;
  }, 300_000);
  afterAll(async () => t?.drop());

  it("stores the reference article's claims, quantities, sources and the 800-vs-850 conflict", async () => {
    const doc = await t.client.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(doc.claimCount).toBeGreaterThan(10);
    expect(doc.flagCount).toBeGreaterThan(0);
    const fighters = await t.client.quantity.findMany({
      where: { documentId, unit: "fighter" },
      include: { claim: true, groups: { include: { group: true } } },
    });
    expect(fighters.map((q) => q.value).sort()).toEqual([800, 800, 850]);
    for (const q of fighters) {
      expect(q.claim.flagRank).toBe(2);
      expect(q.groups[0]?.group.verdict).toBe("conflict");
      expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    }
    const daftari = await t.client.source.findMany({ where: { normalizedName: "lisa daftari" } });
    expect(daftari).toHaveLength(1);
    expect(daftari[0].claimCount).toBe(await t.client.claim.count({ where: { sourceId: daftari[0].id } }));
  });

  it("treats the same text as the same document (content hash), even with another title", async () => {
    const again = await ingestDocument({ text: referenceArticle, title: "Another title" }, t.client);
    expect(again).toMatchObject({ documentId, created: false });
    expect(await t.client.document.count()).toBe(1);
  });

  it("keeps sources unique by normalised name across documents", async () => {
    const second = await ingestDocument(
      {
        text: "Lisa  Daftari said that at least 12 people were detained in Tehran on Monday.",
      },
      t.client,
    );
    expect(second.created).toBe(true);
    expect(await t.client.source.count({ where: { normalizedName: "lisa daftari" } })).toBe(1);
    await t.client.document.delete({ where: { id: second.documentId } });
  });

  it.each([
    ["empty text", "   \n  ", "empty", 422, /empty/],
    ["oversized text", "x".repeat(MAX_TEXT_BYTES + 1), "too_large", 413, /2 MB limit/],
  ])("refuses %s", async (_name, text, code, status, message) => {
    await expect(ingestDocument({ text }, t.client)).rejects.toMatchObject({
      code,
      status,
      message: expect.stringMatching(message),
    });
  });

  it("keeps statuses, comments and flag decisions through re-extraction", async () => {
    const actorId = await storedUser(t.client, "editor");
    const claim = await t.client.claim.findFirstOrThrow({ where: { documentId, flagRank: 2 } });
    const updated = await updateClaimStatus(
      {
        claimId: claim.id,
        status: "disputed",
        version: claim.version,
        actorId,
      },
      t.client,
    );
    expect(updated.ok).toBe(true);
    await t.client.comment.create({
      data: { id: newId(), claimId: claim.id, authorId: actorId, body: "Check the 850" },
    });
    const group = await t.client.quantityGroup.findFirstOrThrow({ where: { documentId, verdict: "conflict" } });
    await t.client.quantityGroup.update({
      where: { id: group.id },
      data: { decision: "confirmed", decidedById: actorId },
    });
    const before = await t.client.claim.count({ where: { documentId } });

    expect(await reextractDocument(documentId, t.client)).toEqual({ claimCount: before });

    const after = await t.client.claim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { comments: true, group: true },
    });
    expect(after.status).toBe("disputed");
    expect(after.version).toBe(claim.version + 1);
    expect(after.comments.map((c) => c.body)).toEqual(["Check the 850"]);
    expect(after.group?.decision).toBe("confirmed");
    expect(after.group?.id).not.toBe(group.id); // the group was rebuilt, its decision carried over
  });
});

describe("file uploads to text", () => {
  it.each([
    ["a.txt", "text/plain", "Over 800 fighters.", "Over 800 fighters."],
    ["a.md", "", "# Title\n\nAt least 38 deaths.", "# Title\n\nAt least 38 deaths."],
    [
      "a.html",
      "text/html",
      '<h1>Report</h1><p>Over <b>800</b> fighters</p><script>window.pwned = 1</script><p onclick="x()">End</p>',
      "Report\n\nOver 800 fighters\n\nEnd",
    ],
  ])("reads %s", (name, type, content, expected) => {
    expect(fileToText({ name, type, bytes: encode(content) })).toBe(expected);
  });

  it.each([
    ["report.pdf", "application/pdf"],
    ["photo.png", "image/png"],
    ["data", "application/octet-stream"],
  ])("refuses %s with 415", (name, type) => {
    expect(() => fileToText({ name, type, bytes: encode("%PDF-1.7") })).toThrow(
      expect.objectContaining({ code: "unsupported_type", status: 415 }),
    );
  });
});
