/**
 * GET /api/tokens: the caller's personal API tokens (never the secrets). POST /api/tokens `{ name, expiresInDays? }`:
 * 201 with the new token's secret, shown this once. Creating needs a browser session: a request authenticated by a
 * token is refused (403), so a leaked token cannot mint itself successors that outlive its revocation.
 */
import { NextResponse } from "next/server";
import { gate } from "@/lib/auth/require";
import { newTokenInput } from "@/lib/auth/tokens-schema";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens-store";
import { db } from "@/lib/db/client";
import { apiError, handle } from "../_lib/respond.ts";

export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const access = await gate(request.headers, "researcher");
    if (!access.ok) return apiError(access.status, access.code, access.message);
    return NextResponse.json({ tokens: await listApiTokens(db(), access.user.id) });
  });
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const access = await gate(request.headers, "researcher");
    if (!access.ok) return apiError(access.status, access.code, access.message);
    if (access.user.apiTokenId) {
      return apiError(403, "forbidden", "API tokens are created in a signed-in browser session, not with a token.");
    }
    const body: unknown = await request.json().catch(() => undefined);
    if (body === undefined) return apiError(400, "invalid_json", "Send a JSON body: { name, expiresInDays? }.");
    const input = newTokenInput.parse(body);
    return NextResponse.json(await createApiToken(db(), access.user.id, input), { status: 201 });
  });
}
