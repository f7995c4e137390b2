/**
 * Correcting a claim the extraction got wrong (issue 5): its text, span, first figure's value or source. Optimistic
 * locking with the claim's version, like the status: a stale save gets a conflict and changes nothing. The original
 * values stay in the audit log (before -> after). A new figure or source re-judges, in the same transaction, the
 * in-document and cross-document groups holding the claim's figures and the flags shown from them
 * (lib/groups/recompute.ts); editors' confirm/dismiss decisions on those groups are kept.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { valueSortKeys } from "@/lib/documents/extraction-rows";
import { type PreModifier, toInterval } from "@/lib/extract/quantities/modifiers";
import { recomputeClaimFlags } from "@/lib/groups/recompute";
import type { EditClaimInput } from "./schema.ts";
import { EDITOR_ORIGIN } from "./structure.ts";

export type EditClaimResult =
  | { ok: true; version: number }
  | {
      ok: false;
      code: "not_found" | "invalid" | "conflict";
      message: string;
    };

/**
 * Applies an editor's correction with the version they saw.
 *
 * @example
 * await editClaim(user, { claimId, version: 3, value: 80, sourceId });
 */
export async function editClaim(actor: Actor, input: EditClaimInput, database: Db = db()): Promise<EditClaimResult> {
  const { claimId, version, text, start, end, value, sourceId } = input;
  const claim = await database.claim.findUnique({
    where: { id: claimId },
    include: { quantities: { where: { ordinal: 0 }, take: 1 }, document: { select: { text: true } } },
  });
  if (!claim) return { ok: false, code: "not_found", message: "This claim no longer exists." };
  const conflict: EditClaimResult = {
    ok: false,
    code: "conflict",
    message: "Someone else changed this claim first. Reload to see their change, then edit again.",
  };
  if (claim.version !== version) return conflict;
  if (end !== undefined && end > claim.document.text.length) {
    return { ok: false, code: "invalid", message: "The span runs past the end of the document." };
  }
  const source = sourceId ? await database.source.findUnique({ where: { id: sourceId } }) : null;
  if (sourceId && !source) return { ok: false, code: "not_found", message: "No such source." };
  const quantity = claim.quantities[0];
  if (value !== undefined && !quantity)
    return { ok: false, code: "invalid", message: "This claim has no figure to correct." };

  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  if (text !== undefined && text !== claim.text) {
    Object.assign(before, { text: claim.text });
    Object.assign(after, { text });
    Object.assign(data, { text });
  }
  if (start !== undefined && end !== undefined && (start !== claim.start || end !== claim.end)) {
    Object.assign(before, { start: claim.start, end: claim.end });
    Object.assign(after, { start, end });
    Object.assign(data, { start, end });
  }
  if (source && source.id !== claim.sourceId) {
    Object.assign(before, { sourceId: claim.sourceId, sourceName: claim.sourceName });
    Object.assign(after, { sourceId: source.id, sourceName: source.name });
    Object.assign(data, { sourceId: source.id, sourceName: source.name, sourceKind: source.kind });
  }
  const valueChanged = value !== undefined && quantity && value !== quantity.value;
  if (valueChanged) {
    Object.assign(before, { value: quantity.value });
    Object.assign(after, { value });
    Object.assign(data, valueSortKeys({ value, unit: quantity.unit }));
  }
  if (Object.keys(after).length === 0) return { ok: true, version };
  const sourceChanged = source !== null && source.id !== claim.sourceId;
  // A corrected text, span or source is the editor's claim from now on (lib/claims/structure.ts): re-extraction
  // neither rewrites nor deletes it, and a key of its own keeps the extractor's reading of the sentence off it.
  if ("text" in data || "start" in data || "sourceId" in data) {
    Object.assign(data, {
      origin: EDITOR_ORIGIN,
      key: `editor:${claimId}`,
      editedById: actor.id,
      editedAt: new Date(),
    });
  }

  const applied = await database.$transaction(
    async (tx) => {
      const { count } = await tx.claim.updateMany({
        where: { id: claimId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return false;
      if (valueChanged && quantity) {
        const bounds = correctedBounds(quantity.modifier, value);
        // Marked corrected (who, when) like a figure corrected on the claim page, so re-extraction carries it over.
        await tx.quantity.update({
          where: { id: quantity.id },
          data: { value, ...bounds, correctedById: actor.id, correctedAt: new Date() },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          entityType: "quantity",
          entityId: quantity.id,
          action: "edit",
          before: { value: quantity.value, low: quantity.low, high: quantity.high, modifier: quantity.modifier },
          after: { value, ...bounds },
        });
      }
      if (source && source.id !== claim.sourceId) {
        await tx.source.update({ where: { id: source.id }, data: { claimCount: { increment: 1 } } });
        await tx.source.update({ where: { id: claim.sourceId }, data: { claimCount: { decrement: 1 } } });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "claim",
        entityId: claimId,
        action: "edit",
        before: { ...before, version },
        after: { ...after, version: version + 1 },
      });
      if (valueChanged || sourceChanged) await recomputeClaimFlags(tx, claimId);
      return true;
    },
    // Regrouping the document's cross-document buckets can outlast Prisma's 5 s default (as regroupDocument allows).
    { maxWait: 30_000, timeout: 120_000 },
  );
  return applied ? { ok: true, version: version + 1 } : conflict;
}

const keptModifiers = new Set<string>(["moreThan", "atLeast", "atMost", "lessThan", "approximately"]);

/**
 * The interval of a corrected figure: "over 800" corrected to 850 is still "over 850"; a written range or a plain
 * figure becomes the exact new value; "26 of 31" keeps its total.
 * @example correctedBounds("moreThan", 850) // { modifier: "moreThan", low: 850, high: null }
 */
export function correctedBounds(
  modifier: string,
  value: number,
): { modifier: string; low: number | null; high: number | null } {
  if (modifier === "fraction") return { modifier, low: value, high: value };
  const kind = keptModifiers.has(modifier) ? (modifier as PreModifier) : null;
  return toInterval(kind, value, value, value);
}
