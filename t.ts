import { completeRows } from "@/lib/claims/data";
import { claimsWhereSql, countClaims, selectClaimsPage } from "@/lib/db/claims-page-sql";
import { pageFilter, sortSpec } from "@/lib/claims/query";
import { claimsQuerySchema } from "@/lib/claims/schema";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
const database = createDb(resolveDatabase());
for (const params of [{}, { sort: "value", dir: "desc" }, { q: "police" }]) {
  const query = claimsQuerySchema.parse(params);
  const where = claimsWhereSql(pageFilter(query, {}), true);
  for (let i = 0; i < 3; i++) {
    let s = performance.now(); await countClaims(database, where); const tc = performance.now() - s;
    s = performance.now(); const rows = await selectClaimsPage(database, where, sortSpec(query.sort, query.dir), 50, 0); const tp = performance.now() - s;
    s = performance.now(); await completeRows(rows, database); const tr = performance.now() - s;
    console.log(JSON.stringify(params), `count ${tc.toFixed(0)} page ${tp.toFixed(0)} complete ${tr.toFixed(0)}`);
  }
}
await database.$disconnect();
