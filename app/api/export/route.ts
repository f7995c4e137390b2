/**
 * GET /api/export?format=csv|json|jsonl|claimreview&<the claims table's URL params>: every claim the table shows
 * (same filters and sort; page and pageSize ignored), streamed as a download. Errors before the first byte use the
 * API's envelope; the first chunk is read before the response starts so a failing query is a 500 envelope, not a
 * truncated file.
 */

import { denyUnless } from "@/lib/auth/route";
import { claimsQuerySchema } from "@/lib/claims/schema";
import { streamClaimRows } from "@/lib/claims/stream";
import { exportFileName, exportFormatSchema, formatInfo, serialize } from "@/lib/export/formats";
import { apiError, handle } from "../_lib/respond.ts";

export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const denied = await denyUnless(request, "researcher"); // researchers read and export
    if (denied) return denied;
    const url = new URL(request.url);
    const params = url.searchParams;
    const format = exportFormatSchema.safeParse(params.get("format") ?? "csv");
    if (!format.success) {
      return apiError(422, "invalid", `format: expected one of csv, json, jsonl, claimreview`);
    }
    const query = claimsQuerySchema.parse(Object.fromEntries(params));
    const chunks = serialize(format.data, streamClaimRows(query), { baseUrl: url.origin });
    const first = await chunks.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (first.done) controller.close();
        else controller.enqueue(encoder.encode(first.value));
      },
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          console.error("export stream failed", error);
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const { contentType } = formatInfo[format.data];
    return new Response(body, {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${exportFileName(format.data, new Date())}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
