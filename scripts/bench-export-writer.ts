/**
 * The CSV record writer alone (`npm run bench:export -- --writer [--rows N] [--rounds R]`): lib/export/csv.ts's loop
 * over CSV_COLUMNS against a writer unrolled from the same columns at load (new Function) and two other loops, on the
 * same claims in one process, rounds rotating which goes first, CPU time per record (process.cpuUsage). The question
 * of ADR 022: is a loop over the column spec as fast as unrolled code?
 */
import { claimsQuerySchema } from "../lib/claims/query-schema.ts";
import { type DatabaseTarget, resolveDatabase } from "../lib/db/url.ts";
import { csvNumber, csvText, writeCsvRecord } from "../lib/export/csv.ts";
import { CSV_COLUMNS, type CsvClaim, csvClaimOfRecord } from "../lib/export/csv-columns.ts";
import { streamClaimRows } from "../lib/export/stream.ts";

type Writer = (claim: CsvClaim) => string;

/** The unrolled writer: `t(c0(s)) + "," + n(c1(s)) + ... + "\r\n"`, one call site per cell, built once. */
function compileWriter(): Writer {
  const cells = CSV_COLUMNS.map((column) => ("text" in column ? column.text : column.number));
  const fields = CSV_COLUMNS.map((column, i) => `${"text" in column ? "t" : "n"}(c${i}(s))`);
  const names = cells.map((_, i) => `c${i}`);
  const body = `return function unrolled(s) { return ${fields.join(' + "," + ')} + "\\r\\n"; };`;
  return new Function("t", "n", ...names, body)(csvText, csvNumber, ...cells) as Writer;
}

const cells = CSV_COLUMNS.map((column) => ("text" in column ? column.text : column.number));
const numeric = CSV_COLUMNS.map((column) => "number" in column);

/** A loop over the cells with the kinds beside them (no closure per field), fields joined once. */
function loopJoin(claim: CsvClaim): string {
  const fields = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i](claim);
    fields[i] = numeric[i] ? csvNumber(v as number | null) : csvText(v as string | null);
  }
  return `${fields.join(",")}\r\n`;
}

/** A loop over the columns, fields concatenated as the unrolled writer does. */
function loopConcat(claim: CsvClaim): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i](claim);
    line += (i === 0 ? "" : ",") + (numeric[i] ? csvNumber(v as number | null) : csvText(v as string | null));
  }
  return `${line}\r\n`;
}

/** CPU milliseconds to write every claim, in batches of 1,000 joined as the stream joins them. */
function cpuMs(writer: Writer, claims: CsvClaim[]): number {
  const before = process.cpuUsage();
  let chars = 0;
  for (let from = 0; from < claims.length; from += 1000) {
    const batch = claims.slice(from, from + 1000);
    const records = new Array<string>(batch.length);
    for (let i = 0; i < batch.length; i++) records[i] = writer(batch[i]);
    chars += records.join("").length;
  }
  const used = process.cpuUsage(before);
  if (chars === 0) throw new Error("nothing written");
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Reads `rows` claims of the database, checks the writers agree, and prints each one's median CPU time per record.
 *
 * @example
 * await benchCsvWriter(resolveDatabase("file:./tmp/bench-export/claims-100000.db"), 100000, 9)
 */
export async function benchCsvWriter(target: DatabaseTarget | string, rows: number, rounds: number): Promise<void> {
  const claims: CsvClaim[] = [];
  const resolved = typeof target === "string" ? resolveDatabase(target) : target;
  for await (const row of streamClaimRows(claimsQuerySchema.parse({}), { target: resolved })) {
    claims.push(csvClaimOfRecord(row));
    if (claims.length >= rows) break;
  }
  const writers: Array<[string, Writer]> = [
    ["writeCsvRecord (loop)", writeCsvRecord],
    ["unrolled at load", compileWriter()],
    ["loop, kinds beside", loopJoin],
    ["loop, concatenation", loopConcat],
  ];
  for (const [name, writer] of writers.slice(1)) {
    for (const claim of claims.slice(0, 2000)) {
      if (writer(claim) !== writeCsvRecord(claim)) throw new Error(`${name} writes other bytes`);
    }
  }
  const times = new Map(writers.map(([name]) => [name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    // Rotate the order so no writer always runs first (warm-up, GC debt) or last.
    const order = writers.map((_, i) => writers[(i + round) % writers.length]);
    for (const [name, writer] of order) times.get(name)?.push(cpuMs(writer, claims));
  }
  console.log(`  CSV record writer, ${claims.length.toLocaleString("en-US")} claims, ${rounds} rounds (CPU time):`);
  const reference = times.get(writers[0][0]) ?? [];
  for (const [name, ms] of times) {
    // The first round warms the JIT up. The ratio is taken round by round: both ran within seconds of each other,
    // so a change in the machine's load between rounds cancels out.
    const m = median(ms.slice(1));
    const ratio = median(ms.slice(1).map((v, i) => v / reference[i + 1]));
    console.log(
      `  ${name.padEnd(24)} median ${m.toFixed(0).padStart(6)} ms  ${((m * 1e6) / claims.length).toFixed(0).padStart(6)} ns/record  ` +
        `${ratio.toFixed(3)}x ${writers[0][0]} (median of rounds' ratios)`,
    );
  }
}
