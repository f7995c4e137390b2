import type { ReactNode } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";
import { toThreadItems } from "@/components/comments/to-items";
import { requirePageUser } from "@/lib/auth/require";
import { listThreads } from "@/lib/comments/data";
import { db } from "@/lib/db/client";

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
  const database = db();
  if (!(await database.source.count({ where: { id } }))) return children;
  const threads = await listThreads(database, { sourceId: id });
  return (
    <>
      {children}
      <CommentThreads target={{ sourceId: id }} threads={toThreadItems(threads)} path={`/sources/${id}`} />
    </>
  );
}
