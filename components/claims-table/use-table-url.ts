"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { type ClaimsQuery, toSearchParams } from "@/lib/claims/query-schema";

/**
 * The table's only way to change its state: write the URL and let the server page re-render with the new rows.
 * A link therefore always reproduces the view. Any change other than paging returns to page 1.
 *
 * @example const { navigate } = useTableUrl(query); navigate({ sort: "value", dir: "desc" });
 */
export function useTableUrl(query: ClaimsQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const navigate = useCallback(
    (patch: Partial<ClaimsQuery>) => {
      const next: ClaimsQuery = { ...query, ...patch };
      if (!("page" in patch)) next.page = 1;
      const search = toSearchParams(next).toString();
      startTransition(() => {
        router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
      });
    },
    [query, pathname, router],
  );

  return { navigate, pending };
}
