import Link from "next/link";

/**
 * The search box above a cursor-paged list (a plain GET form: works without JavaScript) and, when the link's cursor
 * no longer fitted the list, the notice that the first page is shown instead.
 *
 * @example
 * <ListSearch path="/sources" label="Name" q={q} stale={stale} />
 */
export function ListSearch({ path, label, q, stale }: { path: string; label: string; q?: string; stale: boolean }) {
  const id = `${path.replace(/\W/g, "")}-q`;
  return (
    <>
      <search>
        <form className="toolbar" method="get" action={path}>
          <label htmlFor={id}>{label}</label>
          <input id={id} type="search" name="q" defaultValue={q ?? ""} maxLength={200} />
          <button type="submit" className="button">
            Search
          </button>
          {q ? (
            <Link href={path} className="button">
              Clear
            </Link>
          ) : null}
        </form>
      </search>
      {stale ? (
        <p role="status" className="alert info">
          That page link no longer fits this list; showing the first page.
        </p>
      ) : null}
    </>
  );
}
