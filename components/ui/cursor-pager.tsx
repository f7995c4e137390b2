import Link from "next/link";
import { formatCount } from "./format-count.ts";

/**
 * Forward-only page links for a cursor-paged list (server-rendered): how many rows this page shows out of the total,
 * "First page" once past it, "Next page" while there is one. `params` are the list's other URL parameters (filters),
 * carried on both links.
 *
 * @example
 * <CursorPager path="/documents" params={{ q }} shown={rows.length} total={total} noun="document" nextCursor={next} first={!cursor} />
 */
export function CursorPager({
  path,
  params,
  shown,
  total,
  noun,
  nextCursor,
  first,
}: {
  path: string;
  params: Record<string, string | undefined>;
  shown: number;
  total: number;
  noun: string;
  nextCursor: string | null;
  first: boolean;
}) {
  const href = (cursor?: string) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, cursor })) if (value) search.set(key, value);
    const query = search.toString();
    return query ? `${path}?${query}` : path;
  };
  return (
    <nav className="pagination" aria-label="Pagination">
      <span aria-live="polite">
        {shown.toLocaleString("en-US")} of {formatCount(total, noun)}
        {first ? "" : " (a later page)"}
      </span>
      <span className="controls">
        {first ? null : (
          <Link className="button" href={href()}>
            <span aria-hidden="true">«</span> First page
          </Link>
        )}
        {nextCursor ? (
          <Link className="button" href={href(nextCursor)} rel="next">
            Next page <span aria-hidden="true">›</span>
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
