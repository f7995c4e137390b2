/**
 * Words no tokenizer should see. wink's abbreviation test runs a backtracking regex over each token, so its cost
 * grows with the square of the longest token: one 80,000-character "word" took 6.7 s, 1.9 MB of "z" over 15 minutes
 * (issue 14). Runs of non-space characters longer than MAX_TOKEN_CHARS carry no claim (no figure, no source) and are
 * blanked before segmentation, character for character, so every offset into the original text stays valid.
 */

/** Longer than any word, URL or hashtag worth reading; the ingest edge refuses texts with far longer runs. */
export const MAX_TOKEN_CHARS = 500;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Start and end of every run of non-space characters longer than `max`, in one linear pass.
 *
 * @example
 * longRuns("ab cdefg", 3) // [[3, 8]]
 */
export function longRuns(text: string, max = MAX_TOKEN_CHARS): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      if (i - start > max) runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/**
 * The text with every over-long run replaced by as many spaces (same length, same offsets).
 *
 * @example
 * maskLongTokens(`a ${"z".repeat(600)} b`).trim() // "a" + 600 spaces + " b", trimmed: "a" … "b"
 */
export function maskLongTokens(text: string, max = MAX_TOKEN_CHARS): string {
  const runs = longRuns(text, max);
  if (runs.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [start, end] of runs) {
    out += text.slice(at, start) + " ".repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}
