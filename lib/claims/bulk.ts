/**
 * Bulk status changes on the claims table (issue 13 item 3) and their undo. A bulk change acts on the claims' current
 * state (docs/decisions/016-bulk-changes.md): every selected claim not already at the status is set, its version
 * incremented and one audit row written per claim, all in one transaction, plus one "bulkChange" audit row holding
 * each changed claim's id, status before and version after — the record undo reads. Undo restores a claim only where
 * its version is still the bulk's (nobody changed it since); the others are kept and reported.
 */
import { z } from "zod";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { Gate } from "@/lib/auth/require";
import { claimsWhereSql } from "@/lib/db/claims-page-sql";
import { type Db, db, providerOf, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { newId } from "@/lib/db/ids";
import { pageFilter } from "./query.ts";
import { type ClaimStatus, claimStatusSchema, claimsQuerySchema } from "./schema.ts";

/** The most claims one bulk change may touch; "select all matching" above it is refused, not cut short. */
export const BULK_LIMIT = 10_000;

/** Claim ids per statement (both databases take 20,000+ parameters). */
const CHUNK = 1000;

export const bulkStatusSchema = z
  .object({
    status: claimStatusSchema,
    /** The selected claims, or… */
    ids: z.array(z.string().min(1)).min(1).max(BULK_LIMIT).optional(),
    /** …every claim matching the table's filters (the same query the table reads from its URL). */
    filter: claimsQuerySchema.optional(),
  })
  .refine((v) => (v.ids === undefined) !== (v.filter === undefined), {
    message: "Send either the selected claim ids or the table's filter, not both.",
  });
export type BulkStatusInput = z.input<typeof bulkStatusSchema>;

export type BulkResult =
  | { ok: true; bulkId: string; status: ClaimStatus; changed: number; unchanged: number }
  | { ok: false; code: "invalid" | "not_found"; message: string };

export type UndoResult =
  | { ok: true; bulkId: string; restored: number; kept: number; keptIds: string[] }
  | { ok: false; code: "not_found" | "conflict"; message: string };

type Refusal = { ok: false; code: "unauthenticated" | "forbidden"; message: string };

/** [claim id, status before, version after] per changed claim: the bulk record's `before`. */
type BulkEntry = [string, string, number];

/**
 * The ids of every claim matching the table's filters, at most BULK_LIMIT + 1 (so "too many" can be told).
 *
 * @example
 * await matchingClaimIds(claimsQuerySchema.parse({ status: "unverified", q: "fighters" }))
 */
export async function matchingClaimIds(
  filter: z.output<typeof claimsQuerySchema>,
  database: Db = db(),
): Promise<string[]> {
  const where = claimsWhereSql(pageFilter(filter, {}), providerOf(database) === "postgres");
  const rows = await database.$queryRaw<Array<{ id: string }>>`
    SELECT c."id" FROM "Claim" c ${where} ORDER BY c."id" LIMIT ${BULK_LIMIT + 1}`;
  return rows.map((r) => r.id);
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Locks the claims for this transaction (a no-op write: SQLite takes its write lock, PostgreSQL the rows' locks, so
 * the read that follows sees what the write will act on), then reads their status and version.
 */
async function lockAndRead(tx: Tx, ids: string[]): Promise<Map<string, { status: string; version: number }>> {
  const current = new Map<string, { status: string; version: number }>();
  for (const part of chunks(ids)) {
    await tx.$executeRaw`UPDATE "Claim" SET "version" = "version" WHERE "id" IN (${Prisma.join(part)})`;
    const rows = await tx.$queryRaw<Array<{ id: string; status: string; version: number | bigint }>>`
      SELECT "id", "status", "version" FROM "Claim" WHERE "id" IN (${Prisma.join(part)})`;
    for (const r of rows) current.set(r.id, { status: r.status, version: Number(r.version) });
  }
  return current;
}

async function setStatus(tx: Tx, ids: string[], status: string): Promise<void> {
  const now = new Date();
  for (const part of chunks(ids)) {
    await tx.$executeRaw`UPDATE "Claim" SET "status" = ${status}, "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "id" IN (${Prisma.join(part)})`;
  }
}

/**
 * Sets the status of many claims at once (the selected ids, or every claim matching a filter, at most 10,000): one
 * transaction, each changed claim's version incremented and audited, and one bulk record for undo. Claims already at
 * the status are left alone (no version bump, no audit row).
 *
 * @example
 * await bulkSetStatus({ status: "corroborated", ids }, actorId) // { ok: true, bulkId, changed: 30, unchanged: 0 }
 */
export async function bulkSetStatus(input: unknown, actorId: string | null, database: Db = db()): Promise<BulkResult> {
  const parsed = bulkStatusSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid bulk change." };
  }
  const { status } = parsed.data;
  const ids = parsed.data.ids
    ? [...new Set(parsed.data.ids)]
    : await matchingClaimIds(parsed.data.filter as z.output<typeof claimsQuerySchema>, database);
  if (ids.length > BULK_LIMIT) {
    return {
      ok: false,
      code: "invalid",
      message: `More than ${BULK_LIMIT.toLocaleString("en")} claims match these filters; narrow them and try again.`,
    };
  }
  if (ids.length === 0) return { ok: false, code: "not_found", message: "No claims match; nothing was changed." };
  const bulkId = newId();
  return database.$transaction(
    async (tx) => {
      const current = await lockAndRead(tx, ids);
      if (current.size === 0) return { ok: false, code: "not_found", message: "These claims no longer exist." };
      const changing = ids.filter((id) => {
        const c = current.get(id);
        return c !== undefined && c.status !== status;
      });
      await setStatus(tx, changing, status);
      const entries: BulkEntry[] = changing.map((id) => {
        const c = current.get(id) as { status: string; version: number };
        return [id, c.status, c.version + 1];
      });
      await recordAudits(
        tx,
        entries.map(([id, before, after]) => ({
          actorId,
          entityType: "claim" as const,
          entityId: id,
          action: "status",
          before: { status: before, version: after - 1 },
          after: { status, version: after, bulkId },
        })),
      );
      await recordAudit(tx, {
        actorId,
        entityType: "bulkChange",
        entityId: bulkId,
        action: "bulk-status",
        before: { claims: entries },
        after: { status, changed: entries.length, unchanged: current.size - entries.length },
      });
      return { ok: true as const, bulkId, status, changed: entries.length, unchanged: current.size - entries.length };
    },
    { timeout: 60_000 },
  );
}

/**
 * Undoes a bulk status change: each claim whose version is still the one the bulk left goes back to its status
 * before (version incremented, audited); claims changed since are kept and counted. A bulk change is undone once.
 *
 * @example
 * await undoBulkStatus(bulkId, actorId) // { ok: true, restored: 28, kept: 2, keptIds: [...] }
 */
export async function undoBulkStatus(bulkId: string, actorId: string | null, database: Db = db()): Promise<UndoResult> {
  const record = await database.auditEvent.findFirst({
    where: { entityType: "bulkChange", entityId: bulkId, action: "bulk-status" },
    select: { before: true, after: true },
  });
  if (!record?.before) return { ok: false, code: "not_found", message: "No bulk change with this id." };
  const entries = (JSON.parse(record.before) as { claims: BulkEntry[] }).claims;
  const { status: bulkStatus } = JSON.parse(record.after ?? "{}") as { status?: string };
  return database.$transaction(
    async (tx) => {
      const current = await lockAndRead(
        tx,
        entries.map(([id]) => id),
      );
      // Checked after the claims' locks: a second undo waits for the first and then finds its record.
      const undone = await tx.auditEvent.findFirst({
        where: { entityType: "bulkChange", entityId: bulkId, action: "bulk-undo" },
        select: { id: true },
      });
      if (undone) return { ok: false, code: "conflict", message: "This bulk change was already undone." };
      const restore = entries.filter(([id, , version]) => current.get(id)?.version === version);
      const kept = entries.filter(([id, , version]) => current.get(id)?.version !== version).map(([id]) => id);
      const byStatus = new Map<string, string[]>();
      for (const [id, before] of restore) byStatus.set(before, [...(byStatus.get(before) ?? []), id]);
      for (const [status, ids] of byStatus) await setStatus(tx, ids, status);
      await recordAudits(
        tx,
        restore.map(([id, before, version]) => ({
          actorId,
          entityType: "claim" as const,
          entityId: id,
          action: "status",
          before: { status: bulkStatus, version },
          after: { status: before, version: version + 1, undoOf: bulkId },
        })),
      );
      await recordAudit(tx, {
        actorId,
        entityType: "bulkChange",
        entityId: bulkId,
        action: "bulk-undo",
        after: { restored: restore.length, kept },
      });
      return { ok: true as const, bulkId, restored: restore.length, kept: kept.length, keptIds: kept };
    },
    { timeout: 60_000 },
  );
}

function editorOnly(gate: Gate): Refusal | null {
  if (!gate.ok) return { ok: false, code: gate.code, message: gate.message };
  if (gate.user.role !== "editor" && gate.user.role !== "admin") {
    return { ok: false, code: "forbidden", message: "This needs the editor role." };
  }
  return null;
}

/**
 * Editors (and admins) set the status of many claims; the server action and POST /api/claims/bulk-status share it.
 *
 * @example
 * await bulkStatusCommand(await requireRole("editor"), { status: "corroborated", filter: { status: ["unverified"] } })
 */
export async function bulkStatusCommand(
  gate: Gate,
  input: unknown,
  database: Db = db(),
): Promise<BulkResult | Refusal> {
  const refused = editorOnly(gate);
  if (refused) return refused;
  return bulkSetStatus(input, gate.ok ? gate.user.id : null, database);
}

/**
 * Editors (and admins) undo a bulk status change.
 *
 * @example
 * await undoBulkCommand(await requireRole("editor"), bulkId)
 */
export async function undoBulkCommand(gate: Gate, bulkId: string, database: Db = db()): Promise<UndoResult | Refusal> {
  const refused = editorOnly(gate);
  if (refused) return refused;
  return undoBulkStatus(bulkId, gate.ok ? gate.user.id : null, database);
}
