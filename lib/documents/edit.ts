/**
 * Editors correct a document's title, outlet and publication time (issue 11, item 3), with the version they read
 * (optimistic locking: two editors saving at once, the second is told and loses nothing silently). Audited. A new
 * publication time moves the document's figures in time, so it is placed in its event again (unless an editor pinned
 * it there) and regrouped: a report re-dated a month later leaves the fire's toll group; an outlet named for an
 * unattributed figure changes the groups' explanations, so that regroups too.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { rebuildEvent } from "@/lib/events/assign";
import { lockRegroups, regroupInTx } from "@/lib/groups/mutations";
import { stripControl } from "@/lib/text/control";
import { isRealDate } from "./schema.ts";

/** The edit as sent by the form and the API: every field, as the editor wants it to be, plus the version read. */
export const documentEditSchema = z.object({
  title: z.string().trim().min(1, "Give the document a title.").max(300, "The title is over 300 characters."),
  /** Empty or null: no outlet. */
  outlet: z
    .string()
    .trim()
    .max(200, "The outlet is over 200 characters.")
    .nullable()
    .transform((v) => (v ? v : null)),
  /** ISO date or date-time (UTC unless it says otherwise); empty or null: undated. */
  publishedAt: z
    .string()
    .trim()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isRealDate(v), "publishedAt must be a real ISO date such as 2026-01-15T09:30Z."),
  version: z.number().int().min(1),
});
export type DocumentEdit = z.input<typeof documentEditSchema>;
export type DocumentEditInput = z.output<typeof documentEditSchema>;

export type DocumentEditResult =
  | { ok: true; version: number; regrouped: boolean }
  | { ok: false; code: "not_found" | "invalid" | "conflict"; message: string }
  | { ok: false; code: "unauthenticated" | "forbidden"; message: string };

const metaSelect = {
  title: true,
  outlet: true,
  publishedAt: true,
  version: true,
  eventId: true,
  eventPinned: true,
} as const;

/**
 * The actor (an editor or admin: the action's or the route's gate checked) edits a document's metadata, with the
 * input documentEditSchema parsed (the action's, the endpoint's body).
 * @example await editDocumentMeta(user, documentId, { title, outlet, publishedAt, version: 1 })
 */
export async function editDocumentMeta(
  actor: Actor,
  documentId: string,
  input: DocumentEditInput,
  database: Db = db(),
): Promise<DocumentEditResult> {
  return updateDocumentMeta({ documentId, ...input, actorId: actor.id }, database);
}

/**
 * Writes the edit if the document is still at `version`; regroups when the time or the outlet changed.
 * @example await updateDocumentMeta({ documentId, title: "Fire", outlet: null, publishedAt: null, version: 1, actorId })
 */
export async function updateDocumentMeta(
  input: {
    documentId: string;
    title: string;
    outlet: string | null;
    publishedAt: string | null;
    version: number;
    actorId: string | null;
  },
  database: Db = db(),
): Promise<DocumentEditResult> {
  const title = stripControl(input.title);
  const outlet = input.outlet === null ? null : stripControl(input.outlet);
  const publishedAt = input.publishedAt === null ? null : new Date(input.publishedAt);
  const before = await database.document.findUnique({ where: { id: input.documentId }, select: metaSelect });
  if (!before) return { ok: false, code: "not_found", message: "This document no longer exists." };
  const conflict = (current: { title: string; version: number }): DocumentEditResult => ({
    ok: false,
    code: "conflict",
    message: `Someone else edited this document first (now “${current.title}”, version ${current.version}). Reload to see their change, then edit again.`,
  });
  if (before.version !== input.version) return conflict(before);
  const timeChanged = (before.publishedAt?.getTime() ?? null) !== (publishedAt?.getTime() ?? null);
  const outletChanged = before.outlet !== outlet;
  const titleChanged = before.title !== title;
  if (!timeChanged && !outletChanged && !titleChanged) return { ok: true, version: before.version, regrouped: false };
  const regroup = timeChanged || outletChanged;
  const applied = await database.$transaction(
    async (tx) => {
      if (regroup) await lockRegroups(tx, database);
      const { count } = await tx.document.updateMany({
        where: { id: input.documentId, version: input.version },
        data: {
          title,
          outlet,
          publishedAt,
          version: { increment: 1 },
          // The editor's time stands: the dateline is not read again, even when they cleared the date.
          ...(timeChanged ? { datedFrom: "editor" } : {}),
          // A new time may belong to another event: placed again, unless an editor put it where it is.
          ...(timeChanged && !before.eventPinned ? { eventId: null } : {}),
        },
      });
      if (count === 0) return false;
      // The event's span and profile follow its documents (and it goes when its last document left).
      if (before.eventId !== null && (timeChanged || titleChanged)) await rebuildEvent(tx, before.eventId);
      if (regroup) await regroupInTx(tx, input.documentId);
      await recordAudit(tx, {
        actorId: input.actorId,
        entityType: "document",
        entityId: input.documentId,
        action: "edit-details",
        before: {
          title: before.title,
          outlet: before.outlet,
          publishedAt: before.publishedAt,
          version: before.version,
        },
        after: { title, outlet, publishedAt, version: before.version + 1 },
      });
      return true;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (applied) return { ok: true, version: before.version + 1, regrouped: regroup };
  const current = await database.document.findUnique({ where: { id: input.documentId }, select: metaSelect });
  return current ? conflict(current) : { ok: false, code: "not_found", message: "This document no longer exists." };
}
