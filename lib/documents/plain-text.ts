/**
 * Uploaded files to plain text. HTML is parsed, never rendered: html-to-text walks the markup with htmlparser2, so
 * scripts, styles and event handlers are data to drop, not code to run.
 */
import { convert } from "html-to-text";
import { longRuns } from "@/lib/extract/tokens/long-tokens";
import { stripControl } from "@/lib/text/control";
import { IngestError } from "./errors.ts";
import { acceptedFileTypes, MAX_FILE_BYTES, MAX_TEXT_BYTES } from "./schema.ts";

/**
 * The longest run of non-space characters a text may hold: far beyond any word or URL (the extractor ignores runs
 * over 500), short enough that a pasted blob of base64 or a 1.9 MB "word" is refused with a reason (issue 14).
 */
export const MAX_WORD_CHARS = 10_000;

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const htmlOptions = {
  wordwrap: false as const,
  selectors: [
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
    { selector: "template", format: "skip" },
    { selector: "nav", format: "skip" },
    { selector: "img", format: "skip" },
    { selector: "a", options: { ignoreHref: true } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

/**
 * Readable text from HTML: paragraphs become blank-line separated, markup and scripts disappear.
 *
 * @example
 * htmlToPlainText("<p>Over <b>800</b> fighters</p><script>alert(1)</script>") // "Over 800 fighters"
 */
export function htmlToPlainText(html: string): string {
  return convert(html, htmlOptions).trim();
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

/**
 * Decodes an uploaded .txt / .md / .html file to the text that will be stored and analysed.
 *
 * @example
 * fileToText({ name: "a.html", type: "text/html", bytes: new TextEncoder().encode("<p>Hi</p>") }) // "Hi"
 */
export function fileToText(file: UploadedFile): string {
  const ext = extensionOf(file.name);
  const isHtml = ext === ".html" || ext === ".htm" || (ext === "" && file.type === "text/html");
  const isText =
    (acceptedFileTypes as readonly string[]).includes(ext) || (ext === "" && file.type.startsWith("text/"));
  if (!isHtml && !isText) {
    throw new IngestError(
      "unsupported_type",
      `Unsupported file type "${ext || file.type || "unknown"}": upload ${acceptedFileTypes.join(", ")}.`,
    );
  }
  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    throw new IngestError("too_large", `The file is larger than the ${formatBytes(MAX_FILE_BYTES)} limit.`);
  }
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new IngestError("unsupported_type", "The file is not UTF-8 text.");
  }
  return isHtml ? htmlToPlainText(decoded) : decoded;
}

/**
 * Normalises line endings and checks the limits every ingested text must meet.
 *
 * @example
 * checkText("a\r\nb") // "a\nb"
 */
export function checkText(raw: string): string {
  // NULs and other control characters (a PDF copy's form feeds) are dropped: no database stores a NUL in text.
  const text = stripControl(raw.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""));
  if (text.trim() === "") throw new IngestError("empty", "The document is empty: paste text or choose a file.");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_TEXT_BYTES) {
    throw new IngestError(
      "too_large",
      `The text is ${formatBytes(bytes)}, over the ${formatBytes(MAX_TEXT_BYTES)} limit. Split it into several documents.`,
    );
  }
  const [longest] = longRuns(text, MAX_WORD_CHARS).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  if (longest) {
    throw new IngestError(
      "invalid",
      `The text has a ${(longest[1] - longest[0]).toLocaleString("en")}-character run without spaces at character ` +
        `${longest[0].toLocaleString("en")} (the longest allowed is ${MAX_WORD_CHARS.toLocaleString("en")}): ` +
        "is it encoded data rather than an article? Remove it and send the text again.",
    );
  }
  return text;
}

/** "2 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
