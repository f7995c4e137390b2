/** GET /api/openapi.json: the OpenAPI 3.1 document (lib/api/openapi.ts). Public: it describes, it holds no data. */
import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

let cached: ReturnType<typeof buildOpenApiDocument> | null = null;

export function GET(): Response {
  cached ??= buildOpenApiDocument();
  return NextResponse.json(cached, { headers: { "Cache-Control": "public, max-age=300" } });
}
