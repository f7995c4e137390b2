import Link from "next/link";
import { TriageBadge } from "@/components/claims-table/triage-badge";
import type { ClaimGroupLink } from "@/lib/groups/data";

const WORDS: Record<string, string> = {
  conflict: "⚠ figures disagree",
  developing: "↗ toll rising",
  soft: "≈ different measures",
  none: "✓ agree",
};

/**
 * Links from a claim to the cross-document groups of its figures; the page reads them (lib/groups/data.ts).
 * @example <ClaimGroups groups={await groupsOfClaim(db(), claim.id)} />
 */
export function ClaimGroups({ groups }: { groups: ClaimGroupLink[] }) {
  if (groups.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="claim-groups">
      {groups.map((g) => (
        <li key={g.id}>
          <Link href={`/groups/${g.id}`}>
            {g.size === 1 ? "Only report so far" : `${g.size} reports`} · {WORDS[g.verdict] ?? g.verdict}
          </Link>
          {g.verdict !== "none" ? (
            <>
              {" "}
              <TriageBadge decision={g.decision} reason={g.decisionReason} />
            </>
          ) : null}
          <div className="muted">{g.explanation}</div>
        </li>
      ))}
    </ul>
  );
}
