/**
 * The OpenAPI document and the route files agree: every exported method of every app/api/**\/route.ts is in the
 * document, and every operation in the document has a route file exporting its method. Excluded: better-auth's
 * catch-all app/api/auth/[...all] (sign-in, sign-out, sessions: better-auth's own protocol, not this API).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const apiDir = path.resolve(import.meta.dirname, "../../app/api");
// The API catch-all only answers 404 in the envelope for paths no endpoint has.
const EXCLUDED = ["auth/[...all]", "[...path]"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** "GET /api/claims/{id}/status" for each method a route file exports. */
function routesOnDisk(): string[] {
  return routeFiles(apiDir).flatMap((file) => {
    const rel = path.relative(apiDir, path.dirname(file)).split(path.sep).join("/");
    if (EXCLUDED.includes(rel)) return [];
    const urlPath = `/api/${rel}`.replace(/\[([^\]]+)\]/g, "{$1}");
    const source = readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)];
    return methods.map((m) => `${m[1]} ${urlPath}`);
  });
}

function routesInDocument(): string[] {
  const doc = buildOpenApiDocument();
  return Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
    Object.keys(item ?? {})
      .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
      .map((method) => `${method.toUpperCase()} ${p}`),
  );
}

describe("route files and the OpenAPI document", () => {
  it("list the same operations", () => {
    expect(routesOnDisk().sort()).toEqual(routesInDocument().sort());
  });

  it("finds the routes it should (the scan is not vacuous)", () => {
    expect(routesOnDisk()).toEqual(expect.arrayContaining(["GET /api/claims", "PUT /api/claims/{id}/status"]));
  });
});
