import { type Browser, expect, type Page, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, type E2EUser, storageFile } from "./auth-users.ts";
import { guardAgainstScripts, saveStatus } from "./helpers.ts";

async function as(browser: Browser, user: E2EUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageFile(user) });
  return context.newPage();
}

/** The first claim (and its source) through the API, read as the given page's user. */
async function firstClaim(page: Page): Promise<{ id: string; sourceId: string; version: number; status: string }> {
  const res = await page.request.get("/api/claims?limit=1&sort=position");
  expect(res.status()).toBe(200);
  const { items: rows } = await res.json();
  const [row] = rows as Array<{ id: string; source: { id: string }; version: number; status: string }>;
  return { id: row.id, sourceId: row.source.id, version: row.version, status: row.status };
}

test("an editor signs in, changes a status, and the history shows it with their name", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/sign-in/); // the wall
  await page.getByLabel("Email").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const claim = await firstClaim(page);
  await page.goto(`/claims/${claim.id}`);
  const next = claim.status === "disputed" ? "corroborated" : "disputed";
  await saveStatus(page.getByRole("combobox", { name: /^Status of/ }), next);
  await page.reload();
  const history = page.getByRole("table", { name: "Changes to this claim" });
  const row = history
    .getByRole("row")
    .filter({ hasText: `→ ${next}` })
    .first();
  await expect(row).toContainText(E2E_USERS.editor.name);
  await expect(row).toContainText("Status changed");
  await expect(row).toContainText(`status: ${claim.status} → ${next}`);
  await context.close();
});

test("a researcher sees no status control, and the server refuses a forged status change", async ({ browser }) => {
  const page = await as(browser, "researcher");
  await page.goto("/claims");
  await expect(page.getByRole("table", { name: /claims/i })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Status of/ })).toHaveCount(0);
  const claim = await firstClaim(page);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("combobox", { name: /^Status of/ })).toHaveCount(0);
  // Forged: the researcher's own session cookie, straight at the API.
  const forged = await page.request.put(`/api/claims/${claim.id}/status`, {
    data: { status: "retracted", version: claim.version },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("forbidden");
  const after = await firstClaim(page);
  expect(after.version).toBe(claim.version);
  // Signed out: 401 in the same envelope.
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const res = await anonymous.request.put(new URL(`/api/claims/${claim.id}/status`, page.url()).toString(), {
    data: { status: "retracted", version: claim.version },
  });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("unauthenticated");
  await anonymous.close();
  await page.context().close();
});

test("a reviewer comments on a source (markup stays text), an editor replies and resolves", async ({ browser }) => {
  const reviewer = await as(browser, "reviewer");
  const checkReviewer = guardAgainstScripts(reviewer);
  const claim = await firstClaim(reviewer);
  const body = `Check this outlet <img src=x onerror=alert(1)> ${Date.now()}`;
  await reviewer.goto(`/sources/${claim.sourceId}`);
  const comments = reviewer.getByRole("region", { name: /Comments/ });
  await comments.getByLabel("Add comment").fill(body);
  await comments.getByRole("button", { name: "Add comment" }).click();
  const thread = reviewer.getByRole("article").filter({ hasText: body });
  await expect(thread).toBeVisible();
  await expect(thread.locator("img")).toHaveCount(0);
  await checkReviewer();

  const editor = await as(browser, "editor");
  const checkEditor = guardAgainstScripts(editor);
  await editor.goto(`/sources/${claim.sourceId}`);
  const editorThread = editor.getByRole("article").filter({ hasText: body });
  await editorThread.getByLabel("Reply").fill("Agreed, see https://example.org/ownership.");
  await editorThread.getByRole("button", { name: "Reply" }).click();
  await expect(editorThread.getByRole("link", { name: "https://example.org/ownership" })).toBeVisible();
  await editorThread.getByRole("button", { name: "Resolve thread" }).click();
  await expect(editorThread.getByText("Resolved")).toBeVisible();
  await expect(editorThread.getByRole("button", { name: "Reopen thread" })).toBeVisible();
  await checkEditor();

  await reviewer.reload();
  await expect(reviewer.getByRole("article").filter({ hasText: body }).getByText("Resolved")).toBeVisible();
  await reviewer.context().close();
  await editor.context().close();
});

test("a researcher reads comments but has no comment form; the admin's log names each author", async ({ browser }) => {
  const researcher = await as(browser, "researcher");
  const claim = await firstClaim(researcher);
  await researcher.goto(`/sources/${claim.sourceId}`);
  await expect(researcher.getByRole("region", { name: /Comments/ })).toBeVisible();
  await expect(researcher.getByRole("button", { name: "Add comment" })).toHaveCount(0);
  await researcher.goto("/admin/audit");
  await expect(researcher).toHaveURL(/\/forbidden/);
  await researcher.context().close();

  const admin = await browser.newContext({ storageState: storageFile("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/audit");
  const log = page.getByRole("table", { name: "Audit log" });
  await expect(log.getByRole("row").filter({ hasText: E2E_USERS.reviewer.name }).first()).toContainText(/comment/i);
  await expect(log.getByRole("row").filter({ hasText: E2E_USERS.editor.name }).first()).toBeVisible();
  await admin.close();
});

test("a sign-in link with an encoded backslash in ?next= stays on this site (issue 14, finding 4)", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/%5Cevil.example/phish");
  await page.getByLabel("Email").fill(E2E_USERS.editor2.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  expect(new URL(page.url()).pathname).toBe("/claims");
  await context.close();
});

test("opened at an address sign-in does not trust, the form says so, not 'Wrong email or password' (issue 14, finding 7)", async ({
  browser,
  baseURL,
}) => {
  // The e2e server sets BETTER_AUTH_URL to 127.0.0.1: only that origin is trusted; the same server as localhost is not.
  const other = new URL(baseURL ?? "");
  other.hostname = "localhost";
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`${other.origin}/sign-in`);
  await page.getByLabel("Email").fill(E2E_USERS.editor2.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("not one claimtrack trusts for sign-in");
  await expect(alert).not.toContainText("Wrong email or password");
  await context.close();
});
