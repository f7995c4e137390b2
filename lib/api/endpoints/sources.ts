/**
 * REST endpoints for sources: who said it. GET /api/sources (cursor pages by name) and GET /api/sources/{id}.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageQuerySchema, pageSchema } from "@/lib/api/page-schema";
import { type ClaimStatus, claimStatusSchema } from "@/lib/claims/schema";
import { statusOf } from "@/lib/errors";
import { type SourceKind, sourceKindSchema } from "@/lib/extract/schema";
import { decodeCursor, keyOfRow, pageOf } from "@/lib/pagination/cursor";
import { SOURCE_ORDER, sourceScopes, sourcesAfter, sourceWithStatusCounts } from "@/lib/sources/data";
import { editSource, mergeSource, sourceEditSchema, sourceMergeSchema } from "@/lib/sources/edit";

const ORDER_NAME = "source-name";

const kind = sourceKindSchema.meta({ id: "SourceKind", description: "What kind of speaker the source is." });

export const sourceSummarySchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: "The name as first seen in a document." }),
    kind,
    affiliation: z.string().nullable().meta({ description: "The organisation the source speaks for, if stated." }),
    claimCount: z.number().int().meta({ description: "Claims attributed to this source." }),
    document: z
      .object({ id: z.string(), title: z.string() })
      .nullable()
      .meta({
        description:
          'For a description such as "Police" or "Officials": the document it is the source of (each document\'s ' +
          '"Police" is its own source, ADR 019); null for a name, which is one source everywhere.',
      }),
  })
  .meta({ id: "SourceSummary", description: "A source as listed: who made claims, and how many." });

export const sourceSchema = sourceSummarySchema
  .extend({
    aliases: z.array(z.string()).meta({ description: 'Other surface forms of the name ("Daftari", "she").' }),
    notes: z.string().nullable(),
    createdAt: z.iso.datetime().meta({ description: "When the source was first stored (ISO 8601)." }),
    claimsByStatus: z
      .partialRecord(claimStatusSchema, z.number().int())
      .meta({ description: "Claim counts by status; a status without claims is absent." }),
  })
  .meta({ id: "Source", description: "One source with its claim counts by status." });

const listQuery = pageQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Part of the name, any case." }),
  kind: kind.optional(),
});

export const listSources = defineEndpoint({
  method: "GET",
  path: "/api/sources",
  tag: "Sources",
  summary: "List sources",
  description: "Sources ordered by name, then id; `nextCursor` continues the list. Filter by `q` (name) and `kind`.",
  role: "researcher",
  query: listQuery,
  response: pageSchema(sourceSummarySchema).meta({ id: "SourcePage" }),
  handler: async ({ query }) => {
    const after = query.cursor ? decodeCursor(query.cursor, ORDER_NAME, ["string", "string"]) : null;
    const rows = await sourcesAfter({ q: query.q, kind: query.kind }, after, query.limit + 1);
    const scopes = await sourceScopes(rows.map((r) => r.id));
    return pageOf(
      rows.map((r) => ({ ...r, kind: r.kind as SourceKind, document: documentOf(scopes.get(r.id)) })),
      query.limit,
      ORDER_NAME,
      (r) => keyOfRow(SOURCE_ORDER, r),
    );
  },
});

function documentOf(scope: { documentId: string; title: string } | undefined): { id: string; title: string } | null {
  return scope ? { id: scope.documentId, title: scope.title } : null;
}

export const getSource = defineEndpoint({
  method: "GET",
  path: "/api/sources/{id}",
  tag: "Sources",
  summary: "Get a source",
  description: "Name, kind, affiliation, aliases, and how many of its claims have each status.",
  role: "researcher",
  params: z.object({ id: z.string().min(1).meta({ description: "The source's id." }) }),
  response: sourceSchema,
  errors: { 404: "No source with this id." },
  handler: async ({ params }) => {
    const source = await sourceWithStatusCounts(params.id);
    if (!source) throw new ApiError(404, "not_found", "No source with this id.");
    const scope = (await sourceScopes([source.id])).get(source.id);
    return {
      ...source,
      document: documentOf(scope),
      kind: source.kind as SourceKind,
      claimsByStatus: source.claimsByStatus as Partial<Record<ClaimStatus, number>>,
      createdAt: source.createdAt.toISOString(),
    };
  },
});

// The documented bodies; each endpoint pipes its body into the write's own schema (lib/sources/edit.ts), so the
// handler gets the write's typed input (the name trimmed and cleaned as the form's is).
const sourceEditBody = z
  .object({
    name: z.string().max(200).meta({ description: "The name as it should be now (not empty)." }),
    kind,
    affiliation: z.string().max(200).nullable().meta({ description: "The organisation; null or empty for none." }),
    version: z.number().int().min(1).meta({ description: "The source's version you read." }),
  })
  .meta({ id: "SourceEdit", description: "A source as an editor sets it." });

const sourceMergeBody = z
  .object({
    intoId: z.string().min(1).meta({ description: "The source this one becomes part of." }),
    version: z.number().int().min(1).meta({ description: "This source's version you read." }),
    intoVersion: z.number().int().min(1).meta({ description: "The other source's version you read." }),
  })
  .meta({ id: "SourceMerge", description: "Merge this source into another." });

const sourceEditResult = z
  .object({
    ok: z.literal(true),
    id: z.string().meta({ description: "The source that stands (after a merge, the one merged into)." }),
    version: z.number().int().meta({ description: "Its new version." }),
  })
  .meta({ id: "SourceEditResult" });

const idParams = z.object({ id: z.string().min(1).meta({ description: "The source's id." }) });

export const editSourceEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/sources/{id}",
  tag: "Sources",
  summary: "Rename or re-kind a source",
  description:
    "Sets the name, kind and affiliation with the version you read (optimistic locking), as the source page's form " +
    "does; audited. The source's claims follow; the old name stays an alias, so later articles using it land here. " +
    "A name another source already has is refused (409): merge instead. Editors and admins only.",
  role: "editor",
  params: idParams,
  body: sourceEditBody.pipe(sourceEditSchema),
  response: sourceEditResult,
  errors: { 404: "No source with this id.", 409: "Changed since you read it, or the name is taken." },
  handler: async ({ params, body, user }) => {
    const result = await editSource(user, params.id, body);
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const mergeSourceEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/sources/{id}/merge",
  tag: "Sources",
  summary: "Merge a source into another",
  description:
    "Moves this source's claims, evidence and comments to `intoId`, keeps its names as aliases of that source and " +
    "deletes it; audited on both. Editors and admins only.",
  role: "editor",
  params: idParams,
  body: sourceMergeBody.pipe(sourceMergeSchema),
  response: sourceEditResult,
  errors: { 404: "Either source does not exist.", 409: "Either source changed since you read it." },
  handler: async ({ params, body, user }) => {
    const result = await mergeSource(user, params.id, body);
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const sourceEndpoints = [listSources, getSource, editSourceEndpoint, mergeSourceEndpoint];
