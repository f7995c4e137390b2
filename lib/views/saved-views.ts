/**
 * Saved views of the claims table (issue 13 item 3): a user names the table's current URL state ("Disputed tolls,
 * mine") and opens it again from the toolbar. A view is the query string toSearchParams writes, without the page
 * number: the filters, sort, page size and hidden columns. Views are per user; saving under an existing name
 * replaces that view.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/require";
import { claimsQuerySchema, toSearchParams } from "@/lib/claims/query-schema";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { stripControl } from "@/lib/text/control";

/** A person's list stays a list: past this many views, one must be deleted first. */
export const SAVED_VIEW_LIMIT = 50;

export interface SavedView {
  id: string;
  name: string;
  /** The /claims query string ("status=disputed&assignee=me"), empty for the default table. */
  query: string;
}

export const saveViewSchema = z.object({
  name: z
    .string()
    .overwrite((s) => stripControl(s).trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "Give the view a name.").max(80, "Keep the name under 80 characters.")),
  /** The table's search params as the URL holds them; parsed as the table parses them, so nothing else is kept. */
  query: z.string().max(4000, "This view's filters are too long to save."),
});
export type SaveViewInput = z.output<typeof saveViewSchema>;

export type SaveViewResult =
  | { ok: true; view: SavedView; replaced: boolean }
  | { ok: false; code: "invalid" | "unauthenticated" | "forbidden"; message: string };

/**
 * The canonical query string of a table state: parsed like the page parses its URL (unknown keys and bad values
 * dropped), the page number left out.
 *
 * @example
 * canonicalQuery("page=3&status=disputed&junk=1") // "status=disputed"
 */
export function canonicalQuery(query: string): string {
  const parsed = claimsQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
  const { page: _page, ...rest } = parsed;
  return toSearchParams(rest).toString();
}

/**
 * The user's saved views, by name.
 *
 * @example
 * await listSavedViews(user.id) // [{ id, name: "Disputed tolls", query: "status=disputed" }]
 */
export async function listSavedViews(userId: string, database: Db = db()): Promise<SavedView[]> {
  return database.savedView.findMany({
    where: { userId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, query: true },
    take: SAVED_VIEW_LIMIT,
  });
}

/**
 * Saves the table state under a name for the signed-in user (any role); the same name replaces the older view. The
 * input is parsed already (saveViewSchema: the name trimmed, the query bounded).
 *
 * @example
 * await saveView(user, { name: "Disputed", query: "status=disputed" })
 */
export async function saveView(actor: Actor, input: SaveViewInput, database: Db = db()): Promise<SaveViewResult> {
  const userId = actor.id;
  const { name } = input;
  const query = canonicalQuery(input.query);
  return database.$transaction(async (tx) => {
    const existing = await tx.savedView.findUnique({ where: { userId_name: { userId, name } }, select: { id: true } });
    if (existing) {
      const view = await tx.savedView.update({
        where: { id: existing.id },
        data: { query },
        select: { id: true, name: true, query: true },
      });
      return { ok: true as const, view, replaced: true };
    }
    if ((await tx.savedView.count({ where: { userId } })) >= SAVED_VIEW_LIMIT) {
      return {
        ok: false as const,
        code: "invalid" as const,
        message: `You have ${SAVED_VIEW_LIMIT} saved views; delete one to save another.`,
      };
    }
    const view = await tx.savedView.create({
      data: { id: newId(), userId, name, query },
      select: { id: true, name: true, query: true },
    });
    return { ok: true as const, view, replaced: false };
  });
}

/**
 * Deletes one of the signed-in user's saved views (another user's view is "not found", never deleted).
 *
 * @example
 * await deleteView(user, viewId) // { ok: true }
 */
export async function deleteView(
  actor: Actor,
  id: string,
  database: Db = db(),
): Promise<{ ok: true } | { ok: false; code: "not_found" | "unauthenticated" | "forbidden"; message: string }> {
  const { count } = await database.savedView.deleteMany({ where: { id, userId: actor.id } });
  return count === 1 ? { ok: true } : { ok: false, code: "not_found", message: "No such saved view." };
}
