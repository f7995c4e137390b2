/**
 * Editor decisions on cross-document groups (server-only): merge two groups, move a figure out of a group. Both
 * need a reason, are audited (AuditEvent, entityType "quantityGroup"), and make the groups manual ("m|" keys) so
 * automatic re-grouping never undoes them. Confirm/dismiss reuses decideFlag (lib/claims/mutations.ts).
 */
import { recordAudit } from "@/lib/audit/record";
import { judgeAcross } from "@/lib/compare/timeline.ts";
import { type Db, db, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { refreshCrossFlags } from "./cross-flags.ts";
import { loadItems } from "./items.ts";
import { MANUAL_PREFIX } from "./mutations.ts";

export type DecisionResult =
  | { ok: true; groupId: string }
  | { ok: false; code: "not_found" | "invalid"; message: string };

/**
 * Moves every figure of `fromId` into `intoId` and deletes `fromId`.
 * @example await mergeGroups({ intoId, fromId, reason: "same quake, other wording", actorId })
 */
export async function mergeGroups(
  input: { intoId: string; fromId: string; reason: string; actorId: string | null },
  database: Db = db(),
): Promise<DecisionResult> {
  if (input.intoId === input.fromId) return { ok: false, code: "invalid", message: "Choose another group to merge." };
  if (input.reason.trim() === "") return { ok: false, code: "invalid", message: "Give a reason." };
  return database.$transaction(async (tx) => {
    const groups = await tx.quantityGroup.findMany({
      where: { id: { in: [input.intoId, input.fromId] }, documentId: null },
      select: { id: true, key: true, members: { select: { quantityId: true } } },
    });
    const into = groups.find((g) => g.id === input.intoId);
    const from = groups.find((g) => g.id === input.fromId);
    if (!into || !from) return { ok: false, code: "not_found", message: "One of these groups no longer exists." };
    const moved = from.members.map((m) => m.quantityId);
    await tx.quantityGroupMember.deleteMany({ where: { groupId: from.id } });
    await tx.quantityGroupMember.createMany({ data: moved.map((quantityId) => ({ groupId: into.id, quantityId })) });
    await tx.quantityGroup.delete({ where: { id: from.id } });
    await rejudge(tx, into.id, manualKey(into.key));
    await refreshCrossFlags(tx, { groupIds: [into.id, from.id] });
    await audit(tx, input.actorId, into.id, "merge", { from: from.id, quantities: moved, reason: input.reason });
    return { ok: true, groupId: into.id };
  });
}

/**
 * Takes one figure out of a group into a group of its own.
 * @example await moveOutOfGroup({ groupId, quantityId, reason: "a clinic's count, not the national toll", actorId })
 */
export async function moveOutOfGroup(
  input: { groupId: string; quantityId: string; reason: string; actorId: string | null },
  database: Db = db(),
): Promise<DecisionResult> {
  if (input.reason.trim() === "") return { ok: false, code: "invalid", message: "Give a reason." };
  return database.$transaction(async (tx) => {
    const group = await tx.quantityGroup.findFirst({
      where: { id: input.groupId, documentId: null, members: { some: { quantityId: input.quantityId } } },
      select: { id: true, key: true, concept: true, unit: true },
    });
    if (!group) return { ok: false, code: "not_found", message: "This figure is no longer in this group." };
    await tx.quantityGroupMember.delete({
      where: { groupId_quantityId: { groupId: group.id, quantityId: input.quantityId } },
    });
    const alone = newId();
    const key = manualKey(group.key);
    await tx.quantityGroup.create({
      data: { id: alone, documentId: null, key, concept: group.concept, unit: group.unit, explanation: "one report" },
    });
    await tx.quantityGroupMember.create({ data: { groupId: alone, quantityId: input.quantityId } });
    await rejudge(tx, group.id, key);
    await refreshCrossFlags(tx, { groupIds: [group.id, alone] });
    await audit(tx, input.actorId, group.id, "move", { quantity: input.quantityId, to: alone, reason: input.reason });
    return { ok: true, groupId: alone };
  });
}

function manualKey(key: string): string {
  return key.startsWith(MANUAL_PREFIX) ? key : `${MANUAL_PREFIX}${key}`;
}

/** Recomputes a group's verdict after its members changed. */
async function rejudge(tx: Tx, groupId: string, key: string): Promise<void> {
  const members = await tx.quantityGroupMember.findMany({ where: { groupId }, select: { quantityId: true } });
  const items = await loadItems(tx, { id: { in: members.map((m) => m.quantityId) } });
  items.sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
  const judged = items.length > 1 ? judgeAcross(items) : { verdict: null, explanation: "one report" };
  await tx.quantityGroup.update({
    where: { id: groupId },
    data: { key, verdict: judged.verdict ?? "none", explanation: judged.explanation },
  });
}

async function audit(tx: Tx, actorId: string | null, groupId: string, action: string, after: unknown): Promise<void> {
  await recordAudit(tx, { actorId, entityType: "quantityGroup", entityId: groupId, action, after });
}
