/**
 * One definition per REST endpoint: method, path, minimum role, zod schemas for path parameters, query, body and
 * response, and the handler. `route()` turns a definition into a Next.js route handler (role gate, input parsing,
 * one error envelope); lib/api/openapi.ts turns the same definitions into the OpenAPI document, so the document and
 * the validation can never disagree.
 */
import { NextResponse } from "next/server";
import type { z } from "zod";
import { gate, type SessionUser } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { findControl } from "@/lib/text/control";
import { ApiError } from "./errors.ts";
import { readJsonBody } from "./json-body.ts";
import { handle } from "./respond.ts";

export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

// biome-ignore lint/suspicious/noExplicitAny: the definition's schemas are any zod types; inference happens in defineEndpoint.
type AnySchema = z.ZodType<any, any>;

export interface EndpointInput<P extends AnySchema, Q extends AnySchema, B extends AnySchema> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  /** The signed-in user the gate let through at `role`: the actor of a domain write. */
  user: SessionUser;
  request: Request;
}

export interface Endpoint<
  P extends AnySchema = AnySchema,
  Q extends AnySchema = AnySchema,
  B extends AnySchema = AnySchema,
  R extends AnySchema = AnySchema,
> {
  method: Method;
  /** OpenAPI style, e.g. "/api/claims/{id}". */
  path: string;
  /** The OpenAPI tag (the reference page's section), e.g. "Claims". */
  tag: string;
  summary: string;
  description?: string;
  /** The lowest role allowed (reads: "researcher"). */
  role: Role;
  params?: P;
  query?: Q;
  /** A JSON body (application/json), parsed by route() before the handler runs. */
  body?: B;
  /**
   * Bodies the handler reads itself (several media types, multipart uploads): documented only, route() leaves the
   * request unread. E.g. { "application/json": jsonSchema, "multipart/form-data": formSchema }.
   */
  requestContent?: Record<string, AnySchema>;
  /** The success body's schema; null for 204. */
  response: R | null;
  /** Success media types other than JSON (a streamed file); documented only, the handler returns the Response. */
  responseContent?: Record<string, { description: string }>;
  /** Success status; 200 by default. */
  status?: 200 | 201 | 204;
  /** Other success statuses the handler may answer with the same body, e.g. { 200: "Already stored." }. */
  otherSuccess?: Record<number, string>;
  /** Extra documented error statuses besides 401/403/422/500/503, e.g. { 404: "No claim with this id." }. */
  errors?: Record<number, string>;
  /** Returns the body (serialised as JSON with `status`) or a whole Response (streams, 200-vs-201 choices). */
  handler: (input: EndpointInput<P, Q, B>) => Promise<z.input<R> | Response>;
}

/**
 * Declares an endpoint with its types inferred from its schemas.
 *
 * @example
 * export const getSource = defineEndpoint({ method: "GET", path: "/api/sources/{id}", tag: "Sources",
 *   summary: "One source", role: "researcher", params: z.object({ id: z.string() }), response: sourceSchema,
 *   handler: async ({ params }) => findSource(params.id) });
 */
export function defineEndpoint<
  P extends AnySchema = AnySchema,
  Q extends AnySchema = AnySchema,
  B extends AnySchema = AnySchema,
  R extends AnySchema = AnySchema,
>(endpoint: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return endpoint;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The Next.js route handler for an endpoint: gate (session cookie or API token), parse params, query and body with
 * the endpoint's schemas (422 envelope on failure), run the handler, answer JSON with the endpoint's status.
 *
 * @example
 * // app/api/sources/[id]/route.ts
 * export const GET = route(getSource);
 */
export function route<P extends AnySchema, Q extends AnySchema, B extends AnySchema, R extends AnySchema>(
  endpoint: Endpoint<P, Q, B, R>,
): (request: Request, context?: RouteContext) => Promise<Response> {
  return (request, context) =>
    handle(async () => {
      const access = await gate(request.headers, endpoint.role);
      if (!access.ok) throw new ApiError(access.status, access.code, access.message);
      const rawParams = context ? await context.params : {};
      refuseControl(rawParams, "path");
      const params = (endpoint.params ? endpoint.params.parse(rawParams) : rawParams) as z.output<P>;
      const search = Object.fromEntries(new URL(request.url).searchParams);
      refuseControl(search, "query");
      const query = (endpoint.query ? endpoint.query.parse(search) : {}) as z.output<Q>;
      const json = endpoint.body ? await readJson(request) : undefined;
      refuseControl(json, "body");
      const body = (endpoint.body ? endpoint.body.parse(json) : undefined) as z.output<B>;
      const result = await endpoint.handler({ params, query, body, user: access.user, request });
      if (result instanceof Response) return result;
      if (endpoint.status === 204) return new Response(null, { status: 204 });
      return NextResponse.json(result, { status: endpoint.status ?? 200 });
    });
}

/**
 * A NUL or other control character in the path (`/api/comments/a%00b/resolve`), the query or a JSON body: 422 naming
 * the field, before any database sees it (PostgreSQL answers a NUL in text with an error: a 500).
 */
function refuseControl(value: unknown, where: "path" | "query" | "body"): void {
  const found = findControl(value);
  if (found) {
    throw new ApiError(
      422,
      "invalid_text",
      `${where} ${found.path}: contains the control character ${found.char}; remove it and send again.`,
    );
  }
}

/** Upper bound on a JSON body; document ingest, the largest, has its own larger limit and its own reader. */
const MAX_JSON_BYTES = 1024 * 1024;

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) {
    throw new ApiError(415, "unsupported_type", "Send the body as application/json.");
  }
  return readJsonBody(request, MAX_JSON_BYTES);
}
