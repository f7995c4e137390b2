/**
 * The e2e database's accounts: the admin comes from the web server's environment (playwright.config.ts), the others
 * are created by auth.setup.ts through /admin/users. Test-only passwords for a throwaway database.
 */
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e admin password" } as const;

export const E2E_PASSWORD = "e2e user password";

export const E2E_USERS = {
  editor: { email: "editor@e2e.test", name: "Eddie Editor" },
  editor2: { email: "editor2@e2e.test", name: "Erin Editor" },
  reviewer: { email: "reviewer@e2e.test", name: "Rita Reviewer" },
  researcher: { email: "researcher@e2e.test", name: "Ray Researcher" },
} as const;

export type E2EUser = keyof typeof E2E_USERS;

/** Where a role's saved session (Playwright storageState) lives. */
export function storageFile(user: E2EUser | "admin"): string {
  return `tmp/e2e-auth/${user}.json`;
}
