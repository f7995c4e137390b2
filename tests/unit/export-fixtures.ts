/** Export rows built by hand for the serializer tests: the shapes lib/export/stream.ts yields. */
import type { ExportRow } from "@/lib/export/row";

/**
 * A claim row with sensible defaults; `patch` overrides top-level fields.
 *
 * @example
 * exportRow({ text: "=1+1" })
 */
export function exportRow(patch: Partial<ExportRow> = {}): ExportRow {
  return {
    id: "c1",
    document: {
      id: "d1",
      title: "Militias cross into Iran",
      outlet: "Iran International",
      url: "https://example.org/militias",
      publishedAt: "2026-01-15T00:00:00.000Z",
      sha256: "0".repeat(64),
      createdAt: "2026-11-27T07:00:00.000Z",
    },
    key: "quantity|more than 800 fighters|0",
    position: 0,
    kind: "quantity",
    label: "More than 800 fighters crossed",
    text: "More than 800 fighters crossed into Iran",
    start: 10,
    end: 50,
    sentence: { start: 0, end: 60, text: "On Monday, more than 800 fighters crossed into Iran, he said." },
    cue: { start: 53, end: 60, text: "he said" },
    quantities: [
      {
        id: "q1",
        ordinal: 0,
        text: "more than 800 fighters",
        start: 10,
        end: 32,
        value: 800,
        low: 800,
        high: null,
        modifier: "moreThan",
        of: null,
        unit: "fighter",
        concept: "fighters crossed",
        correctedById: null,
        correctedBy: null,
        correctedAt: null,
      },
    ],
    source: {
      id: "s1",
      name: "Lisa Daftari",
      kind: "person",
      affiliation: "The Foreign Desk",
      aliases: ["Daftari"],
      formerNames: ["l. daftari"],
      documentId: null,
    },
    status: "disputed",
    assignee: null,
    version: 2,
    group: {
      id: "g1",
      documentId: "d1",
      key: "fighters crossed|fighter#0",
      concept: "fighters crossed",
      unit: "fighter",
      verdict: "conflict",
      explanation: "850 is 6% above 800",
      summary: "Sources disagree: > 800 vs ~850",
      spread: 0.06,
      decisionReason: null,
      decision: null,
      memberQuantityIds: ["q1", "q2"],
      others: [{ claimId: "c2", quantityId: "q2", display: "~850 fighters", sourceName: "Independent sources" }],
    },
    crossGroup: null,
    evidence: [],
    createdAt: "2026-11-27T08:00:00.000Z",
    updatedAt: "2026-11-27T08:30:00.000Z",
    ...patch,
  };
}

/**
 * The rows as an async iterable, as the serializers take them.
 *
 * @example
 * toCsv(rowsOf([exportRow()]))
 */
export async function* rowsOf<T>(rows: T[]): AsyncGenerator<T> {
  for (const row of rows) yield row;
}

/** Drains a chunk stream into one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}
