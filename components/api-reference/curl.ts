/**
 * A curl command for an operation, authenticated with a personal API token from the environment, with an example
 * body built from the request schema (required fields only, placeholder values).
 */
import { type Components, type JsonSchema, resolve, unwrapNullable } from "./json-schema.ts";

export interface CurlInput {
  method: string;
  path: string;
  /** Required query parameters (name -> example), added to the URL. */
  query?: Record<string, string>;
  /** Media type -> schema of the request body. */
  body?: Record<string, JsonSchema>;
  /** A file to save a download to (export). */
  output?: string;
}

const BASE = "http://127.0.0.1:3000";

function example(schema: JsonSchema, components: Components, depth = 0): unknown {
  const { inner } = unwrapNullable(resolve(schema, components));
  const s = resolve(inner, components);
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.type === "integer" || s.type === "number") return s.minimum ?? 1;
  if (s.type === "boolean") return true;
  if (s.type === "array") return s.items && depth < 3 ? [example(s.items, components, depth + 1)] : [];
  if (s.properties && depth < 3) {
    const required = new Set(s.required ?? []);
    return Object.fromEntries(
      Object.entries(s.properties)
        .filter(([name]) => required.has(name))
        .map(([name, p]) => [name, example(p, components, depth + 1)]),
    );
  }
  return "…";
}

/** "/api/claims/{id}" -> "/api/claims/$CLAIM_ID" style placeholders, from the path's resource. */
function fillPath(path: string): string {
  return path.replace(/([a-z]+)\/\{(\w+)\}/g, (_m, resource: string, name: string) => {
    const singular = resource.replace(/ies$/, "y").replace(/s$/, "").toUpperCase();
    return `${resource}/$${singular}_${name.toUpperCase()}`;
  });
}

/**
 * The curl command, one option per line.
 *
 * @example
 * curlExample({ method: "GET", path: "/api/claims" }, {})
 * // curl "http://127.0.0.1:3000/api/claims" \
 * //   -H "Authorization: Bearer $CLAIMTRACK_TOKEN"
 */
export function curlExample(input: CurlInput, components: Components): string {
  const search = new URLSearchParams(input.query ?? {}).toString();
  const url = `${BASE}${fillPath(input.path)}${search ? `?${search}` : ""}`;
  const lines = [`curl${input.method === "GET" ? "" : ` -X ${input.method}`} "${url}"`];
  lines.push(`  -H "Authorization: Bearer $CLAIMTRACK_TOKEN"`);
  const json = input.body?.["application/json"];
  const form = input.body?.["multipart/form-data"];
  if (json) {
    lines.push(`  -H "Content-Type: application/json"`);
    lines.push(`  -d '${JSON.stringify(example(json, components))}'`);
  } else if (form) {
    lines.push(`  -F "file=@article.txt"`);
  }
  if (input.output) lines.push(`  -o ${input.output}`);
  return lines.join(" \\\n");
}
