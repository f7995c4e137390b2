"use server";
/**
 * Server actions for the claims table's saved views (lib/views/saved-views.ts): any signed-in user, own views only.
 * `action()` (lib/auth/action.ts) checks the role and parses the input.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { deleteView, saveView, saveViewSchema } from "./saved-views.ts";

/**
 * Saves the table's current state under a name.
 *
 * @example
 * await saveViewAction({ name: "Disputed tolls", query: "status=disputed&q=killed" })
 */
export const saveViewAction = action({ role: "researcher", input: saveViewSchema }, async (input, user) => {
  const result = await saveView(user, input);
  if (result.ok) revalidatePath("/claims");
  return result;
});

/**
 * Deletes one of the user's saved views.
 *
 * @example
 * await deleteViewAction(view.id)
 */
export const deleteViewAction = action({ role: "researcher", input: z.string() }, async (id, user) => {
  const result = await deleteView(user, id);
  if (result.ok) revalidatePath("/claims");
  return result;
});
