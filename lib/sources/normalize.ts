/**
 * The uniqueness key of a source: "Lisa  Daftari" and "lisa daftari" are one source.
 *
 * @example
 * normalizeSourceName("  Iran   International ") // "iran international"
 */
export function normalizeSourceName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * A source's stored aliases (Source.aliases, a JSON array of strings); anything unreadable is no aliases.
 *
 * @example
 * parseSourceAliases('["police","BGMEA"]') // ["police", "BGMEA"]
 */
export function parseSourceAliases(json: unknown): string[] {
  try {
    const v: unknown = JSON.parse(String(json ?? "[]"));
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
