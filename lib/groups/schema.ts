/**
 * Inputs of the group actions (isomorphic zod).
 */
import { z } from "zod";
import { stripControl } from "@/lib/text/control";

const reason = z.string().overwrite(stripControl).trim().min(3, "Give a reason (a few words).").max(500);

/**
 * An editor's triage of a flag, the one input for every door (table, claim page, group page): confirmed, dismissed
 * with a reason, or null to put it back to unreviewed.
 */
export const groupDecisionSchema = z
  .object({
    groupId: z.string().min(1),
    decision: z.enum(["confirmed", "dismissed"]).nullable(),
    reason: z.string().overwrite(stripControl).trim().max(500).optional(),
  })
  .refine((v) => v.decision !== "dismissed" || (v.reason?.length ?? 0) >= 3, {
    message: "Say why the flag is dismissed (a few words).",
    path: ["reason"],
  });

/** The refusal an editor reads for a decision the schema rejects: the missing reason, or which decisions there are. */
export function decisionMessage(error: z.ZodError): string {
  const reason = error.issues.find((i) => i.path[0] === "reason");
  return reason ? reason.message : "Choose confirm or dismiss.";
}

export const mergeSchema = z.object({ intoId: z.string().min(1), fromId: z.string().min(1), reason });

export const moveSchema = z.object({ groupId: z.string().min(1), quantityId: z.string().min(1), reason });
