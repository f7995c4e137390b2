/**
 * GET /api/claims' keyset page (listClaimsPage) against the claims table's OFFSET page (listClaims, which also counts)
 * at row 50,000 of several orders, on the database DATABASE_URL names (100,000 claims: scripts/load-claims.ts).
 * Checks both return the same rows. Usage: DATABASE_URL=file:./data/bench.db npx tsx --import ./scripts/hooks/server-side.mjs scripts/bench-api-cursor.ts
 */

import { listClaims } from "@/lib/claims/data";
import { listClaimsPage } from "@/lib/claims/keyset";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { db } from "@/lib/db/client";
import { encodeCursor } from "@/lib/pagination/cursor";

const database = db();
const total = await database.claim.count();
console.log(
  "claims",
  total,
  "load",
  (await import("node:os"))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" "),
);
const cases = [
  { sort: "position", dir: "asc" },
  { sort: "value", dir: "desc" },
  { sort: "source", dir: "asc" },
  { sort: "claim", dir: "desc" },
] as const;
const depth = 50_000;
function median(xs: number[]) {
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
async function time(fn: () => Promise<unknown>) {
  const t: number[] = [];
  for (let i = 0; i < 6; i++) {
    const s = performance.now();
    await fn();
    if (i) t.push(performance.now() - s);
  }
  return median(t).toFixed(1);
}
for (const c of cases) {
  const base = { ...claimsQuerySchema.parse(c), limit: 50 };
  // The key of the row just before `depth` in this order, from the OFFSET page itself.
  const before = await listClaims(claimsQuerySchema.parse({ ...c, pageSize: 50, page: depth / 50 }));
  const last = before.rows[before.rows.length - 1];
  const raw = await database.claim.findUniqueOrThrow({
    where: { id: last.id },
    select: { sortText: true, sortValue: true, sourceName: true, documentId: true, position: true },
  });
  const key =
    c.sort === "position"
      ? [raw.documentId, raw.position, last.id]
      : c.sort === "value"
        ? [raw.sortValue, last.id]
        : c.sort === "source"
          ? [raw.sourceName, last.id]
          : [raw.sortText, last.id];
  const cursor = encodeCursor(`claims:${c.sort}:${c.dir}`, key);
  const viaCursor = await listClaimsPage({ ...base, cursor });
  const viaOffset = await listClaims(claimsQuerySchema.parse({ ...c, pageSize: 50, page: depth / 50 + 1 }));
  const same = viaCursor.items.map((r) => r.id).join() === viaOffset.rows.map((r) => r.id).join();
  console.log(
    `${c.sort} ${c.dir}: first page ${await time(() => listClaimsPage(base))} ms; at row ${depth}: cursor ${await time(() => listClaimsPage({ ...base, cursor }))} ms vs offset ${await time(() => listClaims(claimsQuerySchema.parse({ ...c, pageSize: 50, page: depth / 50 + 1 })))} ms; same rows: ${same}`,
  );
}
await database.$disconnect();
