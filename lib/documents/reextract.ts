/**
 * Re-extraction (server-only): the current extractor run again on a stored document, editors' work kept. `npm run
 * db:reextract` runs it on every document stored by an older EXTRACTOR_VERSION.
 */
import { recordAudit } from "@/lib/audit/record";
import { carryFigures, restoreFigures } from "@/lib/claims/figure-carry";
import { regroupWithinDocument } from "@/lib/claims/figure-groups";
import { syncTwinDecisions } from "@/lib/claims/mutations";
import { EDITOR_ORIGIN, filterForEditorClaims, renumberPositions } from "@/lib/claims/structure";
import { type Db, db } from "@/lib/db/client";
import type { Extraction } from "@/lib/extract/schema";
import { refreshCrossFlags } from "@/lib/groups/cross-flags";
import { regroupDocument } from "@/lib/groups/mutations";
import { claimKeys, type PreviousWork } from "./extraction-rows.ts";
import { analyse, EXTRACTOR_VERSION, storeExtraction, TRANSACTION_OPTIONS } from "./mutations.ts";
import { refreshCounts } from "./write-rows.ts";

/**
 * Runs the current extractor again on a stored document. Claims are matched by their stable key, so statuses,
 * versions, comments and evidence stay on the same claim rows; group decisions carry over by concept and unit.
 * Claims that vanished are removed unless an editor worked on them (status, comments, evidence).
 *
 * @example
 * await reextractDocument(documentId);
 */
export async function reextractDocument(
  documentId: string,
  database: Db = db(),
): Promise<{ claimCount: number } | null> {
  const doc = await database.document.findUnique({
    where: { id: documentId },
    select: { id: true, text: true, title: true, outlet: true, publishedAt: true },
  });
  if (!doc) return null;
  const { extraction, error } = await analyse({
    id: doc.id,
    text: doc.text,
    outlet: doc.outlet ?? undefined,
    publishedAt: doc.publishedAt?.toISOString(),
  });
  // A failed re-extraction keeps the claims the previous one found; the document says why it was not refreshed.
  if (error) {
    await database.document.update({ where: { id: documentId }, data: { extractionError: error } });
    return { claimCount: await database.claim.count({ where: { documentId } }) };
  }
  await database.$transaction(async (tx) => {
    const oldClaims = await tx.claim.findMany({
      where: { documentId },
      select: {
        id: true,
        key: true,
        status: true,
        sourceId: true,
        origin: true,
        start: true,
        end: true,
        _count: { select: { comments: true, evidence: true } },
      },
    });
    // Claims an editor added, split or merged stand as the editor left them (lib/claims/structure.ts): their rows and
    // figures are not touched, and the extractor's new claims overlapping them are dropped.
    const editorClaims = oldClaims.filter((c) => c.origin === EDITOR_ORIGIN);
    const editorIds = editorClaims.map((c) => c.id);
    const proposed = filterForEditorClaims(
      extraction,
      editorClaims,
      extractionKeyOf(extraction),
      new Set(oldClaims.filter((c) => c.origin !== EDITOR_ORIGIN).map((c) => c.key)),
    );
    const oldGroups = await tx.quantityGroup.findMany({
      where: { documentId },
      select: { key: true, decision: true, decisionReason: true, decidedById: true, decidedAt: true },
    });
    const previous: PreviousWork = {
      claimIdByKey: new Map(oldClaims.map((c) => [c.key, c.id])),
      groupByKey: new Map(oldGroups.map((g) => [g.key, g])),
    };
    // Cross-document groups lose this document's figures here: their other claims' cross flags are recomputed.
    const crossGroups = await tx.quantityGroupMember.findMany({
      where: { quantity: { documentId }, group: { documentId: null } },
      select: { groupId: true },
    });
    // Editors' figure corrections and headline choices stand over the extractor's new reading (lib/claims).
    const carried = await carryFigures(tx, documentId);
    await tx.quantity.deleteMany({ where: { documentId, claimId: { notIn: editorIds } } });
    await refreshCrossFlags(tx, { groupIds: crossGroups.map((m) => m.groupId) });
    await tx.claim.updateMany({ where: { documentId }, data: { groupId: null, flagRank: 0 } });
    await tx.quantityGroup.deleteMany({ where: { documentId } });
    const keep = new Set(oldClaims.map((c) => c.id));
    const written = await storeExtraction(tx, documentId, doc.title, proposed, previous, keep);
    await restoreFigures(tx, carried);
    // The editor claims' figures join the in-document groups again (the extraction's groups do not know them).
    if (editorIds.length > 0) {
      await regroupWithinDocument(tx, documentId);
      await renumberPositions(tx, documentId);
    }
    const vanished = oldClaims.filter(
      (c) =>
        c.origin !== EDITOR_ORIGIN &&
        !written.claimIds.has(c.id) &&
        c.status === "unverified" &&
        c._count.comments === 0 &&
        c._count.evidence === 0,
    );
    if (vanished.length > 0) await tx.claim.deleteMany({ where: { id: { in: vanished.map((c) => c.id) } } });
    const before = await tx.document.findUniqueOrThrow({
      where: { id: documentId },
      select: { extractorVersion: true },
    });
    await tx.document.update({
      where: { id: documentId },
      data: { extractorVersion: EXTRACTOR_VERSION, extractionError: null, regroupPending: true },
    });
    await refreshCounts(tx, [documentId], [...new Set([...written.sourceIds, ...oldClaims.map((c) => c.sourceId)])]);
    // The system's own change (no actor): what the new extractor kept, added and dropped.
    await recordAudit(tx, {
      actorId: null,
      entityType: "document",
      entityId: documentId,
      action: "re-extract",
      before: { claims: oldClaims.length, extractorVersion: before.extractorVersion },
      after: {
        claims: await tx.claim.count({ where: { documentId } }),
        kept: oldClaims.filter((c) => written.claimIds.has(c.id)).length,
        removed: vanished.length,
        editorClaims: editorIds.length,
        extractorVersion: EXTRACTOR_VERSION,
      },
    });
  }, TRANSACTION_OPTIONS);
  await regroupDocument(documentId, database);
  // One flag, one triage state: the regrouped twin of a decided in-document group gets its decision back.
  await syncTwinDecisions(database, documentId);
  const claimCount = await database.claim.count({ where: { documentId } });
  return { claimCount };
}

/** The stable key extractionRows gives each extracted claim (kind + text + occurrence, in text order). */
function extractionKeyOf(extraction: Extraction): (claim: Extraction["claims"][number]) => string {
  const sorted = [...extraction.claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const keys = claimKeys(sorted);
  const byId = new Map(sorted.map((c, i) => [c.id, keys[i]]));
  return (claim) => byId.get(claim.id) ?? "";
}
