/**
 * Every REST endpoint definition, in the order the reference page shows them. lib/api/openapi.ts builds the OpenAPI
 * document from this list, and tests/unit/openapi-routes.test.ts checks it against the app/api route files, so an
 * endpoint missing here fails the build's tests. Each area's definitions live in lib/api/endpoints/<area>.ts.
 */
import type { Endpoint } from "./endpoint.ts";
import { claimStructureEndpoints } from "./endpoints/claim-structure.ts";
import { claimEndpoints } from "./endpoints/claims.ts";
import { claimBulkEndpoints } from "./endpoints/claims-bulk.ts";
import { commentEndpoints } from "./endpoints/comments.ts";
import { documentEndpoints } from "./endpoints/documents.ts";
import { exportEndpoints } from "./endpoints/export.ts";
import { groupEndpoints } from "./endpoints/groups.ts";
import { ingestJobEndpoints } from "./endpoints/ingest-jobs.ts";
import { quantityEndpoints } from "./endpoints/quantities.ts";
import { sourceEndpoints } from "./endpoints/sources.ts";
import { tokenEndpoints } from "./endpoints/tokens.ts";

export const endpoints: Endpoint[] = [
  ...documentEndpoints,
  ...ingestJobEndpoints,
  ...claimEndpoints,
  ...claimStructureEndpoints,
  ...claimBulkEndpoints,
  ...quantityEndpoints,
  ...sourceEndpoints,
  ...groupEndpoints,
  ...commentEndpoints,
  ...exportEndpoints,
  ...tokenEndpoints,
];
