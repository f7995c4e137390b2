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

/**
 * The stored key of a source (Source.normalizedName, SourceAlias.normalizedName): a name is one source for every
 * document; a description ("police", "officials") is one source per document, keyed `name#documentId` (ADR 019).
 * Ingest, re-extraction, editors' new claims, renames and the import all key sources here.
 *
 * @example
 * storedSourceKey("Human Rights Watch", null) // "human rights watch"
 * storedSourceKey("Police", "doc1") // "police#doc1"
 */
export function storedSourceKey(name: string, documentId: string | null): string {
  const normalized = normalizeSourceName(name);
  return documentId === null ? normalized : `${normalized}#${documentId}`;
}

/**
 * The document a stored key is scoped to, or null for a global name (and for the global rows of descriptions stored
 * before ADR 019). A name's own "#" ("channel #4", "#metoo") is not a scope: the part before it must end in a word,
 * the part after it must look like a document id.
 *
 * @example
 * sourceKeyDocument("police#doc1") // "doc1"
 * sourceKeyDocument("human rights watch") // null
 */
export function sourceKeyDocument(normalizedName: string): string | null {
  const at = normalizedName.lastIndexOf("#");
  if (at <= 0 || /\s$/.test(normalizedName.slice(0, at))) return null;
  const id = normalizedName.slice(at + 1);
  return /^[A-Za-z0-9_-]+$/.test(id) ? id : null;
}

/**
 * The key of an extracted source in `documentId`: its scope decides whether the document is part of it.
 *
 * @example
 * extractedSourceKey({ name: "Police", scope: "document" }, "doc1") // "police#doc1"
 */
export function extractedSourceKey(
  source: { name: string; scope?: "document" | "global" },
  documentId: string,
): string {
  return storedSourceKey(source.name, source.scope === "document" ? documentId : null);
}

/**
 * How a source is named where two of one name must be told apart (/sources, the Source facet, the merge picker): a
 * document's description says which document it belongs to.
 *
 * @example
 * sourceLabel("Police", { title: "Fire in Dhaka" }) // "Police — in Fire in Dhaka"
 * sourceLabel("Human Rights Watch", null) // "Human Rights Watch"
 */
export function sourceLabel(name: string, scope: { title: string } | null | undefined): string {
  return scope ? `${name} — in ${scope.title}` : name;
}
