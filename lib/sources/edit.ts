/**
 * Editors curate sources (issue 10, item 3): rename, re-kind and set the affiliation of a source, or merge one source
 * into another ("Gazipur police" and "Police, Gazipur" are one speaker). Both are audited and locked optimistically
 * with the version the editor read. The claims carry the source's name and kind (denormalised for the table's sort
 * and search), so both follow. A name an editor renamed or merged away becomes a SourceAlias of the source it now
 * means: ingest and re-extraction look it up, so the next article using the old name lands on the curated source.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db, type Tx } from "@/lib/db/client";
import { scopeOfName } from "@/lib/extract/attribution/source-scope";
import { sourceKindSchema } from "@/lib/extract/schema";
import { stripControl } from "@/lib/text/control";
import { parseSourceAliases, sourceKeyDocument, storedSourceKey } from "./normalize.ts";

/** A source as the editor wants it to be, plus the version read. */
export const sourceEditSchema = z.object({
  name: z
    .string()
    .transform((v) => stripControl(v).trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "Give the source a name.").max(200, "The name is over 200 characters.")),
  kind: sourceKindSchema,
  /** Empty or null: none. */
  affiliation: z
    .string()
    .max(200, "The affiliation is over 200 characters.")
    .nullable()
    .transform((v) => (v ? stripControl(v).trim() || null : null)),
  version: z.number().int().min(1),
});
export type SourceEdit = z.input<typeof sourceEditSchema>;
export type SourceEditInput = z.output<typeof sourceEditSchema>;

/** Merge `id` into `intoId`, with the versions of both as read. */
export const sourceMergeSchema = z.object({
  intoId: z.string().min(1, "Choose the source to merge into."),
  version: z.number().int().min(1),
  intoVersion: z.number().int().min(1),
});
export type SourceMerge = z.input<typeof sourceMergeSchema>;
export type SourceMergeInput = z.output<typeof sourceMergeSchema>;

export type SourceEditResult =
  | { ok: true; id: string; version: number }
  | { ok: false; code: "not_found" | "invalid" | "conflict"; message: string }
  | { ok: false; code: "unauthenticated" | "forbidden"; message: string };

type Failure = Extract<SourceEditResult, { ok: false }>;

const sourceSelect = {
  id: true,
  name: true,
  normalizedName: true,
  kind: true,
  affiliation: true,
  aliases: true,
  claimCount: true,
  version: true,
} as const;

function stale(name: string, version: number): Failure {
  return {
    ok: false,
    code: "conflict",
    message: `Someone else changed “${name}” first (now version ${version}). Reload to see their change, then try again.`,
  };
}

/**
 * Flag explanations name each figure's source as they were built ("15 (Police) vs 12 (Fire service)", "... (Police,
 * 2026-01-13 09:00)"): after a rename or a merge, the groups holding this source's figures say the new name.
 */
async function renameInExplanations(tx: Tx, sourceId: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  await tx.$executeRaw`
    UPDATE "QuantityGroup"
    SET "explanation" = replace(replace("explanation", ${`(${from})`}, ${`(${to})`}), ${`(${from}, `}, ${`(${to}, `})
    WHERE "id" IN (
      SELECT m."groupId" FROM "QuantityGroupMember" m
      JOIN "Quantity" q ON q."id" = m."quantityId"
      JOIN "Claim" c ON c."id" = q."claimId"
      WHERE c."sourceId" = ${sourceId}
    )`;
}

/** Points `normalizedName` at `sourceId` (a former name), unless it is the source's own name again. */
async function keepFormerName(tx: Tx, normalizedName: string, sourceId: string): Promise<void> {
  await tx.sourceAlias.upsert({
    where: { normalizedName },
    create: { normalizedName, sourceId },
    update: { sourceId },
  });
}

/**
 * Renames, re-kinds or re-affiliates a source (editors and admins), with the input sourceEditSchema parsed (the
 * action's, the endpoint's body). A new name that another source already has is refused with a pointer to merging.
 * @example await editSource(user, id, { name: "Gazipur police", kind: "official", affiliation: null, version: 1 })
 */
export async function editSource(
  actor: Actor,
  sourceId: string,
  input: SourceEditInput,
  database: Db = db(),
): Promise<SourceEditResult> {
  const { name, kind, affiliation, version } = input;
  try {
    return await database.$transaction(
      async (tx): Promise<SourceEditResult> => {
        const before = await tx.source.findUnique({ where: { id: sourceId }, select: sourceSelect });
        if (!before) return { ok: false, code: "not_found", message: "This source no longer exists." };
        // A document's description keeps its document while the new name is still a description ("Police" ->
        // "Riot police"); a proper name ("Dhaka Metropolitan Police") is everyone's (ADR 019).
        const scopedTo = sourceKeyDocument(before.normalizedName);
        const normalizedName = storedSourceKey(name, scopeOfName(name) === "document" ? scopedTo : null);
        if (before.version !== version) return stale(before.name, before.version);
        if (before.name === name && before.kind === kind && before.affiliation === affiliation) {
          return { ok: true, id: sourceId, version };
        }
        const renamed = before.normalizedName !== normalizedName;
        if (renamed) {
          const other = await tx.source.findUnique({ where: { normalizedName }, select: { id: true, name: true } });
          if (other && other.id !== sourceId) {
            return {
              ok: false,
              code: "conflict",
              message: `Another source is already called “${other.name}”. Merge this source into it instead.`,
            };
          }
        }
        const aliases = renamed
          ? [...new Set([...parseSourceAliases(before.aliases), before.name])]
          : parseSourceAliases(before.aliases);
        const { count } = await tx.source.updateMany({
          where: { id: sourceId, version },
          data: {
            name,
            normalizedName,
            kind,
            affiliation,
            aliases: JSON.stringify(aliases.filter((a) => a !== name)),
            version: { increment: 1 },
          },
        });
        if (count === 0) return stale(before.name, before.version);
        if (renamed) {
          await keepFormerName(tx, before.normalizedName, sourceId);
          // The new name is this source's own now, not an alias of it (or of another source).
          await tx.sourceAlias.deleteMany({ where: { normalizedName } });
        }
        await tx.claim.updateMany({ where: { sourceId }, data: { sourceName: name, sourceKind: kind } });
        if (before.name !== name) await renameInExplanations(tx, sourceId, before.name, name);
        await recordAudit(tx, {
          actorId: actor.id,
          entityType: "source",
          entityId: sourceId,
          action: "edit",
          before: { name: before.name, kind: before.kind, affiliation: before.affiliation, version: before.version },
          after: { name, kind, affiliation, version: before.version + 1 },
        });
        return { ok: true, id: sourceId, version: before.version + 1 };
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
  } catch (error) {
    // Two editors renaming two sources to one name at the same moment: the unique name decides, the second is told.
    if ((error as { code?: unknown } | null)?.code === "P2002") {
      return { ok: false, code: "conflict", message: `Another source is already called “${name}”. Merge instead.` };
    }
    throw error;
  }
}

/**
 * Merges a source into another (editors and admins): its claims, evidence and comments move, its names become
 * aliases of the other, and it is deleted. Audited on both sources. The input is sourceMergeSchema's output.
 * @example await mergeSource(user, "src-police", { intoId: "src-gazipur-police", version: 1, intoVersion: 3 })
 */
export async function mergeSource(
  actor: Actor,
  sourceId: string,
  input: SourceMergeInput,
  database: Db = db(),
): Promise<SourceEditResult> {
  const { intoId, version, intoVersion } = input;
  if (intoId === sourceId) return { ok: false, code: "invalid", message: "A source cannot be merged into itself." };
  try {
    return await database.$transaction(
      async (tx): Promise<SourceEditResult> => {
        const [from, into] = await Promise.all([
          tx.source.findUnique({ where: { id: sourceId }, select: sourceSelect }),
          tx.source.findUnique({ where: { id: intoId }, select: sourceSelect }),
        ]);
        if (!from) return { ok: false, code: "not_found", message: "This source no longer exists." };
        if (!into) return { ok: false, code: "not_found", message: "The source to merge into no longer exists." };
        if (from.version !== version) return stale(from.name, from.version);
        if (into.version !== intoVersion) return stale(into.name, into.version);
        // Claim both rows at the versions read before moving anything: a concurrent merge or edit of either waits
        // here (PostgreSQL row locks; SQLite runs one writer) and then finds the version gone.
        const fromLocked = await tx.source.updateMany({
          where: { id: sourceId, version },
          data: { version: { increment: 1 } },
        });
        if (fromLocked.count === 0) throw new Refused(await changedSince(tx, sourceId, from.name));
        const aliases = [
          ...new Set([...parseSourceAliases(into.aliases), from.name, ...parseSourceAliases(from.aliases)]),
        ].filter((a) => a !== into.name);
        const intoLocked = await tx.source.updateMany({
          where: { id: intoId, version: intoVersion },
          data: {
            aliases: JSON.stringify(aliases),
            claimCount: { increment: from.claimCount },
            version: { increment: 1 },
          },
        });
        if (intoLocked.count === 0) throw new Refused(await changedSince(tx, intoId, into.name));
        // Before the claims move: the groups to reword are found through this source's claims.
        await renameInExplanations(tx, sourceId, from.name, into.name);
        const moved = await tx.claim.updateMany({
          where: { sourceId },
          data: { sourceId: intoId, sourceName: into.name, sourceKind: into.kind },
        });
        await tx.evidence.updateMany({ where: { sourceId }, data: { sourceId: intoId } });
        await tx.comment.updateMany({ where: { sourceId }, data: { sourceId: intoId } });
        // The merged source's own former names follow it, then its name joins them.
        await tx.sourceAlias.updateMany({ where: { sourceId }, data: { sourceId: intoId } });
        await tx.source.delete({ where: { id: sourceId } });
        await keepFormerName(tx, from.normalizedName, intoId);
        const merged = { id: from.id, name: from.name, kind: from.kind };
        await recordAudit(tx, {
          actorId: actor.id,
          entityType: "source",
          entityId: sourceId,
          action: "merge-away",
          before: { ...merged, claimCount: from.claimCount, version: from.version },
          after: { mergedInto: { id: into.id, name: into.name }, claims: moved.count },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          entityType: "source",
          entityId: intoId,
          action: "merge",
          before: { aliases: parseSourceAliases(into.aliases), claimCount: into.claimCount, version: into.version },
          after: { merged, aliases, claimCount: into.claimCount + from.claimCount, version: into.version + 1 },
        });
        return { ok: true, id: intoId, version: into.version + 1 };
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Rolls a merge back with the answer to give (a bare return would commit the half-done merge). */
class Refused extends Error {
  constructor(readonly result: Failure) {
    super(result.message);
  }
}

async function changedSince(tx: Tx, id: string, name: string): Promise<Failure> {
  const now = await tx.source.findUnique({ where: { id }, select: { name: true, version: true } });
  return now ? stale(now.name, now.version) : { ok: false, code: "not_found", message: `“${name}” no longer exists.` };
}
