/**
 * What the claim page shows under the claim (server-only read): its evidence, comment threads, history, and the
 * sources an editor may cite as evidence.
 */
import { claimAuditHistory } from "@/lib/audit/record";
import { listThreads } from "@/lib/comments/data";
import { type Db, db } from "@/lib/db/client";
import { listEvidence } from "@/lib/evidence/data";

/**
 * The claim's editorial sections, or null when there is no such claim.
 *
 * @example
 * const editorial = await claimEditorial(id); if (!editorial) return children;
 */
export async function claimEditorial(claimId: string, database: Db = db()) {
  if (!(await database.claim.count({ where: { id: claimId } }))) return null;
  const [evidence, threads, history, sources] = await Promise.all([
    listEvidence(claimId, database),
    listThreads({ claimId }, database),
    claimAuditHistory(claimId, database),
    database.source.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 }),
  ]);
  return { evidence, threads, history, sources };
}
