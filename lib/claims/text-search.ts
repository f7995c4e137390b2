/**
 * The claims table's free-text filter (`q`), used by the one claims filter (claimsWhereSql in
 * lib/claims/sql/filter.ts: the table page, the REST keyset, bulk changes and, rendered for the driver, the exports). Semantics are substring matching over
 * Claim.text, label and sourceName, ASCII case-insensitive (SQLite LIKE, PostgreSQL ILIKE). The indexes behind it
 * are in docs/decisions/008-claim-text-search.md: on PostgreSQL the ILIKE itself uses the pg_trgm GIN indexes; on
 * SQLite the FTS5 trigram table "ClaimSearch" narrows the rows first and the LIKE re-checks them, so the result is
 * the LIKE's exactly (FTS5 also folds non-ASCII case, a superset the re-check removes). A figure is found however
 * it is grouped: "2200" also matches "2,200" and "2,200" also "2200" (searchNeedles).
 */
import type { DatabaseTarget } from "@/lib/db/url";

type Dialect = DatabaseTarget["provider"];

/** A fragment of SQL: literal text, or a value to bind as a parameter. */
export type SqlPiece = string | { value: string };

/** FTS5 trigram cannot index fewer than three characters (Unicode code points). */
const MIN_TRIGRAM_CHARS = 3;

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One FTS5 phrase: the whole string, double quotes doubled, so no character is query syntax. */
function ftsPhrase(q: string): string {
  return `"${q.replace(/"/g, '""')}"`;
}

/** The FTS5 query for every needle: phrases OR-ed (a row matching several counts once). */
function ftsQuery(q: string): string {
  return searchNeedles(q).map(ftsPhrase).join(" OR ");
}

/**
 * What a search looks for: the text as typed and, for a whole number of four or more digits, its other grouping —
 * news writes "2,200 arrests", a researcher types 2200 (and the other way round). Only plain digit runs and
 * well-formed comma groups are rewritten; "2200.5", "22,00" or "2200 people" are searched as typed.
 *
 * @example
 * searchNeedles("2200") // ["2200", "2,200"]; searchNeedles("1,000,000") // ["1,000,000", "1000000"]
 */
export function searchNeedles(q: string): string[] {
  if (/^\d{4,}$/.test(q)) return [q, q.replace(/\B(?=(\d{3})+$)/g, ",")];
  if (/^\d{1,3}(,\d{3})+$/.test(q)) return [q, q.replace(/,/g, "")];
  return [q];
}

/**
 * The plain substring condition (a scan): `q` in any of the three columns, `%`, `_` and `\\` literal.
 *
 * @example
 * textLikeCondition("50%", "postgres")
 * // ['(', 'c."text" ILIKE ', { value: "%50\\%%" }, " ESCAPE '\\'", ' OR c."label" ILIKE ', ...]
 */
export function textLikeCondition(q: string, dialect: Dialect): SqlPiece[] {
  const like = dialect === "postgres" ? "ILIKE" : "LIKE";
  const pieces: SqlPiece[] = ["("];
  let first = true;
  for (const pattern of searchNeedles(q).map(likePattern)) {
    for (const col of ['"text"', '"label"', '"sourceName"']) {
      pieces.push(`${first ? "" : " OR "}c.${col} ${like} `, { value: pattern }, ` ESCAPE '\\'`);
      first = false;
    }
  }
  pieces.push(")");
  return pieces;
}

/**
 * The condition for `q` on the claim table aliased `c`, as pieces the caller renders with its own parameter style:
 * on SQLite with 3+ characters the trigram index answers (and the LIKE re-checks the rows for a non-ASCII needle).
 *
 * @example
 * textSearchCondition("said", "sqlite")
 * // ['+c."rowid" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ', { value: '"said"' }, ')']
 */
export function textSearchCondition(q: string, dialect: Dialect): SqlPiece[] {
  const likeAny = textLikeCondition(q, dialect);
  if (dialect === "postgres" || [...q].length < MIN_TRIGRAM_CHARS) return likeAny;
  // For an ASCII needle the trigram match is the LIKE's answer already (both fold ASCII case; FTS5 substring-matches
  // each column), so the re-check, which reads every matching row, is left out. The unary + keeps the planner from
  // driving the query from the match list (one row lookup per match: 0.6 s for 230,000 "said" at 1M claims); it
  // walks the filter's or the sort's index instead and probes the list.
  if (trigramIsExact(q)) {
    return [`+c."rowid" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH `, { value: ftsQuery(q) }, ")"];
  }
  return [
    `(c."rowid" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH `,
    { value: ftsQuery(q) },
    ") AND ",
    ...likeAny,
    ")",
  ];
}

/**
 * Whether SQLite's trigram index alone answers `q` exactly (an ASCII needle of 3+ characters): then the number of
 * matching claims is the number of matching index rows (ftsCountQuery), with no claim row read.
 *
 * @example
 * trigramIsExact("said") // true; trigramIsExact("Δ") // false
 */
export function trigramIsExact(q: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, by definition.
  return [...q].length >= MIN_TRIGRAM_CHARS && /^[\x00-\x7f]*$/.test(q);
}

/**
 * SQLite: how many claims match `q` when it is the only filter and trigramIsExact(q) — counted in the FTS5 index
 * (10 ms for "police" at 1M claims, against 136 ms probing every claim row).
 *
 * @example
 * ftsCountQuery("police") // ['SELECT COUNT(*) AS "n" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ', { value: '"police"' }]
 */
export function ftsCountQuery(q: string): SqlPiece[] {
  return ['SELECT COUNT(*) AS "n" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ', { value: ftsQuery(q) }];
}
