/**
 * The uniqueness key of a source: "Lisa  Daftari" and "lisa daftari" are one source.
 *
 * @example
 * normalizeSourceName("  Iran   International ") // "iran international"
 */
export function normalizeSourceName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
