/**
 * better-auth's own endpoints that set a password (`/change-password` for a signed-in user, `/reset-password` with a
 * reset token) check only its minimum length, so ten spaces passed there (issue 14, finding 10). This hook holds them
 * to the one rule of lib/auth/password.ts, as /setup, /admin/users and CLAIMTRACK_ADMIN_PASSWORD already are.
 */
import { APIError } from "better-auth/api";
import { passwordSchema } from "./password.ts";

/** The better-auth paths whose body carries a new password in `newPassword`. */
export const NEW_PASSWORD_PATHS: ReadonlySet<string> = new Set(["/change-password", "/reset-password"]);

/**
 * Throws better-auth's 400 with the rule's message when `path` sets a password that breaks the rule.
 *
 * @example
 * refuseWeakNewPassword("/change-password", { newPassword: "          " }) // throws APIError BAD_REQUEST
 */
export function refuseWeakNewPassword(path: string, body: unknown): void {
  if (!NEW_PASSWORD_PATHS.has(path)) return;
  const password = (body as { newPassword?: unknown } | undefined)?.newPassword;
  if (typeof password !== "string") return; // better-auth's own body schema refuses it
  const result = passwordSchema.safeParse(password);
  if (!result.success) {
    throw new APIError("BAD_REQUEST", { code: "PASSWORD_TOO_WEAK", message: result.error.issues[0].message });
  }
}
