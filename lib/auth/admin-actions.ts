"use server";
/**
 * Admin-only server actions: create a user with a starting password and change roles. Both audited. `action()`
 * (lib/auth/action.ts) checks the role and parses the input.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "./action.ts";
import { passwordSchema } from "./password.ts";
import { ROLES } from "./roles.ts";
import { createUserWithPassword, setUserRole, UserExistsError } from "./users.ts";

export type AdminState = { ok: boolean; message: string } | null;

const newUserInput = z.object({
  name: z.string().trim().min(1, "Enter a name."),
  email: z.email("Enter an email address."),
  password: passwordSchema,
  role: z.enum(ROLES),
});

const fromForm = z.instanceof(FormData).transform((form) => Object.fromEntries(form));

const createUser = action({ role: "admin", input: fromForm.pipe(newUserInput) }, async (input, user) => {
  try {
    await createUserWithPassword(input, user.id);
  } catch (error) {
    if (error instanceof UserExistsError) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/admin/users");
  return { ok: true, message: `Created ${input.email} as ${input.role}.` };
});

/**
 * Creates an account (admins only); the person signs in with the starting password the admin hands over.
 *
 * @example
 * const [state, action] = useActionState(createUserAction, null);
 */
export async function createUserAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  return createUser(form);
}

/**
 * Changes a user's role (admins only).
 *
 * @example
 * await setRoleAction({ userId, role: "reviewer" });
 */
export const setRoleAction = action(
  {
    role: "admin",
    input: z.object({ userId: z.string().min(1), role: z.enum(ROLES) }),
    invalid: "Choose one of the roles.",
  },
  async (input, user): Promise<{ ok: boolean; message: string }> => {
    const result = await setUserRole(input, user.id);
    revalidatePath("/admin/users");
    return result.ok ? { ok: true, message: "Role changed." } : { ok: false, message: result.message };
  },
);
