import { describe, expect, it } from "vitest";
import type { ClaimStatus } from "@/lib/claims/schema";
import { CLAIM_REVIEWED_MAX, shorten, toClaimReview, verdictOf } from "@/lib/export/claimreview";
import { serialize } from "@/lib/export/formats";
import { collect, exportRow, rowsOf } from "./export-fixtures";

const options = { baseUrl: "https://claims.example.org/", publisher: "Example Newsroom" };
const long =
  "More than 800 Iraqi militia fighters from Kataib Hezbollah and Nujaba crossed into Iran through the Shalamcheh border crossing on Monday";

/** Google's required ClaimReview properties (developers.google.com/search/docs/appearance/structured-data/factcheck). */
function googleProblems(review: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const obj = (v: unknown) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>) : null);
  if (review["@context"] !== "https://schema.org" || review["@type"] !== "ClaimReview") problems.push("type");
  if (typeof review.claimReviewed !== "string" || review.claimReviewed.length === 0) problems.push("claimReviewed");
  if (typeof review.claimReviewed === "string" && review.claimReviewed.length >= 75)
    problems.push("claimReviewed length");
  if (typeof obj(review.reviewRating)?.alternateName !== "string") problems.push("reviewRating.alternateName");
  if (typeof review.url !== "string" || !/^https?:\/\//.test(review.url)) problems.push("url");
  if (typeof review.datePublished !== "string" || Number.isNaN(Date.parse(review.datePublished)))
    problems.push("datePublished");
  if (typeof obj(review.author)?.name !== "string") problems.push("author");
  const item = obj(review.itemReviewed);
  if (item?.["@type"] !== "Claim") problems.push("itemReviewed");
  if (typeof obj(item?.author)?.name !== "string") problems.push("itemReviewed.author");
  const appearance = obj(item?.appearance);
  if (typeof appearance?.url !== "string") problems.push("itemReviewed.appearance");
  return problems;
}

describe("ClaimReview export", () => {
  it.each(Object.keys(verdictOf) as ClaimStatus[])("meets Google's required fields for a %s claim", (status) => {
    const review = toClaimReview(exportRow({ status, label: long, text: long }), options);
    expect(googleProblems(review)).toEqual([]);
    expect(review.reviewRating.alternateName).toBe(verdictOf[status]);
  });

  it("names the source as the claim's author and the document as its appearance", () => {
    const review = toClaimReview(exportRow(), options);
    expect(review.itemReviewed.author).toEqual({
      "@type": "Person",
      name: "Lisa Daftari",
      affiliation: { "@type": "Organization", name: "The Foreign Desk" },
    });
    expect(review.itemReviewed.appearance).toMatchObject({
      url: "https://example.org/militias",
      headline: "Militias cross into Iran",
    });
    expect(review.url).toBe("https://claims.example.org/claims/c1");
  });

  it("links conflicting figures through claimtrack:conflictsWith, and only for flagged claims", () => {
    const flagged = toClaimReview(exportRow(), options).itemReviewed as Record<string, unknown>;
    expect(flagged["claimtrack:conflictsWith"]).toEqual([
      {
        "@type": "Claim",
        "@id": "https://claims.example.org/claims/c2",
        text: "~850 fighters",
        author: { "@type": "Thing", name: "Independent sources" },
      },
    ]);
    const group = exportRow().group;
    if (!group) throw new Error("fixture has a group");
    const calm = exportRow({ group: { ...group, verdict: "none" } });
    expect(toClaimReview(calm, options).itemReviewed).not.toHaveProperty("claimtrack:conflictsWith");
    expect(flagged["claimtrack:flagTriage"]).toBe("unreviewed");
  });

  it("carries the cross-document flag and its triage state, as the table shows them", () => {
    const row = exportRow({
      crossGroup: {
        id: "x1",
        documentId: null,
        key: "k",
        concept: "people killed",
        unit: "person",
        verdict: "conflict",
        explanation: "14 (Police) vs 23 (Red Crescent)",
        summary: "Outlets disagree: 14 vs 23",
        spread: 0.64,
        decision: "confirmed",
        decisionReason: null,
        memberQuantityIds: ["q1", "q9"],
        others: [],
      },
    });
    const item = toClaimReview(row, options).itemReviewed as Record<string, unknown>;
    expect(item).toMatchObject({
      "claimtrack:crossFlag": "conflict",
      "claimtrack:crossFlagSummary": "Outlets disagree: 14 vs 23",
      "claimtrack:crossFlagTriage": "confirmed",
      "claimtrack:crossGroup": "https://claims.example.org/groups/x1",
    });
    expect(toClaimReview(exportRow(), options).itemReviewed).not.toHaveProperty("claimtrack:crossFlag");
  });

  it("points the appearance at the claimtrack document when the article has no URL", () => {
    const row = exportRow();
    const review = toClaimReview({ ...row, document: { ...row.document, url: null } }, options);
    expect(review.itemReviewed.appearance.url).toBe("https://claims.example.org/documents/d1");
  });

  it.each([
    ["short", "short"],
    [long, "More than 800 Iraqi militia fighters from Kataib Hezbollah and Nujaba…"],
    ["x".repeat(200), `${"x".repeat(CLAIM_REVIEWED_MAX - 1)}…`],
  ])("shortens claimReviewed under 75 characters: %s", (input, expected) => {
    expect(shorten(input)).toBe(expected);
    expect(shorten(input).length).toBeLessThan(75);
  });

  it("streams a JSON array that parses, one review per row", async () => {
    const out = await collect(serialize("claimreview", rowsOf([exportRow(), exportRow({ id: "c9" })]), options));
    const parsed = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(parsed.map((r) => r.url)).toEqual([
      "https://claims.example.org/claims/c1",
      "https://claims.example.org/claims/c9",
    ]);
    for (const review of parsed) expect(googleProblems(review)).toEqual([]);
  });
});
