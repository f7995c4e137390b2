/**
 * The OpenAPI 3.1 document, built from the endpoint definitions in registry.ts with zod-openapi: the same zod schemas
 * that validate requests describe them here, so the document cannot drift from the code. Served at
 * GET /api/openapi.json, written to docs/openapi.json by `npm run openapi`, rendered at /docs/api.
 */
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from "zod-openapi";
import type { Endpoint } from "./endpoint.ts";
import { endpoints } from "./registry.ts";

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({
        description: "Stable machine-readable code: unauthenticated, forbidden, not_found, invalid, invalid_cursor, …",
        example: "not_found",
      }),
      message: z
        .string()
        .meta({ description: "A sentence for people; may change.", example: "No claim with this id." }),
    }),
  })
  .meta({ id: "Error", description: "The one error envelope every endpoint answers failures with." });

/** Sections of the reference, in order, with what each is for. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  Documents: "News documents: add one (its claims are extracted at once), list them, read one.",
  Claims: "Checkable claims extracted from documents: the claims table's query, one claim in full, status changes.",
  Export: "Everything the claims table shows, as one streamed file.",
  Sources: "Who said it: people, organisations, outlets.",
  Quantities: "The figures inside claims, each read as a number or interval.",
  Groups: "Figures that count the same thing, with the discrepancy verdict and the editor's decision.",
  Comments: "Reviewers' threads on claims and sources.",
  Tokens: "Personal API tokens for scripts.",
  Meta: "This document.",
};

const errorDescriptions: Record<number, string> = {
  400: "The body is not valid UTF-8 JSON (or is nested over 32 levels), or a multipart body cannot be read.",
  401: "No session cookie or API token, or it is no longer valid.",
  403: "Signed in, but the role is too low for this.",
  404: "Nothing with this id.",
  409: "Conflict with the current state.",
  413: "The body is over the size limit.",
  415: "The body's media type is not accepted.",
  422: "A parameter or the body failed validation, or holds a control character such as NUL (the message names the field).",
  500: "An unexpected failure; details are in the server log, never in the answer.",
  503: "The database is read-only, full or cannot be reached (code database_unavailable, with Retry-After): nothing was written; send the request again later.",
};

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: errorSchema } } };
}

function successResponses(endpoint: Endpoint): ZodOpenApiResponsesObject {
  const status = endpoint.status ?? 200;
  const responses: ZodOpenApiResponsesObject = {};
  const plain: Record<number, string> = { 200: "OK.", 201: "Created.", 204: "Done; no body." };
  const textOf = (code: number) => (code === status ? plain[code] : (endpoint.otherSuccess?.[code] ?? ""));
  for (const code of [status, ...Object.keys(endpoint.otherSuccess ?? {}).map(Number)]) {
    const key = String(code) as `2${string}`;
    if (endpoint.responseContent) {
      responses[key] = {
        description: textOf(code),
        content: Object.fromEntries(
          Object.entries(endpoint.responseContent).map(([type, c]) => [
            type,
            { schema: { type: "string", description: c.description } },
          ]),
        ),
      };
    } else if (endpoint.response) {
      responses[key] = { description: textOf(code), content: { "application/json": { schema: endpoint.response } } };
    } else {
      responses[key] = { description: textOf(code) };
    }
  }
  return responses;
}

function errorResponses(endpoint: Endpoint): ZodOpenApiResponsesObject {
  const codes = new Set([401, 403, 422, 500, 503]);
  if (endpoint.body || endpoint.requestContent) for (const c of [400, 413, 415]) codes.add(c);
  for (const c of Object.keys(endpoint.errors ?? {})) codes.add(Number(c));
  const responses: ZodOpenApiResponsesObject = {};
  for (const code of [...codes].sort((a, b) => a - b)) {
    const own = endpoint.errors?.[code];
    const base = errorDescriptions[code] ?? "Error.";
    const text = code === 403 ? `${base} Needs the ${endpoint.role} role or higher.` : (own ?? base);
    responses[String(code) as `4${string}`] = errorResponse(text);
  }
  return responses;
}

/** The operation for one endpoint; `x-role` carries the lowest role allowed (the reference page shows it). */
export function operationOf(endpoint: Endpoint): ZodOpenApiOperationObject {
  const requestContent = endpoint.body ? { "application/json": endpoint.body } : endpoint.requestContent;
  return {
    operationId: operationId(endpoint),
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: endpoint.description,
    "x-role": endpoint.role,
    requestParams: {
      ...(endpoint.params ? { path: endpoint.params } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
    },
    requestBody: requestContent
      ? {
          required: true,
          content: Object.fromEntries(Object.entries(requestContent).map(([type, schema]) => [type, { schema }])),
        }
      : undefined,
    responses: { ...successResponses(endpoint), ...errorResponses(endpoint) },
  };
}

/** "GET /api/claims/{id}/status" -> "getClaimsIdStatus": stable, unique per method and path. */
function operationId(endpoint: Endpoint): string {
  const words = endpoint.path
    .split("/")
    .filter((s) => s !== "" && s !== "api")
    .map((s) => s.replace(/[{}.]/g, ""));
  return [endpoint.method.toLowerCase(), ...words]
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
}

const documentOperation: ZodOpenApiOperationObject = {
  operationId: "getOpenapiJson",
  tags: ["Meta"],
  summary: "This OpenAPI document",
  description: "The OpenAPI 3.1 description of this API. No sign-in needed.",
  security: [],
  responses: {
    "200": { description: "The document.", content: { "application/json": { schema: { type: "object" } } } },
  },
};

/**
 * The whole OpenAPI 3.1 document for `list` (every registered endpoint by default).
 *
 * @example
 * const doc = buildOpenApiDocument(); doc.paths["/api/claims"].get.summary // "List claims"
 */
export function buildOpenApiDocument(list: Endpoint[] = endpoints): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of list) {
    paths[endpoint.path] ??= {};
    const item = paths[endpoint.path];
    const method = endpoint.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
    if (item[method]) throw new Error(`two definitions for ${endpoint.method} ${endpoint.path}`);
    item[method] = operationOf(endpoint);
  }
  paths["/api/openapi.json"] = { get: documentOperation };
  const tags = [...new Set([...list.map((e) => e.tag), "Meta"])].map((name) => ({
    name,
    description: TAG_DESCRIPTIONS[name],
  }));
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "claimtrack API",
      version: "0.1.0",
      description:
        "Claims, sources and figures extracted from news documents, their corroboration status and discrepancy " +
        "flags. Authenticate with a personal API token (`Authorization: Bearer ct_…`, created at /account/tokens) " +
        "or the browser's session cookie. Lists are cursor-paginated: pass `nextCursor` back as `cursor`. Every " +
        "failure is `{ error: { code, message } }`. Guide: docs/api.md.",
    },
    servers: [{ url: "/", description: "This claimtrack server" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags,
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description:
            "A personal API token from /account/tokens: `Authorization: Bearer ct_…`. Acts with its owner's role.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The browser session after signing in at /sign-in.",
        },
      },
    },
  });
}
