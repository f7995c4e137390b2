"use server";
/**
 * The claims table's facet search box and option counts (any signed-in role: they only read names and counts).
 */
import { requireRole } from "@/lib/auth/require";
import { stripControl } from "@/lib/text/control";
import { type FacetCounts, flagCounts, statusCounts } from "./facet-counts.ts";
import { type FacetItem, type FacetKind, searchFacet } from "./facet-data.ts";
import { claimsQuerySchema } from "./schema.ts";

/**
 * Sources or documents whose name contains `needle`, for a facet whose list holds only the most cited ones.
 *
 * @example
 * const found = await searchFacetAction("document", "dhaka"); // [] when signed out or for an unknown kind
 */
export async function searchFacetAction(kind: FacetKind, needle: string): Promise<FacetItem[]> {
  const gate = await requireRole("researcher");
  if (!gate.ok || (kind !== "source" && kind !== "document") || typeof needle !== "string") return [];
  return searchFacet(kind, stripControl(needle));
}

/** What a caller without the right (or with a malformed query) gets: no counts. */
const NONE: FacetCounts = { counts: {}, estimated: false };

/**
 * Counts for the Status or Flag filter's options under the table's other filters (`search` is the table's URL
 * query string; a document page passes its document); no counts when signed out.
 *
 * @example
 * await facetCountsAction("status", "q=killed&flag=conflict") // { counts: { unverified: 3, disputed: 1 }, estimated: false }
 */
export async function facetCountsAction(
  kind: "status" | "flag",
  search: string,
  documentId?: string,
): Promise<FacetCounts> {
  const gate = await requireRole("researcher");
  if (!gate.ok || typeof search !== "string" || search.length > 4000) return NONE;
  const query = claimsQuerySchema.parse(Object.fromEntries(new URLSearchParams(search)));
  const scope = { userId: gate.user.id, ...(typeof documentId === "string" ? { documentId } : {}) };
  if (kind === "status") return statusCounts(query, scope);
  if (kind === "flag") return flagCounts(query, scope);
  return NONE;
}
