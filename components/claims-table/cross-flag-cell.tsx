import type { ClaimRow } from "@/lib/claims/schema";
import styles from "./cross-flag.module.css";
import { FlagCell } from "./flag-cell";
import { TriageBadge } from "./triage-badge";

type CrossFlag = NonNullable<ClaimRow["crossFlag"]>;

const GLYPH = { conflict: "⇄", soft: "⇆", developing: "↗" } as const;

/**
 * The cross-document flag of a row: a link naming it in words ("Outlets disagree: 14 vs 23", "Toll rising: 12 → 17")
 * to the group (/groups/[id]) where the figures sit side by side and the editor triages it, with its triage state;
 * the explanation is its tooltip and its accessible description.
 *
 * @example <CrossFlagLink claimLabel="24 people were killed" flag={row.crossFlag} />
 */
export function CrossFlagLink({ claimLabel, flag }: { claimLabel: string; flag: CrossFlag }) {
  return (
    <div className="flag-with-triage">
      <a className={`${styles.chip} ${styles[flag.verdict]}`} href={`/groups/${flag.groupId}`} title={flag.explanation}>
        <span aria-hidden="true">{GLYPH[flag.verdict]}</span>
        {flag.summary}
        <span className="visually-hidden">
          {" "}
          across {flag.documents} documents for “{claimLabel}”: {flag.explanation}
        </span>
      </a>
      <TriageBadge decision={flag.decision} reason={flag.reason} />
    </div>
  );
}

/**
 * The flag column: the in-document flag (popover) above the cross-document flag (link), a dash when neither.
 *
 * @example <FlagCells row={row.original} />
 */
export function FlagCells({ row }: { row: ClaimRow }) {
  if (!row.crossFlag) return <FlagCell claimLabel={row.label} flag={row.flag} />;
  return (
    <div className={styles.cell}>
      {row.flag ? <FlagCell claimLabel={row.label} flag={row.flag} /> : null}
      <CrossFlagLink claimLabel={row.label} flag={row.crossFlag} />
    </div>
  );
}
