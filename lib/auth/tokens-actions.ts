"use server";
/**
 * Server actions behind /account/tokens: create (the secret goes back to the form once) and revoke. Both open the
 * same gate as the REST routes; creating with a token instead of a browser session is refused there too.
 */
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { requireRole } from "./require.ts";
import { newTokenInput } from "./tokens-schema.ts";
import { createApiToken, revokeApiToken } from "./tokens-store.ts";

export type CreateTokenState =
  | { ok: true; message: string; token: string; name: string }
  | { ok: false; message: string }
  | null;

/**
 * Creates a token for the signed-in user from the form's `name` and `expiresInDays` ("" for no expiry).
 *
 * @example
 * const [state, action] = useActionState(createTokenAction, null);
 */
export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const access = await requireRole("researcher");
  if (!access.ok) return { ok: false, message: access.message };
  if (access.user.apiTokenId) return { ok: false, message: "API tokens are created in a signed-in browser session." };
  const days = String(form.get("expiresInDays") ?? "");
  const parsed = newTokenInput.safeParse({
    name: String(form.get("name") ?? ""),
    expiresInDays: days === "" ? undefined : Number(days),
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const created = await createApiToken(db(), access.user.id, parsed.data);
  revalidatePath("/account/tokens");
  return { ok: true, message: `Created "${created.name}".`, token: created.token, name: created.name };
}

/**
 * Revokes one of the signed-in user's tokens (an admin may revoke anyone's).
 *
 * @example
 * await revokeTokenAction(tokenId);
 */
export async function revokeTokenAction(tokenId: unknown): Promise<{ ok: boolean; message: string }> {
  const access = await requireRole("researcher");
  if (!access.ok) return { ok: false, message: access.message };
  if (typeof tokenId !== "string" || tokenId === "") return { ok: false, message: "No token chosen." };
  const result = await revokeApiToken(db(), tokenId, access.user);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/account/tokens");
  return { ok: true, message: `Revoked "${result.token.name}".` };
}
