"use server";
/**
 * The claims table's facet search box and option counts (any signed-in role: they only read names and counts).
 * `action()` (lib/auth/action.ts) checks the role; signed out or malformed, they answer nothing.
 */
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { stripControl } from "@/lib/text/control";
import { type FacetCounts, flagCounts, statusCounts } from "./facet-counts.ts";
import { type FacetItem, type FacetKind, searchFacet } from "./facet-data.ts";
import { claimsQuerySchema } from "./query-schema.ts";

const search = action(
  { role: "researcher", input: z.object({ kind: z.enum(["source", "document"]), needle: z.string() }), fallback: [] },
  async ({ kind, needle }): Promise<FacetItem[]> => searchFacet(kind, stripControl(needle)),
);

/**
 * Sources or documents whose name contains `needle`, for a facet whose list holds only the most cited ones.
 *
 * @example
 * const found = await searchFacetAction("document", "dhaka"); // [] when signed out or for an unknown kind
 */
export async function searchFacetAction(kind: FacetKind, needle: string): Promise<FacetItem[]> {
  return search({ kind, needle });
}

/** What a caller without the right (or with a malformed query) gets: no counts. */
const NONE: FacetCounts = { counts: {}, estimated: false };

const counts = action(
  {
    role: "researcher",
    input: z.object({
      kind: z.enum(["status", "flag"]),
      search: z.string().max(4000),
      documentId: z.string().optional().catch(undefined),
    }),
    fallback: NONE,
  },
  async ({ kind, search, documentId }, user): Promise<FacetCounts> => {
    const query = claimsQuerySchema.parse(Object.fromEntries(new URLSearchParams(search)));
    const scope = { userId: user.id, ...(documentId !== undefined ? { documentId } : {}) };
    return kind === "status" ? statusCounts(query, scope) : flagCounts(query, scope);
  },
);

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
  return counts({ kind, search, documentId });
}
