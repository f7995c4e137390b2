import { expect, request, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./auth-users.ts";
import { seriousViolations } from "./helpers";

// Sign-in (scrypt) and axe are slow on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("a researcher creates an API token, a script uses it without cookies, and revoking it in the UI ends it", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_USERS.researcher.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 60_000 });

  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  const name = `e2e script ${Date.now()}`;
  const form = page.getByRole("form", { name: "Create API token" });
  await form.getByLabel("Token name").fill(name);
  await form.getByLabel("Expires after").selectOption({ label: "30 days" });
  await form.getByRole("button", { name: "Create token" }).click();

  const secret = page.getByLabel("New API token");
  await expect(secret).toHaveValue(/^ct_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("It is shown only once")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy token" })).toBeVisible();
  const token = await secret.inputValue();
  const row = page.getByRole("table", { name: "Your API tokens" }).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 11));
  await expect(row).toContainText("active");
  await expect(row).not.toContainText(token); // the list shows the prefix only

  expect(await seriousViolations(page)).toEqual([]);

  // A script: a fresh request context with no cookies at all, only the token.
  const script = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const headers = { Authorization: `Bearer ${token}` };
  const ok = await script.get("/api/claims", { headers });
  expect(ok.status()).toBe(200);
  expect(JSON.stringify(await ok.json())).toContain("fighters"); // the reference article's claims
  expect((await script.get("/api/claims")).status()).toBe(401); // and without it, nothing

  await page.reload();
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: `Yes, revoke ${name}` }).click();
  await expect(row).toContainText("revoked");

  const refused = await script.get("/api/claims", { headers });
  expect(refused.status()).toBe(401);
  const body = (await refused.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("unauthenticated");
  expect(body.error.message).toMatch(/revoked/);
  await script.dispose();
  await context.close();
});
