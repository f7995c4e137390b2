"use client";

import { usePathname } from "next/navigation";

/**
 * The document a claims table is scoped to: on /documents/[id] the page lists one document's claims without a
 * `document` filter in its URL, so whatever the table sends the server (an export link, option counts, a bulk
 * change on "all matching") must add it, or it would act on the whole archive.
 *
 * @example const documentId = useDocumentScope(); // "d1" on /documents/d1, undefined on /claims
 */
export function useDocumentScope(): string | undefined {
  const pathname = usePathname();
  const id = /^\/documents\/([^/]+)$/.exec(pathname ?? "")?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}
