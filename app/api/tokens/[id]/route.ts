/**
 * DELETE /api/tokens/:id: revokes a personal API token. Owners revoke their own, admins anyone's (403 otherwise,
 * 404 unknown id). The token stays listed as revoked; requests with it get 401 from then on.
 */
import { NextResponse } from "next/server";
import { gate } from "@/lib/auth/require";
import { revokeApiToken } from "@/lib/auth/tokens-store";
import { db } from "@/lib/db/client";
import { apiError, handle } from "../../_lib/respond.ts";

export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await ctx.params;
    const access = await gate(request.headers, "researcher");
    if (!access.ok) return apiError(access.status, access.code, access.message);
    const result = await revokeApiToken(db(), id, access.user);
    if (!result.ok) return apiError(result.status, result.code, result.message);
    return NextResponse.json({ token: result.token });
  });
}
