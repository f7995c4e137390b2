/**
 * Claim writes (server-only). Status changes use optimistic locking: the caller sends the version it saw, the update
 * only applies where that version is still current, so a concurrent save is reported, never overwritten.
 */

import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db, type Tx } from "@/lib/db/client";
import { refreshCrossFlags } from "@/lib/groups/cross-flags";
import type { ClaimStatus } from "./schema.ts";

export type ChangeStatusResult =
  | { ok: true; version: number }
  | { ok: false; code: "conflict" | "not_found"; message: string };

/**
 * The actor changes a claim's status with the version they saw: `updateClaimStatus` for the server action and
 * PUT /api/claims/{id}/status (the role was checked by their gate).
 *
 * @example
 * await changeClaimStatus(user, { claimId, status: "disputed", version: 2 }) // { ok: true, version: 3 }
 */
export async function changeClaimStatus(
  actor: Actor,
  input: { claimId: string; status: ClaimStatus; version: number },
  database: Db = db(),
): Promise<ChangeStatusResult> {
  const result = await updateClaimStatus({ ...input, actorId: actor.id }, database);
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  return { ok: true, version: result.version };
}

export type UpdateStatusResult =
  | { ok: true; version: number }
  | { ok: false; code: "conflict" | "not_found"; message: string; current?: { status: string; version: number } };

/**
 * Sets a claim's corroboration status and records an AuditEvent (before -> after) in the same transaction.
 *
 * @example
 * await updateClaimStatus({ claimId, status: "disputed", version: 3, actorId })
 * // { ok: true, version: 4 } or { ok: false, code: "conflict", message: "…" }
 */
export async function updateClaimStatus(
  input: { claimId: string; status: ClaimStatus; version: number; actorId: string | null },
  database: Db = db(),
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

/** An editor's triage of a discrepancy flag: confirmed, dismissed (with a reason), or null for unreviewed. */
export type FlagDecision = "confirmed" | "dismissed" | null;

/**
 * An editor confirms or dismisses a discrepancy flag (or clears the decision with null). One flag, one triage state
 * (issue 11 item 4): the decision is written to the group and to its twins — the other groups holding exactly the
 * same figures (an article's own "800 vs 850" is both an in-document group and a cross-document group of that one
 * article) — so the table, the claim page, the group page and the exports all show the same state. It survives
 * re-extraction; every group's change is audited.
 *
 * @example
 * await decideFlag({ groupId, decision: "dismissed", reason: "two counts of different things", actorId });
 */
export async function decideFlag(
  input: { groupId: string; decision: FlagDecision; reason?: string | null; actorId: string | null },
  database: Db = db(),
): Promise<{ ok: true } | { ok: false; code: "not_found"; message: string }> {
  const reason = input.decision === "dismissed" ? input.reason?.trim() || null : null;
  return database.$transaction(async (tx) => {
    const group = await tx.quantityGroup.findUnique({
      where: { id: input.groupId },
      select: { id: true, decision: true, decisionReason: true, members: { select: { quantityId: true } } },
    });
    if (!group) return { ok: false, code: "not_found", message: "This flag no longer exists; reload the page." };
    const twins = await twinGroups(
      tx,
      group.id,
      group.members.map((m) => m.quantityId),
    );
    const decidedAt = input.decision ? new Date() : null;
    for (const g of [group, ...twins]) {
      await tx.quantityGroup.update({
        where: { id: g.id },
        data: {
          decision: input.decision,
          decisionReason: reason,
          decidedById: input.decision ? input.actorId : null,
          decidedAt,
        },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        entityType: "quantityGroup",
        entityId: g.id,
        action: "decision",
        before: { decision: g.decision, ...(g.decisionReason ? { reason: g.decisionReason } : {}) },
        after: {
          decision: input.decision,
          ...(reason ? { reason } : {}),
          ...(g.id === group.id ? {} : { sameFiguresAs: group.id }),
        },
      });
    }
    // A dismissed cross-document group stops flagging its claims in the table; confirm or clear restores it.
    await refreshCrossFlags(tx, { groupIds: [group.id, ...twins.map((t) => t.id)] });
    return { ok: true };
  });
}

/**
 * Re-grouping (a re-extraction, a corrected figure) can give the cross-document twin of a decided in-document group a
 * fresh row without the decision. This copies each decided in-document group's decision to its undecided twins, so
 * the group page keeps saying what the table says. Audited as the system's; returns how many groups it updated.
 *
 * @example
 * await syncTwinDecisions(db(), documentId) // 1
 */
export async function syncTwinDecisions(tx: Tx | Db, documentId: string): Promise<number> {
  const decided = await tx.quantityGroup.findMany({
    where: { documentId, decision: { not: null } },
    select: {
      id: true,
      decision: true,
      decisionReason: true,
      decidedById: true,
      decidedAt: true,
      members: { select: { quantityId: true } },
    },
  });
  const updated: string[] = [];
  for (const g of decided) {
    for (const twin of await twinGroups(
      tx,
      g.id,
      g.members.map((m) => m.quantityId),
    )) {
      if (twin.decision !== null) continue;
      await tx.quantityGroup.update({
        where: { id: twin.id },
        data: {
          decision: g.decision,
          decisionReason: g.decisionReason,
          decidedById: g.decidedById,
          decidedAt: g.decidedAt,
        },
      });
      await recordAudit(tx, {
        actorId: null,
        entityType: "quantityGroup",
        entityId: twin.id,
        action: "decision",
        before: { decision: null },
        after: { decision: g.decision, ...(g.decisionReason ? { reason: g.decisionReason } : {}), sameFiguresAs: g.id },
      });
      updated.push(twin.id);
    }
  }
  if (updated.length > 0) await refreshCrossFlags(tx, { groupIds: updated });
  return updated.length;
}

/** The other groups whose members are exactly `quantityIds`. */
async function twinGroups(tx: Tx | Db, groupId: string, quantityIds: string[]) {
  if (quantityIds.length < 2) return [];
  const candidates = await tx.quantityGroup.findMany({
    where: { id: { not: groupId }, members: { some: { quantityId: quantityIds[0] } } },
    select: { id: true, decision: true, decisionReason: true, members: { select: { quantityId: true } } },
  });
  const wanted = new Set(quantityIds);
  return candidates.filter((g) => g.members.length === wanted.size && g.members.every((m) => wanted.has(m.quantityId)));
}
