/**
 * Which methods an /api path answers, read from the committed OpenAPI document (docs/openapi.json, which
 * tests/unit/openapi.test.ts keeps equal to the endpoint definitions). The proxy answers a known path called with
 * another method with 405 in the envelope and an Allow header; Next's own 405 has an empty body (issue 14,
 * finding 9). Kept apart from lib/api/registry.ts so the proxy does not load every endpoint's code.
 */
import openapi from "../../docs/openapi.json";

const routes = Object.entries(openapi.paths as Record<string, Record<string, unknown>>).map(([template, ops]) => ({
  pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^/}]+\}/g, "[^/]+")}$`),
  methods: Object.keys(ops).map((m) => m.toUpperCase()),
}));

/**
 * The methods the API defines for `pathname`, or null when no endpoint has this path.
 *
 * @example
 * allowedMethods("/api/claims/abc/status") // ["PUT"]
 * allowedMethods("/api/nothing") // null
 */
export function allowedMethods(pathname: string): string[] | null {
  const found = routes.filter((r) => r.pattern.test(pathname));
  if (found.length === 0) return null;
  return [...new Set(found.flatMap((r) => r.methods))];
}
