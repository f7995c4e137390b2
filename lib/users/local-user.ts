/**
 * Until sign-in exists (issue 5), every change is recorded against one local editor, so audit rows already carry an
 * actor and adding auth only changes who the actions pass in.
 */
import type { Db } from "@/lib/db/client";

export const LOCAL_USER = {
  id: "local-editor",
  email: "editor@localhost",
  name: "Local editor",
  role: "editor",
} as const;

/**
 * Returns the local editor's id, creating the row on first use.
 *
 * @example
 * const actorId = await ensureLocalUser(db());
 */
export async function ensureLocalUser(database: Db): Promise<string> {
  await database.user.upsert({ where: { id: LOCAL_USER.id }, create: { ...LOCAL_USER }, update: {} });
  return LOCAL_USER.id;
}
