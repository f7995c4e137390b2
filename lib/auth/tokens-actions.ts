"use server";
/**
 * Server actions behind /account/tokens: create (the secret goes back to the form once) and revoke. `action()`
 * (lib/auth/action.ts) opens the same gate as the REST routes; creating with a token instead of a browser session
 * is refused there too.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "./action.ts";
import { newTokenInput } from "./tokens-schema.ts";
import { createApiToken, revokeApiToken } from "./tokens-store.ts";

export type CreateTokenState =
  | { ok: true; message: string; token: string; name: string }
  | { ok: false; message: string }
  | null;

const fromForm = z.instanceof(FormData).transform((form) => {
  const days = String(form.get("expiresInDays") ?? "");
  return { name: String(form.get("name") ?? ""), ...(days === "" ? {} : { expiresInDays: Number(days) }) };
});

const createToken = action({ role: "researcher", input: fromForm.pipe(newTokenInput) }, async (input, user) => {
  if (user.apiTokenId) return { ok: false as const, message: "API tokens are created in a signed-in browser session." };
  const created = await createApiToken(user.id, input);
  revalidatePath("/account/tokens");
  return { ok: true as const, message: `Created "${created.name}".`, token: created.token, name: created.name };
});

/**
 * Creates a token for the signed-in user from the form's `name` and `expiresInDays` ("" for no expiry).
 *
 * @example
 * const [state, action] = useActionState(createTokenAction, null);
 */
export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  return createToken(form);
}

/**
 * Revokes one of the signed-in user's tokens (an admin may revoke anyone's).
 *
 * @example
 * await revokeTokenAction(tokenId);
 */
export const revokeTokenAction = action(
  { role: "researcher", input: z.string().min(1), invalid: "No token chosen." },
  async (tokenId, user): Promise<{ ok: boolean; message: string }> => {
    const result = await revokeApiToken(tokenId, user);
    if (!result.ok) return { ok: false, message: result.message };
    revalidatePath("/account/tokens");
    return { ok: true, message: `Revoked "${result.token.name}".` };
  },
);
