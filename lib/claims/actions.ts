"use server";
/**
 * Server actions for claims: the single place where authorization will be added (issue 5). Today every change is
 * made as the local editor.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { ensureLocalUser } from "@/lib/users/local-user";
import { decideFlag, updateClaimStatus } from "./mutations.ts";
import { claimStatusSchema } from "./schema.ts";

const updateStatusInput = z.object({
  claimId: z.string().min(1),
  status: claimStatusSchema,
  version: z.number().int().min(1),
});

export type UpdateClaimStatusActionResult =
  | { ok: true; version: number }
  | { ok: false; code: "conflict" | "not_found" | "invalid"; message: string };

/**
 * Changes a claim's corroboration status with the version the editor saw.
 *
 * @example
 * const result = await updateClaimStatusAction({ claimId, status: "corroborated", version: row.version });
 */
export async function updateClaimStatusAction(input: unknown): Promise<UpdateClaimStatusActionResult> {
  const parsed = updateStatusInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Choose one of the listed statuses." };
  const database = db();
  const actorId = await ensureLocalUser(database);
  const result = await updateClaimStatus(database, { ...parsed.data, actorId });
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  revalidatePath("/claims");
  revalidatePath("/documents", "layout");
  return { ok: true, version: result.version };
}

const decideFlagInput = z.object({
  groupId: z.string().min(1),
  decision: z.enum(["confirmed", "dismissed"]).nullable(),
});

/**
 * Confirms or dismisses a discrepancy flag (null clears the decision).
 *
 * @example
 * await decideFlagAction({ groupId: row.flag.groupId, decision: "dismissed" });
 */
export async function decideFlagAction(
  input: unknown,
): Promise<{ ok: true } | { ok: false; code: "not_found" | "invalid"; message: string }> {
  const parsed = decideFlagInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Choose confirm or dismiss." };
  const database = db();
  const actorId = await ensureLocalUser(database);
  const result = await decideFlag(database, { ...parsed.data, actorId });
  if (result.ok) {
    revalidatePath("/claims");
    revalidatePath("/documents", "layout");
  }
  return result;
}
