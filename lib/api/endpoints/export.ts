/**
 * GET /api/export?format=csv|json|jsonl|claimreview&<the claims table's filters and sort>: every claim the table
 * shows (all pages), streamed as a download. Errors before the first byte use the API's envelope: the first chunk
 * is read before the response starts, so a failing query is a 500 envelope, not a truncated file.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { publicBaseUrl } from "@/lib/env";
import { exportFileName, exportFormatSchema, formatInfo, serialize } from "@/lib/export/formats";
import { streamClaimRows } from "@/lib/export/stream";
import { claimFiltersSchema } from "./claim-schemas.ts";

export const exportQuerySchema = claimFiltersSchema.extend({
  format: exportFormatSchema.default("csv").meta({
    description: "csv, json (one array), jsonl (one claim a line, re-importable) or claimreview (schema.org JSON-LD).",
  }),
  perFigure: z.enum(["0", "1"]).optional().meta({
    description: "format=csv only: 1 writes one record per figure (figure_number first) instead of per claim.",
  }),
});

/** The chunks as a byte stream that pulls one chunk per read (backpressure) and stops the query on cancel. */
function byteStream(first: IteratorResult<string>, chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
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
}

export const exportClaims = defineEndpoint({
  method: "GET",
  path: "/api/export",
  tag: "Export",
  summary: "Export claims",
  description:
    "Every claim matching the filters, in the sort order, as one streamed file (`Content-Disposition: attachment`). " +
    "Takes the claims table's filter and sort parameters (as GET /api/claims, without paging): the table's Export " +
    "menu links here with its own URL state. Columns and formats: docs/export.md.",
  role: "researcher",
  query: exportQuerySchema,
  response: null,
  responseContent: {
    "text/csv": { description: "format=csv: RFC 4180 CSV with a header row, UTF-8, formulas neutralised." },
    "application/json": { description: "format=json: one JSON array of export rows." },
    "application/x-ndjson": { description: "format=jsonl: one export row per line (`claimtrack import` reads it)." },
    "application/ld+json": { description: "format=claimreview: schema.org ClaimReview objects (JSON-LD)." },
  },
  handler: async ({ query, request, user }) => {
    const { format, perFigure, ...filters } = query;
    const table = { ...filters, page: 1, pageSize: 50, hide: [] };
    // The public address when the app sits behind a proxy (CLAIMTRACK_PUBLIC_URL), else the address asked for.
    const baseUrl = publicBaseUrl(new URL(request.url).origin);
    const chunks = serialize(format, streamClaimRows(table, { scope: { userId: user.id } }), {
      baseUrl,
      perFigure: perFigure === "1",
    });
    const first = await chunks.next();
    return new Response(byteStream(first, chunks), {
      headers: {
        "Content-Type": formatInfo[format].contentType,
        "Content-Disposition": `attachment; filename="${exportFileName(format, new Date())}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
});

export const exportEndpoints = [exportClaims];
