/**
 * Inputs of the event actions (isomorphic zod).
 */
import { z } from "zod";

const reason = z.string().trim().min(3, "Give a reason (a few words).").max(500);

export const moveDocumentSchema = z.object({
  documentId: z.string().min(1),
  /** null: into a new event of its own (a split). */
  eventId: z.string().min(1).nullable(),
  reason,
});

export const mergeEventsSchema = z.object({ intoId: z.string().min(1), fromId: z.string().min(1), reason });
