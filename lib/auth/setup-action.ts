"use server";
/**
 * /setup: the first admin on a fresh install, only while no one can sign in (no default password exists).
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { passwordSchema } from "./password.ts";
import { countSignInUsers, createFirstAdmin } from "./users.ts";

const setupInput = z.object({
  name: z.string().trim().min(1, "Enter your name."),
  email: z.email("Enter an email address."),
  password: passwordSchema,
});

export type SetupState = { ok: false; message: string } | null;

/**
 * Creates the first admin, then sends them to sign in; refused once any account exists.
 *
 * @example
 * const [state, action] = useActionState(createFirstAdminAction, null);
 */
export async function createFirstAdminAction(_prev: SetupState, form: FormData): Promise<SetupState> {
  const database = db();
  if ((await countSignInUsers(database)) > 0) return { ok: false, message: "Setup is done: sign in instead." };
  const parsed = setupInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  // Atomic: of two submissions at once, one creates the admin and the other is refused (lib/auth/users.ts).
  const result = await createFirstAdmin(parsed.data, database);
  if (!result.ok) return result;
  // The sign-in page says the account is ready (it used to show a bare form, as if nothing had happened).
  redirect("/sign-in?setup=done");
}
