/**
 * Reads of cross-document groups (server-only): the group page, the links from a claim to its groups, and the REST
 * list (GET /api/groups).
 */
import "server-only";

import { cache } from "react";
import { formatQuantity } from "@/lib/claims/format.ts";
import { type Corroboration, corroborate } from "@/lib/compare/corroboration.ts";
import { copiesOf } from "@/lib/compare/duplicates.ts";
import { baseSymbol, dimensionOf, inBaseUnit, mixedUnits } from "@/lib/compare/units.ts";
import { type Db, db, type Prisma } from "@/lib/db/client";
import type { Quantity } from "@/lib/extract/schema.ts";
import { type KeyColumn, type KeyPart, keysetOrder, keysetWhere } from "@/lib/pagination/cursor";
import { loadItems } from "./items.ts";

export interface GroupFigure {
  quantityId: string;
  claimId: string;
  text: string;
  /** "at least 3", "~850", "30-40"; with its unit in a group of several units ("~200 ft"). */
  figure: string;
  value: number;
  low: number | null;
  high: number | null;
  /** Where the plot puts it: the figure as written, or in the base unit in a group of several units (`axisUnit`). */
  plot: { value: number; low: number | null; high: number | null };
  modifier: string;
  sourceName: string;
  sourceKind: string;
  documentId: string;
  documentTitle: string;
  outlet: string | null;
  /** ISO time used for grouping: publication time, else when the document was stored. */
  publishedAt: string;
  status: string;
  corroboration: Corroboration;
}

export interface GroupView {
  id: string;
  concept: string;
  unit: string | null;
  /** The plot's unit when the figures are written in several units of one measure ("m" for feet and metres). */
  axisUnit: string | null;
  /** conflict | developing | soft | none */
  verdict: string;
  explanation: string;
  decision: string | null;
  /** Why an editor dismissed the flag. */
  decisionReason: string | null;
  manual: boolean;
  figures: GroupFigure[];
}

/**
 * One cross-document group with every figure (ordered by publication time) and its independent corroboration.
 * @example const group = await getGroup(id); group?.figures[0].sourceName
 */
export async function getGroup(id: string, database: Db = db()): Promise<GroupView | null> {
  const group = await database.quantityGroup.findUnique({
    where: { id },
    select: {
      id: true,
      key: true,
      concept: true,
      unit: true,
      verdict: true,
      explanation: true,
      decision: true,
      decisionReason: true,
      documentId: true,
      members: { select: { quantityId: true } },
    },
  });
  if (!group) return null;
  const items = await database.$transaction((tx) =>
    loadItems(tx, { id: { in: group.members.map((m) => m.quantityId) } }),
  );
  items.sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || a.quantity.start - b.quantity.start);
  const docIds = [...new Set(items.map((i) => i.documentId))];
  const docs = await database.document.findMany({
    where: { id: { in: docIds } },
    select: { id: true, title: true, outlet: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const claims = await database.claim.findMany({
    where: { id: { in: items.map((i) => i.claim.id) } },
    select: { id: true, status: true },
  });
  const statusOf = new Map(claims.map((c) => [c.id, c.status]));
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const support = corroborate(items, copiesOf(docs));
  // "about 150 metres" and "about 200 feet" in one group: plotted on one axis in metres, each labelled in its unit.
  const mixed = items.length > 0 && mixedUnits(items.map((i) => i.quantity));
  return {
    id: group.id,
    concept: group.concept,
    unit: group.unit,
    axisUnit: mixed ? baseSymbol(dimensionOf(items[0].quantity.unit) ?? "") : null,
    verdict: group.verdict,
    explanation: group.explanation,
    decision: group.decision,
    decisionReason: group.decisionReason,
    manual: group.key.startsWith("m|"),
    figures: items.map((i) => {
      const doc = docOf.get(i.documentId);
      const shown = plotted(i.quantity, mixed);
      return {
        quantityId: i.quantity.id,
        claimId: i.claim.id,
        text: i.quantity.text,
        figure: shown.figure,
        value: i.quantity.value,
        low: i.quantity.low,
        high: i.quantity.high,
        plot: shown.plot,
        modifier: i.quantity.modifier,
        sourceName: i.claim.source.name,
        sourceKind: i.claim.source.kind,
        documentId: i.documentId,
        documentTitle: doc?.title ?? "",
        outlet: doc?.outlet ?? null,
        publishedAt: i.publishedAt ?? "",
        status: statusOf.get(i.claim.id) ?? "unverified",
        corroboration: support.get(i.key) as Corroboration,
      };
    }),
  };
}

/**
 * The cross-document groups of a claim's quantities, largest first (a claim page links to them).
 * @example const [group] = await groupsOfClaim(claimId); // { id, verdict, explanation, size }
 */
export interface ClaimGroupLink {
  id: string;
  verdict: string;
  explanation: string;
  decision: string | null;
  decisionReason: string | null;
  size: number;
}

export async function groupsOfClaim(claimId: string, database: Db = db()): Promise<ClaimGroupLink[]> {
  const rows = await database.quantityGroup.findMany({
    where: { documentId: null, members: { some: { quantity: { claimId } } } },
    select: {
      id: true,
      verdict: true,
      explanation: true,
      decision: true,
      decisionReason: true,
      _count: { select: { members: true } },
    },
  });
  return rows
    .map((r) => ({
      id: r.id,
      verdict: r.verdict,
      explanation: r.explanation,
      decision: r.decision,
      decisionReason: r.decisionReason,
      size: r._count.members,
    }))
    .sort((a, b) => b.size - a.size);
}

/**
 * The groups of one claim, on the app's database (what the claim page shows).
 * @example const groups = await claimGroupLinks(claim.id);
 */
export function claimGroupLinks(claimId: string): Promise<ClaimGroupLink[]> {
  return groupsOfClaim(claimId);
}

/** The REST list's order: by id (the primary key, so every filter pages without a sort). */
export const GROUP_ORDER: KeyColumn[] = [{ field: "id", dir: "asc" }];

export interface GroupFilters {
  /** conflict | developing | soft | none */
  verdict?: string;
  /** confirmed | dismissed, or "none" for undecided groups. */
  decision?: string;
  /** "cross": groups spanning documents; "document": one document's groups. */
  scope?: "cross" | "document";
  documentId?: string;
}

/**
 * Up to `take` groups matching `filters` in GROUP_ORDER after the sort key `after` (null: from the start), with
 * their member counts.
 * @example const rows = await groupsAfter({ verdict: "conflict", scope: "cross" }, null, 51);
 */
export async function groupsAfter(filters: GroupFilters, after: KeyPart[] | null, take: number, database: Db = db()) {
  const where: Prisma.QuantityGroupWhereInput[] = [];
  if (filters.verdict) where.push({ verdict: filters.verdict });
  if (filters.decision) where.push({ decision: filters.decision === "none" ? null : filters.decision });
  if (filters.scope) where.push({ documentId: filters.scope === "cross" ? null : { not: null } });
  if (filters.documentId) where.push({ documentId: filters.documentId });
  if (after) where.push(keysetWhere(GROUP_ORDER, after));
  const rows = await database.quantityGroup.findMany({
    where: { AND: where },
    orderBy: keysetOrder(GROUP_ORDER),
    take,
    select: {
      id: true,
      documentId: true,
      concept: true,
      unit: true,
      verdict: true,
      explanation: true,
      spread: true,
      decision: true,
      decisionReason: true,
      decidedAt: true,
      key: true,
      _count: { select: { members: true } },
    },
  });
  return rows.map(({ _count, key, ...g }) => ({ ...g, manual: key.startsWith("m|"), size: _count.members }));
}

/**
 * getGroup on the app's database, once per request: the group page's metadata and body share one read.
 *
 * @example
 * const group = await groupForPage(id); if (!group) notFound();
 */
export const groupForPage = cache((id: string) => getGroup(id));

/** A figure as the group page shows it: as written, or (in a group of several units) with its unit, plotted in the base unit. */
function plotted(
  q: Quantity,
  mixed: boolean,
): { figure: string; plot: { value: number; low: number | null; high: number | null } } {
  const figure = formatQuantity(q, { style: "words", units: mixed });
  if (!mixed) return { figure, plot: { value: q.value, low: q.low, high: q.high } };
  const base = inBaseUnit(q).quantity;
  return { figure, plot: { value: base.value, low: base.low, high: base.high } };
}
