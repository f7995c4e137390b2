/**
 * The one place the job worker stores a document. Today it is the interactive path (ingestDocument); when the batch
 * path (lib/documents/bulk-*.ts) lands, this is the only function that changes.
 */
import type { Db } from "@/lib/db/client";
import { type IngestInput, type IngestResult, ingestDocument } from "@/lib/documents/mutations";

/**
 * Stores one item's text and its claims (deduplicated by sha256: the same text returns the stored document).
 *
 * @example
 * const { documentId, created, claimCount } = await ingestOne(db(), { text, title: "A" });
 */
export function ingestOne(database: Db, input: IngestInput): Promise<IngestResult> {
  return ingestDocument(database, input);
}
