import type { ClaimRow } from "@/lib/claims/schema";
import styles from "./cross-flag.module.css";
import { FlagCell } from "./flag-cell";

type CrossFlag = NonNullable<ClaimRow["crossFlag"]>;

/**
 * The words of a cross-document flag: glyph and text carry the meaning without colour.
 *
 * @example crossFlagText({ verdict: "conflict", documents: 2, ... }) // { glyph: "⇄", text: "2 outlets differ" }
 */
export function crossFlagText(flag: Pick<CrossFlag, "verdict" | "documents">): { glyph: string; text: string } {
  const outlets = `${flag.documents} outlets`;
  switch (flag.verdict) {
    case "conflict":
      return { glyph: "⇄", text: `${outlets} differ` };
    case "soft":
      return { glyph: "⇆", text: `${outlets} vary` };
    case "developing":
      return { glyph: "↗", text: "developing" };
  }
}

/**
 * The cross-document flag of a row: a link to the group (/groups/[id]) where the figures sit side by side and the
 * editor confirms or dismisses it; the explanation is its tooltip and its accessible description.
 *
 * @example <CrossFlagLink claimLabel="24 people were killed" flag={row.crossFlag} />
 */
export function CrossFlagLink({ claimLabel, flag }: { claimLabel: string; flag: CrossFlag }) {
  const { glyph, text } = crossFlagText(flag);
  return (
    <a className={`${styles.chip} ${styles[flag.verdict]}`} href={`/groups/${flag.groupId}`} title={flag.explanation}>
      <span aria-hidden="true">{glyph}</span>
      {text}
      <span className="visually-hidden">
        {" "}
        across documents for “{claimLabel}”: {flag.explanation}
      </span>
    </a>
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
