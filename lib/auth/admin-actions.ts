"use server";
/**
 * Admin-only server actions: create a user with a starting password and change roles. Both audited.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { passwordSchema } from "./password.ts";
import { requireRole } from "./require.ts";
import { ROLES } from "./roles.ts";
import { createUserWithPassword, setUserRole, UserExistsError } from "./users.ts";

export type AdminState = { ok: boolean; message: string } | null;

const newUserInput = z.object({
  name: z.string().trim().min(1, "Enter a name."),
  email: z.email("Enter an email address."),
  password: passwordSchema,
  role: z.enum(ROLES),
});

/**
 * Creates an account (admins only); the person signs in with the starting password the admin hands over.
 *
 * @example
 * const [state, action] = useActionState(createUserAction, null);
 */
export async function createUserAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const access = await requireRole("admin");
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = newUserInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  try {
    await createUserWithPassword(db(), parsed.data, access.user.id);
  } catch (error) {
    if (error instanceof UserExistsError) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/admin/users");
  return { ok: true, message: `Created ${parsed.data.email} as ${parsed.data.role}.` };
}

/**
 * Changes a user's role (admins only).
 *
 * @example
 * await setRoleAction({ userId, role: "reviewer" });
 */
export async function setRoleAction(input: unknown): Promise<{ ok: boolean; message: string }> {
  const access = await requireRole("admin");
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = z.object({ userId: z.string().min(1), role: z.enum(ROLES) }).safeParse(input);
  if (!parsed.success) return { ok: false, message: "Choose one of the roles." };
  const result = await setUserRole(db(), parsed.data, access.user.id);
  revalidatePath("/admin/users");
  return result.ok ? { ok: true, message: "Role changed." } : { ok: false, message: result.message };
}
