import { type Browser, expect, test as setup } from "@playwright/test";
import { E2E_ADMIN, E2E_PASSWORD, E2E_USERS, type E2EUser, storageFile } from "./auth-users.ts";

/**
 * Every page sits behind the sign-in wall. The admin comes from the web server's environment (db:prepare creates it
 * while nobody can sign in); the admin then creates one user per role through /admin/users, and each session is
 * saved for the specs. Safe to re-run on the same database: a user that already exists is simply signed in.
 */
const roleOf: Record<E2EUser, string> = {
  editor: "editor",
  editor2: "editor",
  reviewer: "reviewer",
  researcher: "researcher",
};

async function signIn(browser: Browser, email: string, password: string, file: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // scrypt on a busy 2-core machine can take seconds.
  await expect(page).toHaveURL(/\/claims/, { timeout: 60_000 });
  await context.storageState({ path: file });
  await context.close();
}

setup("sign in the admin and one user per role", async ({ browser }) => {
  setup.setTimeout(180_000);
  await signIn(browser, E2E_ADMIN.email, E2E_ADMIN.password, storageFile("admin"));

  const admin = await browser.newContext({ storageState: storageFile("admin") });
  const page = await admin.newPage();
  for (const [key, user] of Object.entries(E2E_USERS) as Array<[E2EUser, (typeof E2E_USERS)[E2EUser]]>) {
    await page.goto("/admin/users");
    if ((await page.getByRole("cell", { name: user.email, exact: true }).count()) === 0) {
      const form = page.getByRole("form", { name: "Create user" });
      await form.getByLabel("Name").fill(user.name);
      await form.getByLabel("Email").fill(user.email);
      await form.getByLabel("Starting password").fill(E2E_PASSWORD);
      await form.getByLabel("Role").selectOption(roleOf[key]);
      await form.getByRole("button", { name: "Create user" }).click();
      await expect(form.getByRole("status")).toBeVisible();
    }
    await signIn(browser, user.email, E2E_PASSWORD, storageFile(key));
  }
  await admin.close();
});
