/**
 * The one place the job worker stores a document: the interactive path (ingestDocument), one item per transaction,
 * so an item's lease and its document commit together. Jobs do not use the batch path (lib/documents/batch.ts): an
 * item is a web upload's file, and a batch of 100 would make one slow or failing file hold 99 others' progress; the
 * CLI's `ingest` and the benchmark use the batch path.
 */
import { type Db, db } from "@/lib/db/client";
import { type IngestInput, type IngestResult, ingestDocument } from "@/lib/documents/mutations";

/**
 * Stores one item's text and its claims (deduplicated by sha256: the same text returns the stored document).
 *
 * @example
 * const { documentId, created, claimCount } = await ingestOne({ text, title: "A" });
 */
export function ingestOne(input: IngestInput, database: Db = db()): Promise<IngestResult> {
  return ingestDocument(input, database);
}
