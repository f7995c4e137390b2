/**
 * Where to go after signing in: only a path on this site. Browsers read a backslash as a slash, so "/\evil.example"
 * (or its %5C form) is "//evil.example", another host; the check therefore resolves the candidate against a
 * placeholder origin the way a browser would and keeps it only if it stays on that origin.
 */

const FALLBACK = "/claims";
const PLACEHOLDER = "http://claimtrack.invalid";

/**
 * `raw` when it is a same-origin path, otherwise "/claims".
 *
 * @example
 * safeNextPath("/claims?status=disputed") // "/claims?status=disputed"
 * safeNextPath("/%5Cevil.example/phish") // "/claims"
 * safeNextPath("https://evil.example") // "/claims"
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > 2048) return FALLBACK;
  // Control characters and backslashes have no place in our own paths, and browsers strip or rewrite them.
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return FALLBACK;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\\\u0000-\u001f\u007f]/.test(raw) || /[\\\u0000-\u001f\u007f]/.test(decoded)) return FALLBACK;
  if (!raw.startsWith("/") || raw.startsWith("//") || decoded.startsWith("//")) return FALLBACK;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== PLACEHOLDER) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
