"use server";
/**
 * Server actions for events: editors and admins only (the role gate, lib/auth/require.ts).
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { db } from "@/lib/db/client";
import { type EventResult, mergeEvents, moveDocumentToEvent } from "./mutations.ts";
import { mergeEventsSchema, moveDocumentSchema } from "./schema.ts";

type Refused = { ok: false; code: "unauthenticated" | "forbidden"; message: string };

/**
 * Moves a document into another event (or a new one), with a reason.
 * @example await moveDocumentAction({ documentId, eventId, reason })
 */
export async function moveDocumentAction(input: unknown): Promise<EventResult | Refused> {
  const access = await requireRole("editor");
  if (!access.ok) return { ok: false, code: access.code, message: access.message };
  const parsed = moveDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid." };
  const result = await moveDocumentToEvent(db(), { ...parsed.data, actorId: access.user.id });
  if (result.ok) revalidatePath("/events", "layout");
  return result;
}

/**
 * Merges another event into this one, with a reason.
 * @example await mergeEventsAction({ intoId, fromId, reason })
 */
export async function mergeEventsAction(input: unknown): Promise<EventResult | Refused> {
  const access = await requireRole("editor");
  if (!access.ok) return { ok: false, code: access.code, message: access.message };
  const parsed = mergeEventsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid." };
  const result = await mergeEvents(db(), { ...parsed.data, actorId: access.user.id });
  if (result.ok) revalidatePath("/events", "layout");
  return result;
}
