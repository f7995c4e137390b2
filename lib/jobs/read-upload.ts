/**
 * Reads a job upload from a request or form: multipart `files` (repeated; .txt/.md/.html/.zip/.jsonl) or JSON
 * `{ "documents": [{ text, title, outlet, publishedAt, url }] }`. Used by POST /api/ingest-jobs and the web form.
 */
import { IngestError } from "@/lib/documents/errors";
import { checkText } from "@/lib/documents/plain-text";
import { type ItemDraft, jsonlLineSchema, MAX_UPLOAD_BYTES } from "./schema.ts";
import { checkItemCount, type UploadFile, uploadItems } from "./upload.ts";

/**
 * Items from a form's `files` fields.
 *
 * @example
 * const items = await formItems(await request.formData());
 */
export async function formItems(form: FormData): Promise<ItemDraft[]> {
  const files: UploadFile[] = [];
  let bytes = 0;
  for (const entry of form.getAll("files")) {
    if (typeof entry === "string" || entry.size === 0) continue;
    bytes += entry.size;
    if (bytes > MAX_UPLOAD_BYTES) {
      throw new IngestError("too_large", `The upload is over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`);
    }
    files.push({ name: entry.name, type: entry.type, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return uploadItems(files);
}

/**
 * Items from a JSON body `{ documents: [...] }`. Unlike a zip of files, a JSON body is one request built by a
 * program: an entry that does not fit the schema, or whose text ingest would refuse, refuses the request (422 naming
 * the entry), and no job is created.
 *
 * @example
 * jsonItems({ documents: [{ text: "Over 800 fighters" }] }) // [{ name: "documents[0]", text: "Over 800 fighters" }]
 */
export function jsonItems(body: unknown): ItemDraft[] {
  const list = (body as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(list)) throw new IngestError("invalid", "documents: expected an array");
  const items = list.map((raw, i): ItemDraft => {
    const parsed = jsonlLineSchema.safeParse(raw);
    const name = `documents[${i}]`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new IngestError("invalid", `${name}.${issue.path.join(".") || "entry"}: ${issue.message}`);
    }
    try {
      checkText(parsed.data.text);
    } catch (error) {
      if (error instanceof IngestError) throw new IngestError(error.code, `${name}: ${error.message}`);
      throw error;
    }
    return { name: parsed.data.title ?? name, ...parsed.data };
  });
  return checkItemCount(items);
}
