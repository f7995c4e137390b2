/**
 * `npm run db:reextract [-- --all]`: re-runs the current extractor on stored documents (by default those stored by
 * an older EXTRACTOR_VERSION). Editors' statuses, comments, evidence and flag decisions stay attached
 * (lib/documents/mutations.ts reextractDocument).
 */
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { EXTRACTOR_VERSION } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";

const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
const database = createDb();
try {
  const docs = await database.document.findMany({
    where: values.all ? {} : { extractorVersion: { not: EXTRACTOR_VERSION } },
    select: { id: true, title: true },
    orderBy: { createdAt: "asc" },
  });
  console.log(`reextract: ${docs.length} document(s) to analyse with extractor ${EXTRACTOR_VERSION}`);
  for (const doc of docs) {
    const result = await reextractDocument(doc.id, database);
    console.log(`reextract: ${doc.title}: ${result?.claimCount ?? 0} claims`);
  }
} finally {
  await database.$disconnect();
}
