/**
 * Every REST endpoint definition, in the order the reference page shows them. lib/api/openapi.ts builds the OpenAPI
 * document from this list, and tests/unit/openapi-routes.test.ts checks it against the app/api route files, so an
 * endpoint missing here fails the build's tests. Each area's definitions live in lib/api/endpoints/<area>.ts.
 */
import type { Endpoint } from "./endpoint.ts";

export const endpoints: Endpoint[] = [];
