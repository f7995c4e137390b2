/**
 * Bulk comments on the claims table (issue 13 item 3): the same note ("Check against the ministry's list") starts a
 * thread on each selected claim, or on every claim matching the table's filters, in one transaction; each comment is
 * audited like one added on the claim page, and one "bulkChange"/"bulk-comment" row records the comments made, which
 * undo deletes (soft, like a comment's own Delete) — except the ones edited or answered since, which are kept.
 * Reviewers and above, as for any comment.
 */

import type { z } from "zod";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { bulkTargetIds } from "@/lib/claims/bulk";
import { bulkInputSchema } from "@/lib/claims/query-schema";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { commentBody } from "./mutations.ts";

/** Comments per statement. */
const CHUNK = 500;

/** The text and the claims (ids or the table's filter): the action's input. */
export const bulkCommentSchema = bulkInputSchema({ body: commentBody });
export type BulkCommentInput = z.output<typeof bulkCommentSchema>;

export type BulkCommentResult =
  | { ok: true; bulkId: string; commented: number }
  | { ok: false; code: "invalid" | "not_found" | "conflict" | "unauthenticated" | "forbidden"; message: string };

export type UndoCommentResult =
  | { ok: true; bulkId: string; removed: number; kept: number }
  | { ok: false; code: "not_found" | "conflict" | "unauthenticated" | "forbidden"; message: string };

/**
 * Starts a thread with the same text on many claims at once.
 *
 * @example
 * await bulkComment(user, { body: "Check the ministry's list", ids })
 */
export async function bulkComment(
  actor: Actor,
  input: BulkCommentInput,
  database: Db = db(),
): Promise<BulkCommentResult> {
  const actorId = actor.id;
  const { body } = input;
  const targets = await bulkTargetIds(input, database, actorId);
  if (!targets.ok) return targets;
  const wanted = targets.ids;
  const bulkId = newId();
  return database.$transaction(
    async (tx) => {
      const existing: string[] = [];
      for (let i = 0; i < wanted.length; i += CHUNK) {
        const part = wanted.slice(i, i + CHUNK);
        const rows = await tx.claim.findMany({ where: { id: { in: part } }, select: { id: true } });
        existing.push(...rows.map((r) => r.id));
      }
      if (existing.length === 0)
        return { ok: false, code: "not_found", message: "No claims match; nothing was posted." };
      const comments = existing.map((claimId) => ({ id: newId(), claimId, authorId: actorId, body }));
      for (let i = 0; i < comments.length; i += CHUNK)
        await tx.comment.createMany({ data: comments.slice(i, i + CHUNK) });
      await recordAudits(
        tx,
        comments.map((c) => ({
          actorId,
          entityType: "comment" as const,
          entityId: c.id,
          action: "comment",
          after: { body, claimId: c.claimId, bulkId },
        })),
      );
      await recordAudit(tx, {
        actorId,
        entityType: "bulkChange",
        entityId: bulkId,
        action: "bulk-comment",
        before: { comments: comments.map((c) => c.id) },
        after: { commented: comments.length },
      });
      return { ok: true as const, bulkId, commented: comments.length };
    },
    { timeout: 60_000 },
  );
}

/**
 * Undoes a bulk comment: deletes (soft) its comments that nobody edited, answered or deleted since. Only the author
 * (or an admin) undoes it, once.
 *
 * @example
 * await undoBulkComment(user, bulkId) // { ok: true, removed: 29, kept: 1 }
 */
export async function undoBulkComment(actor: Actor, bulkId: string, database: Db = db()): Promise<UndoCommentResult> {
  const record = await database.auditEvent.findFirst({
    where: { entityType: "bulkChange", entityId: bulkId, action: "bulk-comment" },
    select: { actorId: true, before: true },
  });
  if (!record?.before) return { ok: false, code: "not_found", message: "No bulk comment with this id." };
  if (record.actorId !== actor.id && !hasRole(actor.role, "admin")) {
    return { ok: false, code: "forbidden", message: "You can only undo your own comments." };
  }
  const ids = (JSON.parse(record.before) as { comments: string[] }).comments;
  const actorId = actor.id;
  return database.$transaction(
    async (tx) => {
      // Lock first (a no-op write), then check: a second undo waits for the first and then finds its record.
      await tx.$executeRaw`UPDATE "Comment" SET "body" = "body" WHERE "id" = ${ids[0] ?? ""}`;
      const undone = await tx.auditEvent.findFirst({
        where: { entityType: "bulkChange", entityId: bulkId, action: "bulk-undo" },
        select: { id: true },
      });
      if (undone) return { ok: false, code: "conflict", message: "This bulk comment was already undone." };
      const removable: Array<{ id: string; body: string }> = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        removable.push(
          ...(await tx.comment.findMany({
            where: { id: { in: part }, deletedAt: null, editedAt: null, replies: { none: {} } },
            select: { id: true, body: true },
          })),
        );
      }
      const now = new Date();
      for (let i = 0; i < removable.length; i += CHUNK) {
        const part = removable.slice(i, i + CHUNK).map((c) => c.id);
        await tx.comment.updateMany({ where: { id: { in: part } }, data: { deletedAt: now } });
      }
      await recordAudits(
        tx,
        removable.map((c) => ({
          actorId,
          entityType: "comment" as const,
          entityId: c.id,
          action: "delete",
          before: { body: c.body },
          after: { deleted: true, undoOf: bulkId },
        })),
      );
      const kept = ids.length - removable.length;
      await recordAudit(tx, {
        actorId,
        entityType: "bulkChange",
        entityId: bulkId,
        action: "bulk-undo",
        after: { removed: removable.length, kept },
      });
      return { ok: true as const, bulkId, removed: removable.length, kept };
    },
    { timeout: 60_000 },
  );
}
