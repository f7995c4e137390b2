export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
}

export type Segment<T extends HighlightClaim> =
  | { kind: "text"; start: number; end: number }
  | { kind: "mark"; start: number; end: number; claims: T[] };

/**
 * Cuts a document text into plain runs and highlighted runs. Overlapping claims (two figures quoted from one sentence)
 * share one highlight covering both spans, so no character is wrapped twice and the text reads unchanged.
 * Spans outside the text are clipped; empty ones are dropped.
 *
 * @example segmentText(11, [{ id: "a", start: 0, end: 5 }]) // [mark 0-5 [a], text 5-11]
 */
export function segmentText<T extends HighlightClaim>(length: number, claims: readonly T[]): Segment<T>[] {
  const valid = claims
    .map((c) => ({ claim: c, start: Math.max(0, c.start), end: Math.min(length, c.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  let i = 0;
  while (i < valid.length) {
    const first = valid[i];
    const group = [first.claim];
    let end = first.end;
    i++;
    while (i < valid.length && valid[i].start < end) {
      group.push(valid[i].claim);
      end = Math.max(end, valid[i].end);
      i++;
    }
    if (first.start > cursor) segments.push({ kind: "text", start: cursor, end: first.start });
    segments.push({ kind: "mark", start: first.start, end, claims: group });
    cursor = end;
  }
  if (cursor < length) segments.push({ kind: "text", start: cursor, end: length });
  return segments;
}
