/**
 * Bulk status changes on the claims table (issue 13 item 3); their undo is bulk-undo.ts. A bulk change acts on the
 * claims' current state (docs/decisions/016-bulk-changes.md): every selected claim not already at the status is set,
 * its version incremented and one audit row written per claim, all in one transaction, plus one "bulkChange" audit
 * row holding each changed claim's id, status before and version after — the record undo reads. Bulk assignment
 * (issue 13 item 4: a claim assigned to an editor, "My claims") is the same change on the assignee column, except
 * that it leaves the claim's version alone: who checks a claim is not part of what it says, and an editor's
 * correction or status change begun before someone assigned the claim must not come back as a conflict.
 */
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db, providerOf, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { newId } from "@/lib/db/ids";
import { BULK_LIMIT, type BulkAssignInput, type BulkStatusInput, type ClaimsQuery } from "./query-schema.ts";
import type { ClaimStatus } from "./schema.ts";
import { claimsWhereSql, pageFilter } from "./sql/filter.ts";

/** lib/comments/bulk.ts builds its bulk input from it (the schemas live in schema.ts). */

/** Claim ids per statement (both databases take 20,000+ parameters). */
const CHUNK = 1000;

export type BulkAssignResult =
  | { ok: true; bulkId: string; assignee: { id: string; name: string } | null; changed: number; unchanged: number }
  | { ok: false; code: "invalid" | "not_found"; message: string };

export type BulkResult =
  | { ok: true; bulkId: string; status: ClaimStatus; changed: number; unchanged: number }
  | { ok: false; code: "invalid" | "not_found"; message: string };

/**
 * [claim id, value before, version after] per changed claim: the bulk record's `before`. The value is the status
 * (bulk-status) or the assignee id, null for nobody (bulk-assign; the version is then the claim's, unchanged).
 */
export type BulkEntry = [string, string | null, number];

/** The claim column each kind of bulk change sets. */
export const bulkField = { "bulk-status": "status", "bulk-assign": "assigneeId" } as const;
export type BulkAction = keyof typeof bulkField;
/** The bulk record's action for a column: bulkField the other way round. */
const bulkActionOf = Object.fromEntries(Object.entries(bulkField).map(([action, field]) => [field, action])) as Record<
  (typeof bulkField)[BulkAction],
  BulkAction
>;

/**
 * The ids of every claim matching the table's filters, at most BULK_LIMIT + 1 (so "too many" can be told).
 *
 * @example
 * await matchingClaimIds(claimsQuerySchema.parse({ status: "unverified", q: "fighters" }))
 */
export async function matchingClaimIds(
  filter: ClaimsQuery,
  database: Db = db(),
  /** Who "me" is in the Assignee filter. */
  userId: string | null = null,
): Promise<string[]> {
  const where = claimsWhereSql(pageFilter(filter, { userId }), providerOf(database) === "postgres");
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
interface Current {
  status: string;
  assigneeId: string | null;
  /** The assignee's name, for the history (which shows names, not ids). */
  assigneeName: string | null;
  version: number;
}

export async function lockAndRead(tx: Tx, ids: string[]): Promise<Map<string, Current>> {
  const current = new Map<string, Current>();
  for (const part of chunks(ids)) {
    await tx.$executeRaw`UPDATE "Claim" SET "version" = "version" WHERE "id" IN (${Prisma.join(part)})`;
    const rows = await tx.$queryRaw<
      Array<{
        id: string;
        status: string;
        assigneeId: string | null;
        assigneeName: string | null;
        version: number | bigint;
      }>
    >`SELECT c."id", c."status", c."assigneeId", u."name" AS "assigneeName", c."version" FROM "Claim" c
      LEFT JOIN "User" u ON u."id" = c."assigneeId" WHERE c."id" IN (${Prisma.join(part)})`;
    for (const r of rows) current.set(r.id, { ...r, version: Number(r.version) });
  }
  return current;
}

/**
 * Sets one column (status or assignee: `bulkField`, never from the request) of the claims; a status change increments
 * their versions, an assignment does not (see the file's comment).
 */
export async function setField(
  tx: Tx,
  field: "status" | "assigneeId",
  ids: string[],
  value: string | null,
): Promise<void> {
  const now = new Date();
  const column = Prisma.raw(`"${field}"`);
  const bump = Prisma.raw(field === "status" ? `, "version" = "version" + 1` : "");
  for (const part of chunks(ids)) {
    await tx.$executeRaw`UPDATE "Claim" SET ${column} = ${value}${bump}, "updatedAt" = ${now}
      WHERE "id" IN (${Prisma.join(part)})`;
  }
}

/**
 * The claim ids a bulk change acts on: the selected ones, or every claim matching the filter ("me" is the actor);
 * more than BULK_LIMIT is refused, never cut short.
 *
 * @example
 * const target = await bulkTargetIds({ filter }, database, actorId); if (!target.ok) return target;
 */
export async function bulkTargetIds(
  data: { ids?: string[]; filter?: ClaimsQuery },
  database: Db,
  actorId: string | null,
): Promise<{ ok: true; ids: string[] } | { ok: false; code: "invalid"; message: string }> {
  // The schema lets through ids or a filter, never neither.
  const ids = data.ids ? [...new Set(data.ids)] : await matchingClaimIds(data.filter as ClaimsQuery, database, actorId);
  return ids.length > BULK_LIMIT ? { ok: false, code: "invalid", message: tooMany } : { ok: true, ids };
}

const tooMany = `More than ${BULK_LIMIT.toLocaleString("en")} claims match these filters; narrow them and try again.`;

/**
 * Sets the status of many claims at once (the selected ids, or every claim matching a filter, at most 10,000): one
 * transaction, each changed claim's version incremented and audited, and one bulk record for undo. Claims already at
 * the status are left alone (no version bump, no audit row).
 *
 * @example
 * await bulkSetStatus(user, { status: "corroborated", ids }) // { ok: true, bulkId, changed: 30, unchanged: 0 }
 */
export async function bulkSetStatus(actor: Actor, input: BulkStatusInput, database: Db = db()): Promise<BulkResult> {
  const { status } = input;
  const result = await applyBulk(database, input, actor.id, {
    field: "status",
    value: status,
    audit: (c) => ({
      action: "status",
      before: { status: c.status, version: c.version },
      after: { status, version: c.version + 1 },
    }),
  });
  return result.ok ? { ...result, status } : result;
}

/**
 * Assigns many claims to one editor (or admin), or to nobody (`assigneeId: null`): the same one transaction, audit
 * rows and undo record as a bulk status change (action "bulk-assign"). Claims already assigned so are left alone.
 *
 * @example
 * await bulkAssign(user, { assigneeId: editor.id, ids }) // { ok: true, bulkId, assignee: { id, name }, changed: 30 }
 */
export async function bulkAssign(actor: Actor, input: BulkAssignInput, database: Db = db()): Promise<BulkAssignResult> {
  const { assigneeId } = input;
  const assignee = assigneeId
    ? await database.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, role: true } })
    : null;
  if (assigneeId && (!assignee || !ASSIGNABLE_ROLES.includes(assignee.role))) {
    return { ok: false, code: "invalid", message: "Claims can be assigned to editors and admins only." };
  }
  const shown = assignee ? { id: assignee.id, name: assignee.name } : null;
  const result = await applyBulk(database, input, actor.id, {
    field: "assigneeId",
    value: assigneeId,
    // Names, not only ids: the history shows people ("assignee: Erin Editor → —").
    audit: (c) => ({
      action: "assign",
      before: { assignee: c.assigneeName, assigneeId: c.assigneeId },
      after: { assignee: shown?.name ?? null, assigneeId },
    }),
  });
  return result.ok ? { ...result, assignee: shown } : result;
}

/** One kind of bulk change: the column it sets, the value, and each changed claim's audit row. */
interface BulkSpec {
  field: "status" | "assigneeId";
  value: string | null;
  audit: (current: Current) => { action: string; before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * A bulk change in one transaction: lock and read the claims, set the field on those not already at the value
 * (setField), one audit row per changed claim (with the bulk's id) and the bulk record undo reads.
 */
async function applyBulk(
  database: Db,
  target: { ids?: string[]; filter?: ClaimsQuery },
  actorId: string | null,
  spec: BulkSpec,
): Promise<
  | { ok: true; bulkId: string; changed: number; unchanged: number }
  | { ok: false; code: "invalid" | "not_found"; message: string }
> {
  const targets = await bulkTargetIds(target, database, actorId);
  if (!targets.ok) return targets;
  const { ids } = targets;
  if (ids.length === 0) return { ok: false, code: "not_found", message: "No claims match; nothing was changed." };
  const bulkId = newId();
  const { field, value } = spec;
  return database.$transaction(
    async (tx) => {
      const current = await lockAndRead(tx, ids);
      if (current.size === 0) return { ok: false, code: "not_found", message: "These claims no longer exist." };
      const changing = ids.filter((id) => {
        const c = current.get(id);
        return c !== undefined && c[field] !== value;
      });
      await setField(tx, field, changing, value);
      // The version the claim has after the change (setField bumps it for a status only).
      const entries: BulkEntry[] = changing.map((id) => {
        const c = current.get(id) as Current;
        return [id, c[field], field === "status" ? c.version + 1 : c.version];
      });
      await recordAudits(
        tx,
        changing.map((id) => {
          const { action, before, after } = spec.audit(current.get(id) as Current);
          return { actorId, entityType: "claim" as const, entityId: id, action, before, after: { ...after, bulkId } };
        }),
      );
      const unchanged = current.size - entries.length;
      await recordAudit(tx, {
        actorId,
        entityType: "bulkChange",
        entityId: bulkId,
        action: bulkActionOf[field],
        before: { claims: entries },
        after: { [field]: value, changed: entries.length, unchanged },
      });
      return { ok: true as const, bulkId, changed: entries.length, unchanged };
    },
    { timeout: 60_000 },
  );
}

/** Who claims can be assigned to: the roles that can act on them. */
export const ASSIGNABLE_ROLES: readonly string[] = ["editor", "admin"];

/**
 * The users claims can be assigned to (editors and admins), by name: the Assignee filter and the assign menus.
 *
 * @example
 * await assignableUsers() // [{ id: "u1", name: "Ed Editor" }, ...]
 */
export async function assignableUsers(database: Db = db()): Promise<Array<{ id: string; name: string }>> {
  return database.user.findMany({
    where: { role: { in: [...ASSIGNABLE_ROLES] }, banned: { not: true } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
    take: 500,
  });
}
