/**
 * PUT /api/claims/:id/status with `{ status, version }`: the same optimistic-locking update as the inline editor.
 * 409 when the version is stale, 404 for an unknown claim.
 */
import { NextResponse } from "next/server";
import { updateClaimStatusAction } from "@/lib/claims/actions";
import { apiError, handle } from "../../../_lib/respond.ts";

const statusOf = { conflict: 409, not_found: 404, invalid: 422 } as const;

export async function PUT(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await ctx.params;
    const body: unknown = await request.json().catch(() => null);
    const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    const result = await updateClaimStatusAction({ claimId: id, status: record.status, version: record.version });
    if (!result.ok) return apiError(statusOf[result.code], result.code, result.message);
    return NextResponse.json(result);
  });
}
