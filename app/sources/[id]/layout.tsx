import type { ReactNode } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";
import { toThreadItems } from "@/components/comments/to-items";
import { requirePageUser } from "@/lib/auth/require";
import { sourceThreads } from "@/lib/comments/data";

/** The source page with its comment threads (issue 5) below it. */
export default async function SourceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requirePageUser();
  const { id } = await params;
  const threads = await sourceThreads(id);
  if (!threads) return children;
  return (
    <>
      {children}
      <CommentThreads target={{ sourceId: id }} threads={toThreadItems(threads)} path={`/sources/${id}`} />
    </>
  );
}
