/**
 * The claims table's query as the URL and the API carry it (filters, sort, page; lib/claims/data.ts reads it), and the
 * inputs of bulk changes, which act on the selected claims or on every claim such a query matches.
 */
import { z } from "zod";
import { stripControl } from "@/lib/text/control";
import { claimStatusSchema } from "./schema.ts";

/**
 * The flag filter. `conflict`, `soft`, `none` are the in-document group (Claim.flagRank); `cross-conflict`,
 * `cross-soft`, `developing` the strongest cross-document group (Claim.crossFlagRank, lib/groups/cross-flags.ts);
 * `unreviewed` ("Needs review") a shown flag, in-document or cross-document, no editor has triaged yet.
 * Values are OR-ed: `flag=conflict,cross-conflict` is any disagreement.
 */
export const flagValues = [
  "conflict",
  "soft",
  "none",
  "cross-conflict",
  "cross-soft",
  "developing",
  "unreviewed",
] as const;
export const flagFilterSchema = z.enum(flagValues);
export type FlagValue = z.infer<typeof flagFilterSchema>;

const flagRankOf: Partial<Record<FlagValue, number>> = { none: 0, soft: 1, conflict: 2 };
const crossFlagRankOf: Partial<Record<FlagValue, number>> = { developing: 1, "cross-soft": 2, "cross-conflict": 3 };

/** Claim.crossFlagRank -> verdict (0 is no cross flag). */
export const crossVerdictOfRank = { 1: "developing", 2: "soft", 3: "conflict" } as const;

/**
 * Flag filter values -> the ranks each column must be in (an empty list leaves that column unfiltered).
 *
 * @example
 * flagRanksOf(["conflict", "cross-conflict"]) // { flagRanks: [2], crossFlagRanks: [3], unreviewed: false }
 */
export function flagRanksOf(flags: readonly FlagValue[]): {
  flagRanks: number[];
  crossFlagRanks: number[];
  unreviewed: boolean;
} {
  return {
    flagRanks: flags.flatMap((f) => (flagRankOf[f] === undefined ? [] : [flagRankOf[f]])),
    crossFlagRanks: flags.flatMap((f) => (crossFlagRankOf[f] === undefined ? [] : [crossFlagRankOf[f]])),
    unreviewed: flags.includes("unreviewed"),
  };
}

export const sortableColumns = ["claim", "value", "source", "status", "flag", "document", "position"] as const;
export const sortColumnSchema = z.enum(sortableColumns);
export type SortColumn = z.infer<typeof sortColumnSchema>;

/** Comma-separated list in the URL ("status=disputed,refuted"), array in code. */
function csvList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(",")).filter((s) => s !== "")))
    .pipe(z.array(item));
}

/** The page sizes the table offers (issue 13: 10 to 500). */
export const PAGE_SIZES = [10, 25, 50, 100, 200, 500] as const;

export const claimsQuerySchema = z.object({
  sort: sortColumnSchema.catch("position").default("position"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
  /** Rows per page: PAGE_SIZES are offered; anything from 10 to 500 is honoured, anything else is the default. */
  pageSize: z.coerce.number().int().min(10).max(500).catch(50).default(50),
  status: csvList(claimStatusSchema).catch([]),
  flag: csvList(flagFilterSchema).catch([]),
  source: csvList(z.string()).catch([]),
  document: csvList(z.string()).catch([]),
  /** Assignee user ids, "me" (the signed-in user: "My claims") and "none" (unassigned); OR-ed. */
  assignee: csvList(z.string().max(64)).catch([]),
  q: z.string().overwrite(stripControl).max(200).optional().catch(undefined),
  /** Hidden column ids. */
  hide: csvList(z.string()).catch([]),
});
export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;

/** Serialises a query back into URL search params, leaving defaults out so links stay short. */
export function toSearchParams(query: Partial<ClaimsQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = claimsQuerySchema.parse({});
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const fallback = defaults[key as keyof ClaimsQuery];
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else if (value !== fallback) {
      params.set(key, String(value));
    }
  }
  return params;
}

/** The most claims one bulk change may touch; "select all matching" above it is refused, not cut short. */
export const BULK_LIMIT = 10_000;

/**
 * A bulk change's input: what it does (`shape`) and the claims it acts on — the selected ids, or every claim matching
 * the table's filters (the same query the table reads from its URL), one or the other. Bulk status, assignment and
 * comments (lib/comments/bulk.ts) share it.
 *
 * @example
 * const schema = bulkInputSchema({ status: claimStatusSchema });
 */
export function bulkInputSchema<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({
      ...shape,
      ids: z.array(z.string().min(1)).min(1).max(BULK_LIMIT).optional(),
      filter: claimsQuerySchema.optional(),
    })
    .refine((v: { ids?: unknown; filter?: unknown }) => (v.ids === undefined) !== (v.filter === undefined), {
      message: "Send either the selected claim ids or the table's filter, not both.",
    });
}

export const bulkStatusSchema = bulkInputSchema({ status: claimStatusSchema });
export type BulkStatusInput = z.output<typeof bulkStatusSchema>;

export const bulkAssignSchema = bulkInputSchema({
  /** The editor (or admin) to assign; null unassigns. */
  assigneeId: z.string().min(1).max(64).nullable(),
});
export type BulkAssignInput = z.output<typeof bulkAssignSchema>;

/** A bulk change's id as the Undo button sends it: any value is read as text (an unknown id is not found). */
export const bulkIdSchema = z.coerce.string();
