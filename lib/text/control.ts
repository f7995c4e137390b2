/**
 * Control characters at the edges (issue 14, finding 9). A NUL reaches SQLite's FTS and PostgreSQL's text type as
 * an error (500 on `q=abc%00`, on ingest text and on comments); other C0 controls are invisible noise in a title or
 * a comment. API input naming one is refused with 422 and the field's path; pasted article text and form fields are
 * cleaned instead, since a stray form feed from a PDF copy should not cost an editor the paste.
 */

// C0 controls and DEL, except tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's purpose.
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * The text without control characters; vertical tab and form feed become line breaks.
 *
 * @example
 * stripControl("800\u0000 died\fPolice said") // "800 died\nPolice said"
 */
export function stripControl(text: string): string {
  if (!CONTROL.test(text)) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed, by name.
  return text.replace(/[\u000B\u000C]/g, "\n").replace(CONTROL_ALL, "");
}

/**
 * The first string inside `value` (any depth of objects and arrays) holding a control character: its path and
 * the character as U+XXXX; null when there is none.
 *
 * @example
 * findControl({ body: "ok", tags: ["a\u0000"] }) // { path: "tags.1", char: "U+0000" }
 */
export function findControl(value: unknown, path = ""): { path: string; char: string } | null {
  if (typeof value === "string") {
    const match = CONTROL.exec(value);
    if (!match) return null;
    return { path: path || "(value)", char: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` };
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findControl(item, path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findControl(key, path) ?? findControl(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
