/**
 * A killable stand-in for the web server's write path (fault-kill-server.test.ts): ingests every JSON file of a
 * folder, in name order, through ingestDocument — what POST /api/documents, the upload form and every ingest-job
 * worker call — one document per request as the server does, printing each file's name once it is stored.
 *
 * Run: DATABASE_URL=… node --import tsx tests/integration/support/ingest-one-by-one.ts <folder>
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { ingestDocument } from "@/lib/documents/mutations";

const dir = process.argv[2];
for (const name of readdirSync(dir).sort()) {
  const item = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as {
    text: string;
    title: string;
    publishedAt: string;
  };
  await ingestDocument(item);
  process.stdout.write(`${name}\n`);
}
await db().$disconnect();
process.exit(0);
