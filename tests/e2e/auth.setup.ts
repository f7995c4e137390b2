import { expect, test as setup } from "@playwright/test";
import { e2eAdmin, storageStatePath } from "./e2e-users";

/**
 * Every page sits behind the sign-in wall: sign in once as the admin that `db:prepare` created for the e2e database
 * (CLAIMTRACK_ADMIN_* in playwright.config.ts) and share the session cookie with the specs.
 */
setup("sign in as the e2e admin", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(e2eAdmin.email);
  await page.getByLabel("Password").fill(e2eAdmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/claims/);
  await page.context().storageState({ path: storageStatePath });
});
