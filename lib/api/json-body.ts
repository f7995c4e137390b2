/**
 * Reading a JSON body the one way every endpoint does: bounded in bytes (with or without a Content-Length: a
 * chunked upload is counted as it arrives), strictly UTF-8 (invalid bytes are refused, not replaced with U+FFFD and
 * stored), and parsed; each failure is a 4xx in the envelope.
 */
import { ApiError } from "./errors.ts";

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "too_large", `The JSON body is over ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

/**
 * The parsed body, or ApiError 413 / 400 invalid_json.
 *
 * @example
 * const body = await readJsonBody(request, 1024 * 1024);
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = Buffer.concat(chunks);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, "invalid_json", "The body is not UTF-8 text.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The body is not valid JSON.");
  }
  if (depthOver(value, MAX_DEPTH)) {
    throw new ApiError(400, "invalid_json", `The JSON body is nested more than ${MAX_DEPTH} levels deep.`);
  }
  return value;
}

/** No request of this API nests deeper than a few levels; a probe's 100,000 would overflow the stack downstream. */
const MAX_DEPTH = 32;

/** Whether `value` nests arrays/objects deeper than `max`, without recursion. */
function depthOver(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
