/**
 * Claim writes (server-only). Status changes use optimistic locking: the caller sends the version it saw, the update
 * only applies where that version is still current, so a concurrent save is reported, never overwritten.
 */

import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { refreshCrossFlags } from "@/lib/groups/cross-flags";
import type { ClaimStatus } from "./schema.ts";

export type UpdateStatusResult =
  | { ok: true; version: number }
  | { ok: false; code: "conflict" | "not_found"; message: string; current?: { status: string; version: number } };

/**
 * Sets a claim's corroboration status and records an AuditEvent (before -> after) in the same transaction.
 *
 * @example
 * await updateClaimStatus(db(), { claimId, status: "disputed", version: 3, actorId })
 * // { ok: true, version: 4 } or { ok: false, code: "conflict", message: "…" }
 */
export async function updateClaimStatus(
  database: Db,
  input: { claimId: string; status: ClaimStatus; version: number; actorId: string | null },
): Promise<UpdateStatusResult> {
  // Read outside the transaction, then start the transaction with the guarded write: SQLite cannot upgrade a read
  // lock to a write lock while another connection writes (SQLITE_BUSY), whereas a transaction that writes first
  // simply waits its turn. The before-status is exact because each version has exactly one status.
  const before = await database.claim.findUnique({
    where: { id: input.claimId },
    select: { status: true, version: true },
  });
  if (!before) return { ok: false, code: "not_found", message: "This claim no longer exists." };
  const conflict = (current: { status: string; version: number }): UpdateStatusResult => ({
    ok: false,
    code: "conflict",
    message: `Someone else changed this claim first (now "${current.status}"). Reload to see their change, then decide again.`,
    current,
  });
  if (before.version !== input.version) return conflict(before);
  const applied = await database.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: input.actorId,
      entityType: "claim",
      entityId: input.claimId,
      action: "status",
      before: { status: before.status, version: input.version },
      after: { status: input.status, version: input.version + 1 },
    });
    return true;
  });
  if (applied) return { ok: true, version: input.version + 1 };
  const current = await database.claim.findUnique({
    where: { id: input.claimId },
    select: { status: true, version: true },
  });
  return current ? conflict(current) : { ok: false, code: "not_found", message: "This claim no longer exists." };
}

/**
 * A claim's change history, newest first.
 *
 * @example
 * const events = await claimHistory(db(), claimId);
 */
export async function claimHistory(database: Db, claimId: string) {
  return database.auditEvent.findMany({
    where: { entityType: "claim", entityId: claimId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { id: true, name: true } } },
  });
}

/**
 * An editor confirms or dismisses a discrepancy flag (or clears the decision with null). The decision lives on the
 * quantity group and survives re-extraction; the change is audited.
 *
 * @example
 * await decideFlag(db(), { groupId, decision: "dismissed", actorId });
 */
export async function decideFlag(
  database: Db,
  input: { groupId: string; decision: "confirmed" | "dismissed" | null; actorId: string | null },
): Promise<{ ok: true } | { ok: false; code: "not_found"; message: string }> {
  return database.$transaction(async (tx) => {
    const before = await tx.quantityGroup.findUnique({ where: { id: input.groupId }, select: { decision: true } });
    if (!before) return { ok: false, code: "not_found", message: "This flag no longer exists; reload the page." };
    await tx.quantityGroup.update({
      where: { id: input.groupId },
      data: {
        decision: input.decision,
        decidedById: input.decision ? input.actorId : null,
        decidedAt: input.decision ? new Date() : null,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      entityType: "quantityGroup",
      entityId: input.groupId,
      action: "decision",
      before: { decision: before.decision },
      after: { decision: input.decision },
    });
    // A dismissed cross-document group stops flagging its claims in the table; confirm or clear restores it.
    await refreshCrossFlags(tx, { groupIds: [input.groupId] });
    return { ok: true };
  });
}
