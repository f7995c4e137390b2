/**
 * GET /api/claims: the claims table's query over HTTP, same parameters as the /claims URL
 * (sort, dir, page, pageSize, status, flag, source, document, q).
 */
import { NextResponse } from "next/server";
import { denyUnless } from "@/lib/auth/route";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/schema";
import { handle } from "../_lib/respond.ts";

export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const denied = await denyUnless(request, "researcher");
    if (denied) return denied;
    const params = new URL(request.url).searchParams;
    const query = claimsQuerySchema.parse(Object.fromEntries(params));
    return NextResponse.json(await listClaims(query));
  });
}
