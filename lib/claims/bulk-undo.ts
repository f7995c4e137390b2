/**
 * Undo of a bulk status change or bulk assignment (issue 13 item 3, docs/decisions/016-bulk-changes.md): reads the
 * bulk record lib/claims/bulk.ts wrote and restores each claim nobody changed since (its version is still the
 * bulk's; for an assignment, its assignee is still the one the bulk set); the others are kept and reported.
 */
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db, type Tx } from "@/lib/db/client";
import { type BulkAction, type BulkEntry, bulkField, lockAndRead, setField } from "./bulk.ts";

export type UndoResult =
  | { ok: true; bulkId: string; restored: number; kept: number; keptIds: string[] }
  | { ok: false; code: "not_found" | "conflict"; message: string };

/**
 * Undoes a bulk status change or a bulk assignment: each claim nobody changed since (its version is still the one
 * the bulk left; for an assignment, its assignee is still the bulk's) goes back to its status (or assignee) before,
 * audited; claims changed since are kept and counted. A bulk change is undone once.
 *
 * @example
 * await undoBulkChange(user, bulkId) // { ok: true, restored: 28, kept: 2, keptIds: [...] }
 */
export async function undoBulkChange(actor: Actor, bulkId: string, database: Db = db()): Promise<UndoResult> {
  const actorId = actor.id;
  const record = await database.auditEvent.findFirst({
    where: { entityType: "bulkChange", entityId: bulkId, action: { in: Object.keys(bulkField) } },
    select: { action: true, before: true, after: true },
  });
  if (!record?.before) return { ok: false, code: "not_found", message: "No bulk change with this id." };
  const field = bulkField[record.action as BulkAction];
  const entries = (JSON.parse(record.before) as { claims: BulkEntry[] }).claims;
  const bulkValue = (JSON.parse(record.after ?? "{}") as Record<string, string | null | undefined>)[field] ?? null;
  return database.$transaction(
    async (tx) => {
      const current = await lockAndRead(
        tx,
        entries.map(([id]) => id),
      );
      // Checked after the claims' locks: a second undo waits for the first and then finds its record.
      const undone = await tx.auditEvent.findFirst({
        where: { entityType: "bulkChange", entityId: bulkId, action: "bulk-undo" },
        select: { id: true },
      });
      if (undone) return { ok: false, code: "conflict", message: "This bulk change was already undone." };
      const untouched = ([id, , version]: BulkEntry) =>
        field === "status" ? current.get(id)?.version === version : current.get(id)?.assigneeId === bulkValue;
      const restore = entries.filter(untouched);
      const kept = entries.filter((e) => !untouched(e)).map(([id]) => id);
      const byValue = new Map<string | null, string[]>();
      for (const [id, before] of restore) byValue.set(before, [...(byValue.get(before) ?? []), id]);
      for (const [value, ids] of byValue) await setField(tx, field, ids, value);
      // The history shows people by name: the assignees the undo puts back, and the one it takes away.
      const names = field === "assigneeId" ? await userNames(tx, [bulkValue, ...byValue.keys()]) : new Map();
      await recordAudits(
        tx,
        restore.map(([id, before, version]) => ({
          actorId,
          entityType: "claim" as const,
          entityId: id,
          action: field === "status" ? "status" : "assign",
          ...(field === "status"
            ? {
                before: { status: bulkValue, version },
                after: { status: before, version: version + 1, undoOf: bulkId },
              }
            : {
                before: { assignee: names.get(bulkValue) ?? null, assigneeId: bulkValue },
                after: { assignee: names.get(before) ?? null, assigneeId: before, undoOf: bulkId },
              }),
        })),
      );
      await recordAudit(tx, {
        actorId,
        entityType: "bulkChange",
        entityId: bulkId,
        action: "bulk-undo",
        after: { restored: restore.length, kept },
      });
      return { ok: true as const, bulkId, restored: restore.length, kept: kept.length, keptIds: kept };
    },
    { timeout: 60_000 },
  );
}

async function userNames(tx: Tx, ids: Array<string | null>): Promise<Map<string | null, string>> {
  const wanted = ids.filter((id): id is string => id !== null);
  const users = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
