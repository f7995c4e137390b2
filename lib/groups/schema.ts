/**
 * Inputs of the group actions (isomorphic zod).
 */
import { z } from "zod";

const reason = z.string().trim().min(3, "Give a reason (a few words).").max(500);

export const groupDecisionSchema = z.object({
  groupId: z.string().min(1),
  decision: z.enum(["confirmed", "dismissed"]).nullable(),
});

export const mergeSchema = z.object({ intoId: z.string().min(1), fromId: z.string().min(1), reason });

export const moveSchema = z.object({ groupId: z.string().min(1), quantityId: z.string().min(1), reason });
