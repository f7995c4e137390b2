"use server";
/**
 * Server actions for sources: an editor's rename / re-kind / affiliation and merge (lib/sources/edit.ts checks the
 * role, the version and writes the audit rows; the REST endpoints call the same functions).
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { searchFacet } from "@/lib/claims/facet-data";
import { db } from "@/lib/db/client";
import { editSource, mergeSource, type SourceEditResult } from "./edit.ts";

function refresh(...ids: string[]): void {
  for (const id of ids) revalidatePath(`/sources/${id}`);
  revalidatePath("/sources");
  revalidatePath("/claims");
  revalidatePath("/documents", "layout");
}

/**
 * @example await editSourceAction(sourceId, { name: "Gazipur police", kind: "official", affiliation: null, version: 1 })
 */
export async function editSourceAction(sourceId: string, input: unknown): Promise<SourceEditResult> {
  const result = await editSource(await requireRole("editor"), sourceId, input);
  if (result.ok) refresh(sourceId);
  return result;
}

/**
 * @example await mergeSourceAction(sourceId, { intoId, version: 1, intoVersion: 2 }) // then go to /sources/{intoId}
 */
export async function mergeSourceAction(sourceId: string, input: unknown): Promise<SourceEditResult> {
  const result = await mergeSource(await requireRole("editor"), sourceId, input);
  if (result.ok) refresh(sourceId, result.id);
  return result;
}

/**
 * Candidates to merge into, by name (any signed-in editor): id, name, the label that tells two of one name apart
 * ("Police — in <document>", ADR 019), kind, claim count and the version to send.
 *
 * @example await findMergeTargetsAction("police", sourceId)
 */
export async function findMergeTargetsAction(
  needle: string,
  excludeId: string,
): Promise<Array<{ id: string; name: string; label: string; kind: string; claimCount: number; version: number }>> {
  const gate = await requireRole("editor");
  if (!gate.ok || typeof needle !== "string" || needle.trim() === "") return [];
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
}
