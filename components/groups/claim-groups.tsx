import Link from "next/link";
import { db } from "@/lib/db/client";
import { groupsOfClaim } from "@/lib/groups/data";

const WORDS: Record<string, string> = {
  conflict: "⚠ conflict",
  developing: "↗ developing",
  soft: "≈ soft",
  none: "✓ agree",
};

/**
 * Links from a claim to the cross-document groups of its figures (server component).
 * @example <ClaimGroups claimId={claim.id} />
 */
export async function ClaimGroups({ claimId }: { claimId: string }) {
  const groups = await groupsOfClaim(db(), claimId);
  if (groups.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="claim-groups">
      {groups.map((g) => (
        <li key={g.id}>
          <Link href={`/groups/${g.id}`}>
            {g.size === 1 ? "Only report so far" : `${g.size} reports`} · {WORDS[g.verdict] ?? g.verdict}
          </Link>
          {g.decision ? <span className="muted"> (flag {g.decision})</span> : null}
          <div className="muted">{g.explanation}</div>
        </li>
      ))}
    </ul>
  );
}
