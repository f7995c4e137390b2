/**
 * Figures as first-class editable rows (issue 13 item 1): an editor corrects one figure of a claim — value, bounds,
 * qualifier (modifier), unit, counted concept — or picks which figure is the claim's headline (ordinal 0, the one the
 * table sorts and shows first). Both use the claim's version for optimistic locking, like the status and the claim
 * correction (edit.ts): a stale save is a conflict and changes nothing. The figure "as written" (Quantity.text) is
 * never touched; a corrected figure carries who corrected it and when. Corrections re-judge the in-document and
 * cross-document groups holding the claim's figures (lib/groups/recompute.ts), and are audited (before -> after).
 */
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { valueSortKeys } from "@/lib/documents/extraction-rows";
import { type PreModifier, toInterval } from "@/lib/extract/quantities/modifiers";
import type { Modifier } from "@/lib/extract/schema";
import { recomputeClaimFlags } from "@/lib/groups/recompute";
import { regroupWithinDocument } from "./figure-groups.ts";
import { syncTwinDecisions } from "./mutations.ts";
import type { FigureCorrection, HeadlineChange } from "./schema.ts";

export type FigureResult =
  | { ok: true; version: number }
  | { ok: false; code: "not_found" | "invalid" | "conflict"; message: string };

const conflict: FigureResult = {
  ok: false,
  code: "conflict",
  message: "Someone else changed this claim first. Reload to see their change, then edit again.",
};

const TX_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

const fields = ["value", "low", "high", "modifier", "unit", "concept"] as const;
type Field = (typeof fields)[number];
type FigureFields = { value: number; low: number | null; high: number | null; modifier: string } & {
  unit: string | null;
  concept: string | null;
};

/**
 * Corrects one figure of a claim with the claim version the editor saw (the input parsed by figureCorrectionSchema).
 *
 * @example
 * await correctFigure(user, { claimId, version: 3, quantityId, value: 2300, modifier: "atLeast", unit: "arrest" })
 * // { ok: true, version: 4 }
 */
export async function correctFigure(actor: Actor, input: FigureCorrection, database: Db = db()): Promise<FigureResult> {
  const { claimId, version, quantityId, ...change } = input;
  const claim = await database.claim.findUnique({ where: { id: claimId }, select: { version: true } });
  if (!claim) return { ok: false, code: "not_found", message: "This claim no longer exists." };
  const quantity = await database.quantity.findFirst({ where: { id: quantityId, claimId } });
  if (!quantity) return { ok: false, code: "not_found", message: "This figure is not part of the claim." };
  if (claim.version !== version) return conflict;

  const next = nextFigure(quantity, change);
  if (typeof next === "string") return { ok: false, code: "invalid", message: next };
  const changed = fields.filter((f) => next[f] !== quantity[f]);
  if (changed.length === 0) return { ok: true, version };
  const before = pick(quantity, changed);
  const after = pick(next, changed);

  const applied = await database.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: { version: { increment: 1 }, ...(quantity.ordinal === 0 ? valueSortKeys(next) : {}) },
    });
    if (count === 0) return false;
    await tx.quantity.update({
      where: { id: quantityId },
      data: { ...next, correctedById: actor.id, correctedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "quantity",
      entityId: quantityId,
      action: "correct",
      before: { figure: quantity.text, ...before },
      after: { figure: quantity.text, ...after },
    });
    // Another unit or counted concept may put the figure with other figures of the article (or none).
    if (changed.includes("unit") || changed.includes("concept")) await regroupWithinDocument(tx, quantity.documentId);
    await recomputeClaimFlags(tx, claimId);
    await syncTwinDecisions(tx, quantity.documentId);
    return true;
  }, TX_OPTIONS);
  return applied ? { ok: true, version: version + 1 } : conflict;
}

/**
 * Makes one figure the claim's headline (ordinal 0: the one the table shows, sorts by and exports first); the
 * former headline takes the chosen figure's place.
 *
 * @example
 * await setHeadlineFigure(user, { claimId, version: 4, quantityId }) // { ok: true, version: 5 }
 */
export async function setHeadlineFigure(
  actor: Actor,
  input: HeadlineChange,
  database: Db = db(),
): Promise<FigureResult> {
  const { claimId, version, quantityId } = input;
  const claim = await database.claim.findUnique({
    where: { id: claimId },
    select: { version: true, quantities: { select: { id: true, ordinal: true, value: true, unit: true, text: true } } },
  });
  if (!claim) return { ok: false, code: "not_found", message: "This claim no longer exists." };
  const chosen = claim.quantities.find((q) => q.id === quantityId);
  if (!chosen) return { ok: false, code: "not_found", message: "This figure is not part of the claim." };
  if (claim.version !== version) return conflict;
  const current = claim.quantities.find((q) => q.ordinal === 0);
  if (current?.id === chosen.id) return { ok: true, version };

  const applied = await database.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: { version: { increment: 1 }, ...valueSortKeys(chosen) },
    });
    if (count === 0) return false;
    if (current) await tx.quantity.update({ where: { id: current.id }, data: { ordinal: chosen.ordinal } });
    await tx.quantity.update({ where: { id: chosen.id }, data: { ordinal: 0 } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      action: "headline",
      before: { headline: current?.text ?? null, version },
      after: { headline: chosen.text, version: version + 1 },
    });
    return true;
  }, TX_OPTIONS);
  return applied ? { ok: true, version: version + 1 } : conflict;
}

/** The figure after the change, or why the change cannot stand. */
function nextFigure(
  current: FigureFields & { of: number | null },
  change: Omit<FigureCorrection, "claimId" | "version" | "quantityId">,
): FigureFields | string {
  const value = change.value ?? current.value;
  const modifier = change.modifier ?? (current.modifier as Modifier);
  const reread = value !== current.value || modifier !== current.modifier;
  const derived = boundsFor(modifier, value, current.of);
  const low = change.low !== undefined ? change.low : reread ? derived.low : current.low;
  const high = change.high !== undefined ? change.high : reread ? derived.high : current.high;
  if (low !== null && high !== null && low > high) return "The low bound must not be above the high bound.";
  if (modifier !== "range" && modifier !== "fraction") {
    if ((low !== null && value < low) || (high !== null && value > high)) {
      return "The value must lie between the low and high bounds.";
    }
  }
  if (modifier === "range" && (low === null || high === null)) return "A range needs both a low and a high bound.";
  return {
    value,
    low,
    high,
    modifier,
    unit: change.unit !== undefined ? change.unit : current.unit,
    concept: change.concept !== undefined ? change.concept : current.concept,
  };
}

const openModifiers = new Set<string>(["moreThan", "atLeast", "atMost", "lessThan", "approximately"]);

/**
 * The interval a qualifier gives a figure, as extraction reads it: "at least 12" is [12, ∞), "about 850" is
 * 850 ± 10 %, a plain figure is itself; a share keeps its value; a range without bounds starts as the one value.
 *
 * @example boundsFor("atLeast", 12, null) // { low: 12, high: null }
 */
export function boundsFor(
  modifier: Modifier,
  value: number,
  of: number | null,
): { low: number | null; high: number | null } {
  if (modifier === "fraction" || of !== null || modifier === "range") return { low: value, high: value };
  const kind = openModifiers.has(modifier) ? (modifier as PreModifier) : null;
  const { low, high } = toInterval(kind, value, value, value);
  return { low, high };
}

function pick<T extends Record<string, unknown>>(row: T, keys: readonly Field[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
