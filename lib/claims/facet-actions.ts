"use server";
/**
 * The claims table's facet search box (any signed-in role: it only reads names and counts).
 */
import { requireRole } from "@/lib/auth/require";
import { stripControl } from "@/lib/text/control";
import { type FacetItem, type FacetKind, searchFacet } from "./facet-data.ts";

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
