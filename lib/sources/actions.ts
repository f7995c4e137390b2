"use server";
/**
 * Server actions for sources: an editor's rename / re-kind / affiliation and merge. `action()` (lib/auth/action.ts)
 * checks the role and parses the input; lib/sources/edit.ts checks the version and writes the audit rows (the REST
 * endpoints call it too).
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { searchFacet } from "@/lib/claims/facet-data";
import { db } from "@/lib/db/client";
import { editSource, mergeSource, type SourceEditResult, sourceEditSchema, sourceMergeSchema } from "./edit.ts";

function refresh(...ids: string[]): void {
  for (const id of ids) revalidatePath(`/sources/${id}`);
  revalidatePath("/sources");
  revalidatePath("/claims");
  revalidatePath("/documents", "layout");
}

const edit = action({ role: "editor", input: sourceEditSchema }, async (input, user, sourceId: string) => {
  const result = await editSource(user, sourceId, input);
  if (result.ok) refresh(sourceId);
  return result;
});

const merge = action({ role: "editor", input: sourceMergeSchema }, async (input, user, sourceId: string) => {
  const result = await mergeSource(user, sourceId, input);
  if (result.ok) refresh(sourceId, result.id);
  return result;
});

/**
 * @example await editSourceAction(sourceId, { name: "Gazipur police", kind: "official", affiliation: null, version: 1 })
 */
export async function editSourceAction(sourceId: string, input: unknown): Promise<SourceEditResult> {
  return edit(input, sourceId);
}

/**
 * @example await mergeSourceAction(sourceId, { intoId, version: 1, intoVersion: 2 }) // then go to /sources/{intoId}
 */
export async function mergeSourceAction(sourceId: string, input: unknown): Promise<SourceEditResult> {
  return merge(input, sourceId);
}

type MergeTarget = { id: string; name: string; label: string; kind: string; claimCount: number; version: number };

const mergeTargets = action(
  { role: "editor", input: z.string().refine((s) => s.trim() !== ""), fallback: [] as MergeTarget[] },
  async (needle, _user, excludeId: string): Promise<MergeTarget[]> => {
    const found = (await searchFacet("source", needle)).filter((s) => s.id !== excludeId);
    const rows = await db().source.findMany({
      where: { id: { in: found.map((f) => f.id) } },
      select: { id: true, name: true, kind: true, claimCount: true, version: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return found.flatMap((f) => {
      const row = byId.get(f.id);
      return row ? [{ ...row, label: f.label }] : [];
    });
  },
);

/**
 * Candidates to merge into, by name (any signed-in editor): id, name, the label that tells two of one name apart
 * ("Police — in <document>", ADR 019), kind, claim count and the version to send.
 *
 * @example await findMergeTargetsAction("police", sourceId)
 */
export async function findMergeTargetsAction(needle: string, excludeId: string): Promise<MergeTarget[]> {
  return mergeTargets(needle, excludeId);
}
