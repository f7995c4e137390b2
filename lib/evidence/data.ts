/**
 * Evidence reads (server-only).
 */
import "server-only";
import { type Db, db } from "@/lib/db/client";

/**
 * A claim's evidence, oldest first, with what it points at.
 *
 * @example
 * const items = await listEvidence(claimId);
 */
export async function listEvidence(claimId: string, database: Db = db()) {
  return database.evidence.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      source: { select: { id: true, name: true } },
      targetClaim: { select: { id: true, label: true } },
      createdBy: { select: { name: true } },
    },
  });
}
