/**
 * The documents API's zod schemas: list query and rows, the one-document view, and the two ingest bodies (JSON and
 * multipart) as the OpenAPI document shows them. Ingest itself validates with lib/documents (ingest-form.ts).
 */
import { z } from "zod";
import { pageQuerySchema } from "@/lib/api/page-schema";
import { acceptedFileTypes, type documentMetaSchema, MAX_FILE_BYTES, MAX_TEXT_BYTES } from "@/lib/documents/schema";

export const documentListQuerySchema = pageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Only documents whose title or outlet contains this text (any case)." }),
});

export const documentSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable().meta({ description: "Publication date, when given at ingest." }),
    claimCount: z.number().int().meta({ description: "Claims extracted from the document." }),
    flagCount: z.number().int().meta({ description: "Of those, claims with a discrepancy flag." }),
    createdAt: z.iso.datetime().meta({ description: "When the document was added." }),
  })
  .meta({ id: "DocumentSummary", description: "A document as listed, newest first." });

export const documentDetail = documentSummary
  .extend({
    text: z.string().meta({ description: "The full text; claim offsets index into it." }),
    language: z.string(),
    sha256: z.string().meta({ description: "SHA-256 of the text: the same text is the same document." }),
    extractionError: z.string().nullable().meta({
      description: "Why the document has no claims: extraction ran out of its time budget or failed. null when it ran.",
    }),
    version: z.number().int().meta({ description: "Send it back with an edit of the details (optimistic locking)." }),
  })
  .meta({ id: "Document", description: "One document with its text and counts." });

const meta = {
  title: z.string().max(300).optional().meta({ description: "Defaults to the first line of the text." }),
  outlet: z.string().max(200).optional(),
  url: z.string().max(2000).optional().meta({ description: "http(s) URL of the original.", format: "uri" }),
  publishedAt: z.string().max(40).optional().meta({ description: "ISO date or date-time, e.g. 2026-01-15." }),
};
// Keep the documented fields in step with the validating schema.
const _sameFields: Record<keyof z.infer<typeof documentMetaSchema>, unknown> = meta;
void _sameFields;

export const ingestJson = z
  .object({
    text: z.string().meta({ description: `The article text, up to ${MAX_TEXT_BYTES / 1024 / 1024} MB.` }),
    ...meta,
  })
  .meta({ id: "DocumentInput", description: "A document as JSON." });

export const ingestMultipart = z
  .object({
    file: z
      .string()
      .optional()
      .meta({
        format: "binary",
        description: `A ${acceptedFileTypes.join(" / ")} file up to ${MAX_FILE_BYTES / 1024 / 1024} MB; HTML is reduced to its text. Wins over \`text\`.`,
      }),
    text: z.string().optional().meta({ description: "Pasted text, used when there is no file." }),
    ...meta,
  })
  .meta({ id: "DocumentUpload", description: "A document as a form upload." });

export const ingestResult = z
  .object({
    documentId: z.string(),
    created: z.boolean().meta({ description: "false when the same text was already stored (status 200)." }),
    claimCount: z.number().int(),
    extractionError: z
      .string()
      .nullable()
      .meta({
        description:
          "Set when extraction ran out of its time budget or failed: the document is stored, without claims, and " +
          "its page says why.",
      }),
  })
  .meta({ id: "IngestResult" });

export const documentEditBody = z
  .object({
    title: z.string().max(300).meta({ description: "The title, as it should be now (not empty)." }),
    outlet: z.string().max(200).nullable().meta({ description: "The outlet; null or empty for none." }),
    publishedAt: z
      .string()
      .max(40)
      .nullable()
      .meta({
        description:
          "ISO date or date-time of publication; null or empty for undated. A new time places the document in its " +
          "event again (unless an editor pinned it) and regroups its figures.",
      }),
    version: z.number().int().min(1).meta({ description: "The document's version you read." }),
  })
  .meta({ id: "DocumentEdit", description: "A document's details as an editor sets them." });

export const documentEditResult = z
  .object({
    ok: z.literal(true),
    version: z.number().int().meta({ description: "The new version." }),
    regrouped: z.boolean().meta({ description: "Whether the figures were regrouped (time or outlet changed)." }),
  })
  .meta({ id: "DocumentEditResult" });
