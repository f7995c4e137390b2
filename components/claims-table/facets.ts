import type { FacetOption } from "./faceted-filter";

/**
 * Past this many options a checkbox list stops being usable (and at 100,000 claims there can be thousands of
 * documents), so the facet offers the busiest ones plus whatever is already selected.
 */
const maxFacetOptions = 60;

/**
 * Turns a list of sources or documents into filter options.
 *
 * @example toFacetOptions(sources.map((s) => ({ id: s.id, label: s.name, count: s.claimCount })), query.source)
 */
export function toFacetOptions(
  items: ReadonlyArray<{ id: string; label: string; count: number }>,
  selected: readonly string[],
): FacetOption[] {
  const chosen = new Set(selected);
  const ranked = [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const kept = ranked.filter((item, index) => index < maxFacetOptions || chosen.has(item.id));
  return kept
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((item) => ({ value: item.id, label: item.label, count: item.count }));
}
