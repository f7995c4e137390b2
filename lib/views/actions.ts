"use server";
/**
 * Server actions for the claims table's saved views (lib/views/saved-views.ts): any signed-in user, own views only.
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { deleteView, type SaveViewResult, saveView } from "./saved-views.ts";

/**
 * Saves the table's current state under a name.
 *
 * @example
 * await saveViewAction({ name: "Disputed tolls", query: "status=disputed&q=killed" })
 */
export async function saveViewAction(input: unknown): Promise<SaveViewResult> {
  const result = await saveView(await requireRole("researcher"), input);
  if (result.ok) revalidatePath("/claims");
  return result;
}

/**
 * Deletes one of the user's saved views.
 *
 * @example
 * await deleteViewAction(view.id)
 */
export async function deleteViewAction(id: unknown) {
  const result = await deleteView(await requireRole("researcher"), id);
  if (result.ok) revalidatePath("/claims");
  return result;
}
