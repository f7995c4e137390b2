/**
 * Evidence on a claim (issue 5): a URL, another claim or a source, with a stance and a note. Editors and admins
 * add and remove it; both are audited.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { stripControl } from "@/lib/text/control";

export const STANCES = ["supports", "contradicts", "context"] as const;

const httpUrl = z.url({ protocol: /^https?$/, message: "Give an http(s) link." }).max(2000);

const addInput = z
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

export type EvidenceResult =
  | { ok: true; id: string }
  | { ok: false; code: "unauthenticated" | "forbidden" | "not_found" | "invalid"; message: string };

/**
 * Attaches evidence to a claim.
 *
 * @example
 * await addEvidence(user, { claimId, url: "https://example.org/report", stance: "contradicts", note: "p. 4" });
 */
export async function addEvidence(actor: Actor, input: unknown, database: Db = db()): Promise<EvidenceResult> {
  const parsed = addInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0].message };
  const { claimId, url, targetClaimId, sourceId, stance, note } = parsed.data;
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
export async function removeEvidence(actor: Actor, input: unknown, database: Db = db()): Promise<EvidenceResult> {
  const id = (input as { evidenceId?: unknown } | null)?.evidenceId;
  const row = typeof id === "string" ? await database.evidence.findUnique({ where: { id } }) : null;
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
