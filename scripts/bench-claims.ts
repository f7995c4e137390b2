/**
 * `npm run bench:claims`: server time of the claims table at scale. Loads DATABASE_URL up to --claims (default
 * 100,000) real-text claims if it holds fewer (scripts/load-claims.ts), then times listClaims() — what /claims and
 * GET /api/claims run per request — for the first page, a sort change and a filter change.
 *
 *   DATABASE_URL=file:./data/bench.db npm run bench:claims
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:55432/claimtrack_bench npm run bench:claims
 *
 * With `-- --url http://127.0.0.1:3000` it also times GET /api/claims on a server started on the same database
 * (HTTP round trip: routing, gate, query, JSON), next to the in-process figures. The API needs credentials: pass a
 * personal API token (made on /account/tokens) in CLAIMTRACK_TOKEN. The API pages by cursor, so the page-200 scenario
 * is timed as its first page there.
 */
import { parseArgs } from "node:util";
import { listClaims } from "@/lib/claims/data";
import { flagCounts, statusCounts } from "@/lib/claims/facet-counts";
import { facetOptions, searchFacet } from "@/lib/claims/facet-data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { createDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/url";
import { loadClaims } from "./load-claims.ts";

/** Issue 15: every scenario under 150 ms server time at 1,000,000 claims. */
const TARGET_MS = 150;

const scenarios: Array<[string, Record<string, string>]> = [
  ["first page (default: position asc)", {}],
  ["sort change: value desc", { sort: "value", dir: "desc" }],
  ["filter change: status=disputed + q=said", { status: "disputed", q: "said" }],
  ["sort: source asc, page 200", { sort: "source", page: "200" }],
  ["filter: flag=conflict, sort claim", { flag: "conflict", sort: "claim" }],
  ["text search: q=police", { q: "police" }],
  ["sort: status (workflow order) desc", { sort: "status", dir: "desc" }],
  ["filter: assignee=none, sort value asc", { assignee: "none", sort: "value" }],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function benchHttp(base: string, runs: number): Promise<void> {
  const token = process.env.CLAIMTRACK_TOKEN;
  if (!token) throw new Error("--url needs CLAIMTRACK_TOKEN: a personal API token from /account/tokens on that server");
  const headers = { Authorization: `Bearer ${token}` };
  console.log(`\nGET ${base}/api/claims, ms`);
  for (const [name, { page: _page, ...params }] of scenarios) {
    const url = `${base}/api/claims?${new URLSearchParams(params)}`;
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      if (i > 0) times.push(performance.now() - t); // the first request warms the route
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(44)} ${"".padStart(8)} ${"".padStart(7)} ${percentile(times, 0.5).toFixed(1).padStart(7)} ${percentile(times, 0.95).toFixed(1).padStart(7)}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "100000" },
      runs: { type: "string", default: "9" },
      url: { type: "string" },
    },
  });
  const target = resolveDatabase();
  migrateDatabase(target);
  const database = createDb(target);
  try {
    const added = await loadClaims(Number(values.claims), (n) => console.log(`loading: ${n} claims`), database);
    if (added > 0) console.log(`loaded ${added} claims`);
    const total = await database.claim.count();
    const [load] = await import("node:os").then((os) => os.loadavg());
    console.log(
      `\n${target.provider}: ${total.toLocaleString("en-US")} claims; listClaims() server time, ms ` +
        `(load average ${load.toFixed(1)} on ${(await import("node:os")).cpus().length} cores)`,
    );
    console.log(
      `${"scenario".padEnd(44)} ${"rows".padStart(8)} ${"cold".padStart(7)} ${"median".padStart(7)} ${"p95".padStart(7)} ${"cpu".padStart(7)}`,
    );
    let worst = 0;
    for (const [name, params] of scenarios) {
      const query = claimsQuerySchema.parse(params);
      const coldStart = performance.now();
      const page = await listClaims(query, {}, database);
      const cold = performance.now() - coldStart;
      const times: number[] = [];
      // CPU time of this process per request: on SQLite that includes the database work, and unlike wall time it
      // does not grow when other jobs compete for the cores.
      const cpuStart = process.cpuUsage();
      for (let i = 0; i < Number(values.runs); i++) {
        const t = performance.now();
        await listClaims(query, {}, database);
        times.push(performance.now() - t);
      }
      const cpu = process.cpuUsage(cpuStart);
      const cpuMs = (cpu.user + cpu.system) / 1000 / Number(values.runs);
      times.sort((a, b) => a - b);
      const median = percentile(times, 0.5);
      worst = Math.max(worst, median);
      console.log(
        `${name.padEnd(44)} ${String(page.total).padStart(8)} ${cold.toFixed(1).padStart(7)} ${median.toFixed(1).padStart(7)} ${percentile(times, 0.95).toFixed(1).padStart(7)} ${cpuMs.toFixed(1).padStart(7)}`,
      );
    }
    // The Source and Document filters the /claims page loads beside each page, and the filter's name search.
    const facets: Array<[string, () => Promise<unknown>]> = [
      ["facet list: documents (most cited 60)", () => facetOptions("document", [], database)],
      ["facet list: sources (most cited 60)", () => facetOptions("source", [], database)],
      ["facet search: documents 'bomb'", () => searchFacet("document", "bomb", database)],
      // Read when the Status / Flag filter opens, not with the page (not in the page target).
      ["on open: status counts (no filter)", () => statusCounts(claimsQuerySchema.parse({}), {}, database)],
      ["on open: flag counts (no filter)", () => flagCounts(claimsQuerySchema.parse({}), {}, database)],
      ["on open: status counts, q=police", () => statusCounts(claimsQuerySchema.parse({ q: "police" }), {}, database)],
    ];
    for (const [name, run] of facets) {
      const coldStart = performance.now();
      await run();
      const cold = performance.now() - coldStart;
      const times: number[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const median = percentile(times, 0.5);
      if (!name.startsWith("on open")) worst = Math.max(worst, median);
      console.log(
        `${name.padEnd(44)} ${"".padStart(8)} ${cold.toFixed(1).padStart(7)} ${median.toFixed(1).padStart(7)} ${percentile(times, 0.95).toFixed(1).padStart(7)}`,
      );
    }
    if (values.url) await benchHttp(values.url, Number(values.runs));
    console.log(
      `\nworst median ${worst.toFixed(1)} ms (target < ${TARGET_MS} ms): ${worst < TARGET_MS ? "OK" : "OVER TARGET"}`,
    );
  } finally {
    await database.$disconnect();
  }
}

await main();
