/**
 * `npm run load-test`: simulated editors against a built server on 127.0.0.1 (never another host), through the
 * real HTTP API with API tokens. Each editor, in a closed loop: reads a page of /api/claims, reads one of its own
 * claims, changes that claim's status with the version it read. Editors own disjoint claims, so a 409 would be a
 * bug, not contention — every non-2xx answer counts as an error. At the end every successful write must be in the
 * audit log (claim, new version, editor). Bounded: at most 200 editors and 600 s; stops by itself.
 *
 *   npm run build
 *   DATABASE_URL=file:./tmp/load.db npm run db:prepare
 *   DATABASE_URL=file:./tmp/load.db npm run load-test -- --start-server --port 3195 --editors 50 --seconds 60
 *
 * It seeds what it needs into DATABASE_URL: 60 ECB+ articles (tests/fixtures/bench) when there are too few
 * claims, and one editor account + API token per simulated editor (tokens revoked afterwards).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createApiToken } from "@/lib/auth/tokens-store";
import { createUserWithPassword } from "@/lib/auth/users";
import { createDb, type Db, providerOf } from "@/lib/db/client";
import { ingestDocument } from "@/lib/documents/mutations";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3195" },
    editors: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    "start-server": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const editors = Math.min(200, Math.max(1, Number(values.editors)));
const seconds = Math.min(600, Math.max(1, Number(values.seconds)));
const base = `http://127.0.0.1:${port}`;
const STATUSES = ["unverified", "corroborated", "disputed", "refuted"] as const;
const REQUEST_TIMEOUT_MS = 15_000;

interface Sample {
  kind: "list" | "read" | "write";
  ms: number;
  ok: boolean;
}
interface Write {
  claimId: string;
  version: number;
  actorId: string;
}

async function seedClaims(database: Db): Promise<void> {
  if ((await database.claim.count()) >= editors * 10) return;
  const lines = readFileSync("tests/fixtures/bench/ecbplus-1mb.jsonl", "utf8").trim().split("\n").slice(0, 60);
  for (const line of lines) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    await ingestDocument({ text, title: id }, database);
  }
}

async function editorTokens(database: Db): Promise<Array<{ userId: string; token: string; tokenId: string }>> {
  const out = [];
  for (let i = 0; i < editors; i++) {
    const email = `load-editor-${i}@loadtest.invalid`;
    const existing = await database.user.findUnique({ where: { email }, select: { id: true } });
    const userId =
      existing?.id ??
      (await createUserWithPassword(
        { email, name: `Load editor ${i}`, password: `load-test-${i}-${Date.now()}`, role: "editor" },
        null,
        undefined,
        database,
      ));
    const created = await createApiToken(userId, { name: "load-test", expiresInDays: 1 }, undefined, database);
    out.push({ userId, token: created.token, tokenId: created.id });
  }
  return out;
}

function startServer(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_URL: base,
      CLAIMTRACK_INPROCESS_WORKER: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitForServer(): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${base}/api/claims?limit=1`);
      if (r.status === 401 || r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server on ${base}`);
}

async function timed(kind: Sample["kind"], samples: Sample[], run: () => Promise<Response>): Promise<Response | null> {
  const start = performance.now();
  try {
    const response = await run();
    const ok = response.ok;
    // Read the body inside the timing: the latency is the whole answer, not its first byte.
    const body = await response.arrayBuffer();
    samples.push({ kind, ms: performance.now() - start, ok });
    return new Response(body, { status: response.status });
  } catch {
    samples.push({ kind, ms: performance.now() - start, ok: false });
    return null;
  }
}

async function editorLoop(
  token: string,
  userId: string,
  claimIds: string[],
  deadline: number,
  samples: Sample[],
  writes: Write[],
): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  let n = 0;
  while (Date.now() < deadline) {
    await timed("list", samples, () =>
      fetch(`${base}/api/claims?limit=50`, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    );
    const claimId = claimIds[n++ % claimIds.length];
    const read = await timed("read", samples, () =>
      fetch(`${base}/api/claims/${claimId}`, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    );
    if (!read?.ok) continue;
    const claim = (await read.json()) as { status: string; version: number };
    const next = STATUSES[(STATUSES.indexOf(claim.status as (typeof STATUSES)[number]) + 1) % STATUSES.length];
    const write = await timed("write", samples, () =>
      fetch(`${base}/api/claims/${claimId}/status`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ status: next, version: claim.version }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
    );
    if (write?.ok) {
      const { version } = (await write.json()) as { version: number };
      writes.push({ claimId, version, actorId: userId });
    }
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function lostWrites(database: Db, writes: Write[], since: Date): Promise<number> {
  const events = await database.auditEvent.findMany({
    where: { entityType: "claim", action: "status", createdAt: { gte: since } },
    select: { entityId: true, actorId: true, after: true },
  });
  const logged = new Set(
    events.map((e) => `${e.entityId}|${(JSON.parse(e.after ?? "{}") as { version?: number }).version}|${e.actorId}`),
  );
  return writes.filter((w) => !logged.has(`${w.claimId}|${w.version}|${w.actorId}`)).length;
}

const database = createDb();
const url = process.env.DATABASE_URL ?? "file:./data/claimtrack.db";
let server: ChildProcess | null = null;
try {
  await seedClaims(database);
  const tokens = await editorTokens(database);
  const claims = await database.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  // Disjoint claims per editor: conflicts (409) would then mean lost updates, not two people on one claim.
  const owned = tokens.map((_, i) => claims.filter((_, j) => j % tokens.length === i).map((c) => c.id));
  if (owned.some((o) => o.length === 0)) throw new Error("fewer claims than editors");

  if (values["start-server"]) server = startServer(url);
  await waitForServer();
  const since = new Date(Date.now() - 1_000);
  const samples: Sample[] = [];
  const writes: Write[] = [];
  const started = performance.now();
  const deadline = Date.now() + seconds * 1_000;
  await Promise.all(tokens.map((t, i) => editorLoop(t.token, t.userId, owned[i], deadline, samples, writes)));
  const elapsed = (performance.now() - started) / 1_000;

  const lost = await lostWrites(database, writes, since);
  await database.apiToken.updateMany({
    where: { id: { in: tokens.map((t) => t.tokenId) } },
    data: { revokedAt: new Date() },
  });
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const by = (kind: Sample["kind"]) =>
    samples
      .filter((s) => s.kind === kind)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
  const result = {
    database: providerOf(database),
    editors,
    seconds: Number(elapsed.toFixed(1)),
    requests: samples.length,
    requestsPerSecond: Number((samples.length / elapsed).toFixed(1)),
    p50ms: Number(percentile(all, 50).toFixed(1)),
    p99ms: Number(percentile(all, 99).toFixed(1)),
    writeP50ms: Number(percentile(by("write"), 50).toFixed(1)),
    writeP99ms: Number(percentile(by("write"), 99).toFixed(1)),
    listP99ms: Number(percentile(by("list"), 99).toFixed(1)),
    errors: samples.filter((s) => !s.ok).length,
    writes: writes.length,
    lostWrites: lost,
  };
  console.log(JSON.stringify(result));
  console.log(
    `| ${result.database} | ${editors} | ${result.seconds} s | ${result.requests} | ${result.requestsPerSecond} | ` +
      `${result.p50ms} / ${result.p99ms} ms | ${result.writeP50ms} / ${result.writeP99ms} ms | ${result.errors} | ` +
      `${result.writes} | ${result.lostWrites} |`,
  );
  process.exitCode = result.errors === 0 && result.lostWrites === 0 ? 0 : 1;
} finally {
  server?.kill("SIGTERM");
  await database.$disconnect();
}
