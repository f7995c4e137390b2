/**
 * The claims table's free-text filter (`q`), used by the one claims filter (claimsWhereSql in
 * lib/db/claims-page-sql.ts: the table page, the REST keyset, bulk changes and, rendered for the driver, the exports). Semantics are substring matching over
 * Claim.text, label and sourceName, ASCII case-insensitive (SQLite LIKE, PostgreSQL ILIKE). The indexes behind it
 * are in docs/decisions/008-claim-text-search.md: on PostgreSQL the ILIKE itself uses the pg_trgm GIN indexes; on
 * SQLite the FTS5 trigram table "ClaimSearch" narrows the rows first and the LIKE re-checks them, so the result is
 * the LIKE's exactly (FTS5 also folds non-ASCII case, a superset the re-check removes).
 */
import type { Dialect } from "./stream-sql.ts";

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

/**
 * The plain substring condition (a scan): `q` in any of the three columns, `%`, `_` and `\\` literal.
 *
 * @example
 * textLikeCondition("50%", "postgres")
 * // ['(', 'c."text" ILIKE ', { value: "%50\\%%" }, " ESCAPE '\\'", ' OR c."label" ILIKE ', ...]
 */
export function textLikeCondition(q: string, dialect: Dialect): SqlPiece[] {
  const like = dialect === "postgres" ? "ILIKE" : "LIKE";
  const pattern = likePattern(q);
  const pieces: SqlPiece[] = ["("];
  ['"text"', '"label"', '"sourceName"'].forEach((col, i) => {
    pieces.push(`${i ? " OR " : ""}c.${col} ${like} `, { value: pattern }, ` ESCAPE '\\'`);
  });
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
    return [
      `+c."rowid" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH `,
      { value: ftsPhrase(q) },
      ")",
    ];
  }
  return [
    `(c."rowid" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH `,
    { value: ftsPhrase(q) },
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
  return ['SELECT COUNT(*) AS "n" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ', { value: ftsPhrase(q) }];
}
