/**
 * `npm run openapi`: writes the OpenAPI document to docs/openapi.json (`-- --check` only compares, exit 1 if stale).
 * tests/unit/openapi.test.ts fails when the committed file differs from what the code generates.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openApiJson } from "@/lib/api/openapi-file";

const file = path.resolve(import.meta.dirname, "../docs/openapi.json");
const text = openApiJson();
if (process.argv.includes("--check")) {
  const current = readFileSync(file, "utf8");
  if (current !== text) {
    console.error("docs/openapi.json is out of date: run `npm run openapi`.");
    process.exit(1);
  }
  console.log("docs/openapi.json is up to date.");
} else {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
}
