import { readFileSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiJson } from "@/lib/api/openapi-file";

const root = path.resolve(import.meta.dirname, "../..");
type Operation = { summary?: string; tags?: string[]; "x-role"?: string; responses: Record<string, unknown> };

function operations(doc: ReturnType<typeof buildOpenApiDocument>): Array<[string, Operation]> {
  return Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => [`${method.toUpperCase()} ${p}`, op]),
  ) as Array<[string, Operation]>;
}

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("matches the committed docs/openapi.json (run `npm run openapi` after changing an endpoint)", () => {
    expect(readFileSync(path.join(root, "docs/openapi.json"), "utf8")).toBe(openApiJson());
  });

  it("gives every operation a summary, a tag, its role, and the error envelope for 401/403/422/500", () => {
    for (const [name, op] of operations(doc)) {
      expect(op.summary, name).toBeTruthy();
      expect(op.tags?.length, name).toBe(1);
      if (name === "GET /api/openapi.json") continue; // public
      expect(op["x-role"], name).toMatch(/^(researcher|reviewer|editor|admin)$/);
      for (const code of ["401", "403", "422", "500"]) {
        expect(JSON.stringify(op.responses[code]), `${name} ${code}`).toContain("#/components/schemas/Error");
      }
    }
  });

  it("declares both ways in: a bearer API token and the session cookie", () => {
    expect(doc.components?.securitySchemes).toMatchObject({
      bearerToken: { type: "http", scheme: "bearer" },
      sessionCookie: { type: "apiKey", in: "cookie" },
    });
    expect(doc.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
  });

  it("documents both ingest bodies and all four export media types", () => {
    const post = doc.paths?.["/api/documents"]?.post;
    expect(Object.keys(post?.requestBody && "content" in post.requestBody ? post.requestBody.content : {})).toEqual([
      "application/json",
      "multipart/form-data",
    ]);
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(["200", "201", "413", "415", "422"]));
    const exp = doc.paths?.["/api/export"]?.get?.responses?.["200"];
    expect(Object.keys(exp && "content" in exp ? (exp.content ?? {}) : {})).toEqual([
      "text/csv",
      "application/json",
      "application/x-ndjson",
      "application/ld+json",
    ]);
  });
});
