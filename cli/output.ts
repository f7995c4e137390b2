/**
 * Writing to stdout with backpressure: a --jsonl run over millions of lines must not queue them all in memory when
 * the reader downstream is slower than the extractor.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * Writes `text` and waits for the stream to drain when its buffer is full.
 * @example await writeLine(process.stdout, JSON.stringify(result));
 */
export async function writeLine(stream: Writable, text: string): Promise<void> {
  if (!stream.write(`${text}\n`)) await once(stream, "drain");
}
