/**
 * PUT /api/claims/:id/status with `{ status, version }`: the same optimistic-locking update as the inline editor,
 * behind the same role gate. 401 signed out, 403 below editor, 409 stale version, 404 unknown claim.
 */
import { NextResponse } from "next/server";
import { gate } from "@/lib/auth/require";
import { changeClaimStatus, HTTP_STATUS } from "@/lib/claims/commands";
import { apiError, handle } from "../../../_lib/respond.ts";

export async function PUT(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await ctx.params;
    const body: unknown = await request.json().catch(() => null);
    const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    const access = await gate(request.headers, "editor");
    const result = await changeClaimStatus(access, { claimId: id, status: record.status, version: record.version });
    if (!result.ok) return apiError(HTTP_STATUS[result.code], result.code, result.message);
    return NextResponse.json(result);
  });
}
