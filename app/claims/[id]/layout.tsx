import type { ReactNode } from "react";
import { HistoryList } from "@/components/audit/history-list";
import { CommentThreads } from "@/components/comments/comment-threads";
import { toThreadItems } from "@/components/comments/to-items";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { requirePageUser } from "@/lib/auth/require";
import { claimEditorial } from "@/lib/claims/editorial";

/**
 * The claim page's editorial sections (issue 5) under the page itself: evidence, comment threads and the history.
 * A layout so the claim page stays as it is.
 */
export default async function ClaimLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requirePageUser();
  const { id } = await params;
  const editorial = await claimEditorial(id);
  if (!editorial) return children;
  const { evidence, threads, history, sources } = editorial;
  return (
    <>
      {children}
      <div className="grid-2">
        <EvidencePanel
          claimId={id}
          sources={sources}
          items={evidence.map((e) => ({
            id: e.id,
            stance: e.stance,
            note: e.note,
            url: e.url,
            source: e.source,
            targetClaim: e.targetClaim,
            author: e.createdBy?.name ?? null,
          }))}
        />
        <CommentThreads target={{ claimId: id }} threads={toThreadItems(threads)} path={`/claims/${id}`} />
      </div>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" style={{ marginTop: 0 }}>
          History
        </h2>
        <HistoryList rows={history} caption="Changes to this claim" />
      </section>
    </>
  );
}
