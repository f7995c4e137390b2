/**
 * Evidence on a claim (issue 5): a URL, another claim or a source, with a stance and a note. Editors and admins
 * add and remove it; both are audited. The writes take the input their schema (below) already parsed: the action's.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { stripControl } from "@/lib/text/control";

export const STANCES = ["supports", "contradicts", "context"] as const;

const httpUrl = z.url({ protocol: /^https?$/, message: "Give an http(s) link." }).max(2000);

/** One piece of evidence for a claim: one link, one other claim or one source, with a stance and a note. */
export const addEvidenceSchema = z
  .object({
    claimId: z.string().min(1),
    url: httpUrl.optional(),
    targetClaimId: z.string().min(1).optional(),
    sourceId: z.string().min(1).optional(),
    stance: z.enum(STANCES),
    note: z.string().overwrite(stripControl).trim().max(5000).default(""),
  })
  .refine((v) => [v.url, v.targetClaimId, v.sourceId].filter(Boolean).length === 1, {
    message: "Evidence is one link, one claim or one source.",
  });
export type AddEvidenceInput = z.output<typeof addEvidenceSchema>;

/** One piece of evidence, by id (removing it). */
export const removeEvidenceSchema = z.object({ evidenceId: z.string() });
export type RemoveEvidenceInput = z.output<typeof removeEvidenceSchema>;

export type EvidenceResult =
  | { ok: true; id: string }
  | { ok: false; code: "unauthenticated" | "forbidden" | "not_found" | "invalid"; message: string };

/**
 * Attaches evidence to a claim.
 *
 * @example
 * await addEvidence(user, addEvidenceSchema.parse({ claimId, url: "https://example.org/report", stance: "contradicts" }));
 */
export async function addEvidence(actor: Actor, input: AddEvidenceInput, database: Db = db()): Promise<EvidenceResult> {
  const { claimId, url, targetClaimId, sourceId, stance, note } = input;
  const [claim, target, source] = await Promise.all([
    database.claim.count({ where: { id: claimId } }),
    targetClaimId ? database.claim.count({ where: { id: targetClaimId } }) : 1,
    sourceId ? database.source.count({ where: { id: sourceId } }) : 1,
  ]);
  if (!claim || !target || !source)
    return { ok: false, code: "not_found", message: "That claim or source does not exist." };
  const id = newId();
  await database.$transaction(async (tx) => {
    await tx.evidence.create({
      data: { id, claimId, url, targetClaimId, sourceId, stance, note, createdById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "evidence",
      entityId: id,
      action: "add",
      after: { claimId, url, targetClaimId, sourceId, stance, note },
    });
  });
  return { ok: true, id };
}

/**
 * Removes evidence (the row goes; the audit log keeps what it was).
 *
 * @example
 * await removeEvidence(user, { evidenceId });
 */
export async function removeEvidence(
  actor: Actor,
  input: RemoveEvidenceInput,
  database: Db = db(),
): Promise<EvidenceResult> {
  const row = await database.evidence.findUnique({ where: { id: input.evidenceId } });
  if (!row) return { ok: false, code: "not_found", message: "This evidence no longer exists." };
  await database.$transaction(async (tx) => {
    // Audit first: the event's entityId must still resolve to the claim while claimAuditHistory looks it up.
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "claim",
      entityId: row.claimId,
      action: "evidence-removed",
      before: {
        url: row.url,
        targetClaimId: row.targetClaimId,
        sourceId: row.sourceId,
        stance: row.stance,
        note: row.note,
      },
    });
    await tx.evidence.delete({ where: { id: row.id } });
  });
  return { ok: true, id: row.id };
}
