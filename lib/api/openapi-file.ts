/**
 * The OpenAPI document as the text committed at docs/openapi.json: two-space JSON with a final newline, so the
 * file diffs line by line when an endpoint changes.
 */
import { buildOpenApiDocument } from "./openapi.ts";

/**
 * docs/openapi.json's expected content.
 *
 * @example
 * writeFileSync("docs/openapi.json", openApiJson());
 */
export function openApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
