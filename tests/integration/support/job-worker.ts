/**
 * Helpers for the ingest-job tests: small distinct news-like texts, and `npm run worker` as a real child process.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const towns = ["Kirkuk", "Mosul", "Basra", "Erbil", "Najaf", "Tikrit", "Ramadi", "Karbala"];

/**
 * The i-th test article: distinct text (so a distinct sha256), a few figures and a named source.
 *
 * @example
 * smallArticle(3) // "Officials in Erbil said 14 people were injured on Monday. …"
 */
export function smallArticle(i: number): string {
  const town = towns[i % towns.length];
  return (
    `Officials in ${town} said ${11 + i} people were injured on Monday in report ${i}. ` +
    `Police chief Ahmed Karim said ${3 + (i % 7)} of them were still in hospital and ${200 + i} families had left.`
  );
}

/**
 * The i-th job item: smallArticle(i), published on day i of 2024, as an archive spans time. (All on one day, a
 * thousand reports of "people injured" form one cross-document group that every regroup rewrites.)
 *
 * @example
 * articleItem(3) // { name: "doc-3.txt", text: "Officials in Erbil said 14 …", publishedAt: "2024-01-04" }
 */
export function articleItem(i: number): { name: string; text: string; publishedAt: string } {
  const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return { name: `doc-${i}.txt`, text: smallArticle(i), publishedAt: day };
}

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `scripts/worker.ts` (what `npm run worker` runs) against `url`, as node itself, so a kill reaches the
 * worker and not a wrapper.
 *
 * @example
 * const w = startWorker(t.url, ["--exit-when-idle"]); await w.exited;
 */
export function startWorker(url: string, args: string[] = [], env: Record<string, string> = {}): WorkerProcess {
  return spawnScript("scripts/worker.ts", args, { DATABASE_URL: url, CLAIMTRACK_JOB_LEASE_MS: "2000", ...env });
}

/**
 * Runs a TypeScript entry point of this repository as node itself (so a kill reaches it, not a wrapper), with `env`
 * over this process's environment; its stdout and stderr are kept for `output()`.
 *
 * @example
 * const p = spawnScript("cli/claimtrack.ts", ["ingest", dir], { DATABASE_URL: url }); await p.exited;
 */
export function spawnScript(script: string, args: string[], env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (d) => {
    text += String(d);
  });
  child.stderr?.on("data", (d) => {
    text += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/**
 * Polls until `check` is true or the timeout passes (then throws with `what`).
 *
 * @example
 * await waitFor(async () => (await count()) >= 100, 60_000, "100 items done");
 */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
