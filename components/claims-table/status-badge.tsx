import { statusOptions } from "./status-options";

/**
 * A claim's status, read-only: the inline select's glyph, words and colours (data-status), for places and roles
 * where it is not edited.
 *
 * @example <StatusBadge status="disputed" />
 */
export function StatusBadge({ status }: { status: string }) {
  const option = statusOptions.find((o) => o.value === status);
  return (
    <span className="status-badge" data-status={status}>
      {option ? `${option.glyph} ${option.label}` : status}
    </span>
  );
}
