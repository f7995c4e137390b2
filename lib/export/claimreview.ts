/**
 * ClaimReview JSON-LD export (schema.org, as Google's fact-check markup documents it): one ClaimReview per claim,
 * the claim's corroboration status as the verdict in reviewRating.alternateName, the source as the claim's author
 * and the document as its appearance. schema.org has no claim-to-claim relation, so conflicting figures are linked
 * with the extension property `claimtrack:conflictsWith` (documented in docs/export.md): an array of Claim
 * references (`@id` = the claim's page) with the figure and its source.
 */
import type { Claim, ClaimReview, Organization, Person, WithContext } from "schema-dts";
import { triageOf } from "@/lib/claims/flag-words";
import type { ClaimStatus } from "@/lib/claims/schema";
import { toJsonArray } from "./json.ts";
import { crossFlagOf, type ExportRow, flagOf } from "./row.ts";

/** Google shows claimReviewed in a snippet and asks for it to be short; the issue sets the bound at 75. */
export const CLAIM_REVIEWED_MAX = 74;

/** The status as the textual verdict a reader sees. */
export const verdictOf: Record<ClaimStatus, string> = {
  unverified: "Unverified",
  corroborated: "Corroborated",
  disputed: "Disputed",
  refuted: "Refuted",
  retracted: "Retracted",
  "needs-review": "Needs review",
};

export interface ClaimReviewOptions {
  /** Absolute origin of the claimtrack instance, used for the review's url and the claims' @id. */
  baseUrl: string;
  /** The organisation publishing the reviews (the review's author). */
  publisher: string;
}

/**
 * Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut.
 *
 * @example
 * shorten("More than 800 Iraqi militia fighters crossed into Iran on Monday, officials said", 40)
 * // "More than 800 Iraqi militia fighters…"
 */
export function shorten(text: string, max: number = CLAIM_REVIEWED_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

function sourceAsAuthor(source: ExportRow["source"]): Person | Organization {
  const kind = source.kind;
  return kind === "person" || kind === "official"
    ? {
        "@type": "Person",
        name: source.name,
        ...(source.affiliation ? { affiliation: { "@type": "Organization", name: source.affiliation } } : {}),
      }
    : { "@type": "Organization", name: source.name };
}

/**
 * One claim as a schema.org ClaimReview, plus the `claimtrack:conflictsWith` extension on the reviewed claim.
 *
 * @example
 * toClaimReview(row, { baseUrl: "https://claims.example.org", publisher: "Newsroom" }).reviewRating.alternateName
 */
export function toClaimReview(row: ExportRow, options: ClaimReviewOptions) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const claimUrl = `${base}/claims/${encodeURIComponent(row.id)}`;
  const appearanceUrl = row.document.url ?? `${base}/documents/${encodeURIComponent(row.document.id)}`;
  const claim = {
    "@type": "Claim",
    "@id": claimUrl,
    text: row.text,
    author: sourceAsAuthor(row.source),
    appearance: {
      "@type": "NewsArticle",
      url: appearanceUrl,
      headline: row.document.title,
      ...(row.document.outlet ? { publisher: { "@type": "Organization", name: row.document.outlet } } : {}),
      ...(row.document.publishedAt ? { datePublished: row.document.publishedAt } : {}),
    },
    ...(row.document.publishedAt ? { datePublished: row.document.publishedAt } : {}),
  } satisfies Claim;
  const conflicts = flagOf(row) && row.group ? row.group.others : [];
  const cross = crossFlagOf(row);
  const withConflicts =
    conflicts.length === 0
      ? claim
      : {
          ...claim,
          "claimtrack:conflictsWith": conflicts.map((o) => ({
            "@type": "Claim",
            "@id": `${base}/claims/${encodeURIComponent(o.claimId)}`,
            text: o.display,
            author: { "@type": "Thing", name: o.sourceName },
          })),
          "claimtrack:flag": row.group?.verdict,
          "claimtrack:flagExplanation": row.group?.explanation,
          "claimtrack:flagTriage": triageOf(row.group?.decision),
        };
  // The cross-document flag, as the table shows it: another outlet's figure for the same count.
  const itemReviewed =
    cross && row.crossGroup
      ? {
          ...withConflicts,
          "claimtrack:crossFlag": cross,
          "claimtrack:crossFlagSummary": row.crossGroup.summary,
          "claimtrack:crossFlagTriage": triageOf(row.crossGroup.decision),
          "claimtrack:crossGroup": `${base}/groups/${encodeURIComponent(row.crossGroup.id)}`,
        }
      : withConflicts;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl,
    claimReviewed: shorten(row.label || row.text),
    datePublished: row.updatedAt,
    author: { "@type": "Organization", name: options.publisher, url: base },
    reviewRating: { "@type": "Rating", alternateName: verdictOf[row.status] },
    itemReviewed,
  } satisfies WithContext<ClaimReview>;
}

/**
 * Streams rows as a JSON array of ClaimReview objects.
 *
 * @example
 * for await (const chunk of toClaimReviews(rows, { baseUrl, publisher: "claimtrack" })) out.write(chunk);
 */
export async function* toClaimReviews(
  rows: AsyncIterable<ExportRow>,
  options: ClaimReviewOptions,
): AsyncGenerator<string> {
  yield* toJsonArray(mapReviews(rows, options));
}

async function* mapReviews(rows: AsyncIterable<ExportRow>, options: ClaimReviewOptions) {
  for await (const row of rows) yield toClaimReview(row, options);
}
