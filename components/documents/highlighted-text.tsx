"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { statusLabel } from "@/components/claims-table/status-options";
import { claimStatusSchema } from "@/lib/claims/schema";
import { segmentText } from "./highlight-segments";

export interface TextClaim {
  id: string;
  start: number;
  end: number;
  label: string;
  /** Stored as text; anything unknown reads as its raw value. */
  status: string;
  sourceName: string;
  sourceKind: string;
  flag: "conflict" | "soft" | null;
}

function readStatus(status: string): string {
  const parsed = claimStatusSchema.safeParse(status);
  return parsed.success ? statusLabel(parsed.data) : status;
}

function describeClaim(claim: TextClaim): string {
  const flag = claim.flag ? ` · ${claim.flag === "conflict" ? "⚠ sources disagree" : "≈ different measures"} flag` : "";
  return `${claim.label} — ${claim.sourceName} (${claim.sourceKind}) · ${readStatus(claim.status)}${flag}`;
}

/**
 * The document text with every claim highlighted. The text is rendered as React text nodes only, so markup pasted
 * into a document is shown, never run. Hover or focus shows source and status; a click jumps to the claim's row in
 * the table below (or to the claim page when the row is not on the current table page).
 *
 * @example <HighlightedText text={doc.text} claims={doc.claims} />
 */
export function HighlightedText({ text, claims }: { text: string; claims: TextClaim[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const segments = segmentText(text.length, claims);

  return (
    <div className="doc-text" id="document-text">
      {segments.map((segment) => {
        const body = text.slice(segment.start, segment.end);
        // data-start/data-end: where each run sits in the document text, for editors' selections (claim-structure.tsx).
        if (segment.kind === "text")
          return (
            <span key={`t${segment.start}`} data-start={segment.start} data-end={segment.end}>
              {body}
            </span>
          );
        const [first] = segment.claims;
        const flag =
          segment.claims.find((c) => c.flag === "conflict")?.flag ?? segment.claims.find((c) => c.flag)?.flag;
        const tip = segment.claims.map(describeClaim).join("\n");
        return (
          <mark
            key={`m${segment.start}`}
            id={`mark-${first.id}`}
            data-start={segment.start}
            data-end={segment.end}
            className={[
              flag ? `flag-${flag}` : "",
              segment.claims.some((c) => c.id === selected) ? "is-selected" : "",
            ].join(" ")}
          >
            <a
              href={`#claim-${first.id}`}
              title={tip}
              onClick={(event) => {
                setSelected(first.id);
                if (!document.getElementById(`claim-${first.id}`)) {
                  event.preventDefault();
                  router.push(`/claims/${first.id}`);
                }
              }}
            >
              {body}
            </a>
            {flag === "conflict" ? (
              <span aria-hidden="true" className="flag-glyph">
                ⚠
              </span>
            ) : null}
          </mark>
        );
      })}
    </div>
  );
}
