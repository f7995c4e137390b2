/**
 * Reads an ingest submission (the web form or a multipart API request): pasted text or one uploaded file, plus the
 * optional metadata. Both entry points share it so they accept and refuse exactly the same things.
 */
import { IngestError } from "./errors.ts";
import { fileToText } from "./plain-text.ts";
import { type DocumentMeta, documentMetaSchema, MAX_FILE_BYTES } from "./schema.ts";

/**
 * Metadata validation with the ingest error vocabulary.
 *
 * @example
 * parseMeta({ title: "A", url: "not a url" }) // throws IngestError("invalid", "url: …")
 */
export function parseMeta(raw: Record<string, unknown>): DocumentMeta {
  const parsed = documentMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError("invalid", `${issue.path.join(".") || "input"}: ${issue.message}`);
  }
  return parsed.data;
}

function field(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
}

/**
 * Text and metadata from form data. A non-empty file wins over the text field.
 *
 * @example
 * const { text, title } = await readIngestForm(await request.formData());
 */
export async function readIngestForm(form: FormData): Promise<DocumentMeta & { text: string }> {
  const meta = parseMeta({
    title: field(form, "title"),
    outlet: field(form, "outlet"),
    url: field(form, "url"),
    publishedAt: field(form, "publishedAt"),
  });
  const file = form.get("file");
  if (file && typeof file !== "string" && file.size > 0) {
    // Checked before reading so an oversized upload is refused without buffering it.
    if (file.size > MAX_FILE_BYTES) {
      throw new IngestError("too_large", `The file is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ...meta, text: fileToText({ name: file.name, type: file.type, bytes }) };
  }
  return { ...meta, text: field(form, "text") ?? "" };
}
