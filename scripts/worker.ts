/**
 * `npm run worker`: runs ingest jobs. On PostgreSQL through pg-boss (any number of these processes, on any machines,
 * share the work); on SQLite the same job code in a polling loop (the web server runs one itself, so this is for
 * running jobs without the server). Stops cleanly on SIGINT/SIGTERM after the item in hand.
 *
 *   DATABASE_URL=postgresql://… npm run worker
 *   npm run worker -- --exit-when-idle   # stop once no job has work left (scripts, tests)
 */
import { parseArgs } from "node:util";
import { createDb, providerOf } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { startBossWorker } from "@/lib/jobs/boss-worker";
import { startPollWorker } from "@/lib/jobs/poll-worker";
import { claimableJobIds } from "@/lib/jobs/run";

const { values } = parseArgs({ options: { "exit-when-idle": { type: "boolean", default: false } } });
const target = resolveDatabase();
const database = createDb(target);
const postgres = providerOf(database) === "postgres";
const worker = postgres
  ? await startBossWorker(target.url, undefined, database)
  : startPollWorker({ releaseLeases: true, pollMs: 500 }, database);
console.log(`worker: started on ${postgres ? "PostgreSQL (pg-boss)" : "SQLite (polling)"}, pid ${process.pid}`);

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await worker.stop();
    console.log(`worker: stopped after ${worker.processed()} item(s)`);
    await database.$disconnect();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

if (values["exit-when-idle"]) {
  const timer = setInterval(async () => {
    const open = await database.ingestJob.count({ where: { status: { not: "done" } } });
    if (open === 0 && (await claimableJobIds(database)).length === 0) {
      clearInterval(timer);
      await shutdown(0);
    }
  }, 1_000);
}
