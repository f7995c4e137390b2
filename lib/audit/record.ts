/**
 * Writing and reading the audit log (issue 5): who, when, what, before and after, one row per change, written in
 * the same transaction as the change itself.
 */
import { type Db, db, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { insertRows } from "@/lib/db/insert-rows";

export interface AuditInput {
  actorId: string | null;
  entityType:
    | "claim"
    | "quantity"
    | "source"
    | "evidence"
    | "comment"
    | "quantityGroup"
    | "user"
    | "document"
    | "event"
    | "bulkChange";
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one audit event (inside the caller's transaction).
 *
 * @example
 * await recordAudit(tx, { actorId, entityType: "comment", entityId: id, action: "edit", before: { body }, after: { body: next } });
 */
export async function recordAudit(tx: Tx | Db, event: AuditInput): Promise<void> {
  await recordAudits(tx, [event]);
}

/**
 * Appends many audit events in one statement (a batch ingest's documents, an import): the one audit writer.
 *
 * @example
 * await recordAudits(tx, docs.map((d) => ({ actorId, entityType: "document", entityId: d.id, action: "ingest" })));
 */
export async function recordAudits(tx: Tx | Db, events: AuditInput[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    tx,
    "AuditEvent",
    events.map((event) => ({
      id: newId(),
      actorId: event.actorId,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
      createdAt,
    })),
  );
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  actor: { id: string; name: string; email: string } | null;
}

function parse(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

const actorSelect = { select: { id: true, name: true, email: true } } as const;

/**
 * A claim's whole history: the claim itself, its quantities, evidence and comments, newest first.
 *
 * @example
 * const rows = await claimAuditHistory(claimId);
 */
export async function claimAuditHistory(claimId: string, database: Db = db()): Promise<AuditRow[]> {
  const [quantities, evidence, comments] = await Promise.all([
    database.quantity.findMany({ where: { claimId }, select: { id: true } }),
    database.evidence.findMany({ where: { claimId }, select: { id: true } }),
    database.comment.findMany({ where: { claimId }, select: { id: true } }),
  ]);
  const rows = await database.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "claim", entityId: claimId },
        { entityType: "quantity", entityId: { in: quantities.map((q) => q.id) } },
        { entityType: "evidence", entityId: { in: evidence.map((e) => e.id) } },
        { entityType: "comment", entityId: { in: comments.map((c) => c.id) } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: actorSelect },
  });
  return rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) }));
}

/**
 * The whole log for admins, newest first, filtered by actor and by a date range (inclusive days, UTC).
 *
 * @example
 * await auditLog({ actorId: "u1", from: "2026-11-01", to: "2026-11-27" });
 */
export async function auditLog(
  filter: { actorId?: string; from?: string; to?: string; take?: number },
  database: Db = db(),
): Promise<AuditRow[]> {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) createdAt.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000);
  const rows = await database.auditEvent.findMany({
    where: {
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.from || filter.to ? { createdAt } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.take ?? 500,
    include: { actor: actorSelect },
  });
  return rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) }));
}
