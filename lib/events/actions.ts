"use server";
/**
 * Server actions for events (editors and admins): `action()` (lib/auth/action.ts) checks the role and parses the input.
 */
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { mergeEvents, moveDocumentToEvent } from "./mutations.ts";
import { mergeEventsSchema, moveDocumentSchema } from "./schema.ts";

/**
 * Moves a document into another event (or a new one), with a reason.
 * @example await moveDocumentAction({ documentId, eventId, reason })
 */
export const moveDocumentAction = action({ role: "editor", input: moveDocumentSchema }, async (input, user) => {
  const result = await moveDocumentToEvent({ ...input, actorId: user.id });
  if (result.ok) revalidatePath("/events", "layout");
  return result;
});

/**
 * Merges another event into this one, with a reason.
 * @example await mergeEventsAction({ intoId, fromId, reason })
 */
export const mergeEventsAction = action({ role: "editor", input: mergeEventsSchema }, async (input, user) => {
  const result = await mergeEvents({ ...input, actorId: user.id });
  if (result.ok) revalidatePath("/events", "layout");
  return result;
});
