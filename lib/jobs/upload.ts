/**
 * Uploaded files to job items: .txt/.md/.html files one item each, a .zip opened in memory (its text files), a
 * .jsonl one item per line. A file that cannot be read becomes a failed item with its reason rather than refusing
 * the whole upload: one bad file in a 500-file archive should not cost the other 499.
 */
import { unzipSync } from "fflate";
import { IngestError } from "@/lib/documents/errors";
import { fileToText } from "@/lib/documents/plain-text";
import { type ItemDraft, jsonlLineSchema, MAX_JOB_ITEMS } from "./schema.ts";

export interface UploadFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

function reason(error: unknown): string {
  if (error instanceof IngestError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function textItem(file: UploadFile): ItemDraft {
  try {
    return { name: file.name, text: fileToText(file) };
  } catch (error) {
    return { name: file.name, text: "", error: reason(error) };
  }
}

/**
 * One item per JSONL line; blank lines are skipped, a malformed line is a failed item named `file:line`.
 *
 * @example
 * jsonlItems("a.jsonl", '{"text":"Over 800 fighters"}\n') // [{ name: "a.jsonl:1", text: "Over 800 fighters" }]
 */
export function jsonlItems(name: string, content: string): ItemDraft[] {
  const items: ItemDraft[] = [];
  content.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const itemName = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      items.push({ name: itemName, text: "", error: "Not valid JSON." });
      return;
    }
    const parsed = jsonlLineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      items.push({ name: itemName, text: "", error: `${issue.path.join(".") || "line"}: ${issue.message}` });
      return;
    }
    items.push({ name: parsed.data.title ?? itemName, ...parsed.data });
  });
  return items;
}

function zipItems(file: UploadFile): ItemDraft[] {
  let entries: Record<string, Uint8Array>;
  try {
    // Directories and macOS resource forks are not documents.
    entries = unzipSync(file.bytes, { filter: (f) => !f.name.endsWith("/") && !f.name.includes("__MACOSX/") });
  } catch (error) {
    return [{ name: file.name, text: "", error: `Not a readable .zip: ${reason(error)}` }];
  }
  return Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, bytes]) => itemsOf({ name: `${file.name}/${name}`, type: "", bytes }, false));
}

function itemsOf(file: UploadFile, allowZip: boolean): ItemDraft[] {
  const ext = extensionOf(file.name);
  if (ext === ".zip" && allowZip) return zipItems(file);
  if (ext === ".jsonl" || ext === ".ndjson") {
    let content: string;
    try {
      content = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
    } catch {
      return [{ name: file.name, text: "", error: "The file is not UTF-8 text." }];
    }
    return jsonlItems(file.name, content);
  }
  return [textItem(file)];
}

/**
 * All items of an upload, in upload order. Refuses (IngestError) only an upload with no items or too many.
 *
 * @example
 * uploadItems([{ name: "a.txt", type: "text/plain", bytes }]) // [{ name: "a.txt", text: "…" }]
 */
export function uploadItems(files: UploadFile[]): ItemDraft[] {
  return checkItemCount(files.flatMap((f) => itemsOf(f, true)));
}

/**
 * Refuses (IngestError) a job with no items or more than MAX_JOB_ITEMS.
 *
 * @example
 * checkItemCount([]) // throws IngestError("empty", …)
 */
export function checkItemCount(items: ItemDraft[]): ItemDraft[] {
  if (items.length === 0) throw new IngestError("empty", "The upload holds no files.");
  if (items.length > MAX_JOB_ITEMS) {
    throw new IngestError("too_large", `One job takes at most ${MAX_JOB_ITEMS} documents; split the upload.`);
  }
  return items;
}
