import { expect, test } from "@playwright/test";
import { E2E_USERS } from "./auth-users.ts";
import { addDocument, bodyRows, claimsTable, pageAs, seriousViolations } from "./helpers";

// Issue 13 item 6: controls a role cannot use are not rendered (the server refuses them anyway); read-only status
// badges keep their colours; the group page fits a phone. One article with an in-document conflict and two figures
// in one claim, in its own publication week.
const run = Date.now() % 100_000;
const day = new Date(Date.UTC(2004, 0, 1) + (run % 1500) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
// The place is spelt from the run's digits (a number would be extracted as a figure): each run's text is new.
const place = `Qasr ${[...String(run)].map((d) => "abcdefghij"[Number(d)]).join("")}`;
// A story of its own (a copy of the reference article's fighters story would join the reference article's event).
const article =
  `The Lakeview Courier reported that approximately 800 volunteers joined the search near ${place} on Tuesday. ` +
  `Park rangers said approximately 850 volunteers joined the search near ${place}, ` +
  "and rescuers counted at least 38 injuries and over 2,200 calls for help.";

let documentId = "";

test.beforeAll(async ({ browser }) => {
  documentId = await addDocument(browser, { text: article, title: `Roles ${run}`, published: day });
});

for (const role of ["reviewer", "researcher"] as const) {
  test(`a ${role} sees no editor controls; status badges keep their colours`, async ({ browser }) => {
    const page = await pageAs(browser, role);
    await page.goto(`/claims?document=${documentId}`);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Add document" }),
    ).toHaveCount(0);
    await expect(page.getByText("export what you see")).toBeVisible();
    // Not on the documents list either (the header and /documents both offered it to every role).
    await page.goto("/documents");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Add document" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add document" })).toHaveCount(0);
    await page.goto(`/claims?document=${documentId}`);
    const rows = bodyRows(claimsTable(page));
    await expect(rows.first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: /^Status of/ })).toHaveCount(0);
    const badge = rows.first().locator("[data-status]");
    await expect(badge).toHaveClass(/status-badge/);
    // Not the accent-blue counter badge: the status's own border, as on the select.
    expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgb(31, 111, 235)");
    // The flag says what it is and its state, but offers no decision.
    const flag = rows
      .filter({ hasText: "~800" })
      .first()
      .getByRole("button", { name: /^Sources disagree/ });
    await flag.click();
    await expect(page.getByRole("button", { name: "Confirm discrepancy" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Dismiss flag" })).toHaveCount(0);
    await expect(rows.first().getByTestId("triage")).toBeVisible();

    await rows.filter({ hasText: "~800" }).first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/claims\/[^/]+$/);
    await expect(page.getByRole("button", { name: "Save figure" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save correction" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add evidence" })).toHaveCount(0);
    await page.getByRole("link", { name: /2 reports/ }).click();
    await expect(page).toHaveURL(/\/groups\/[^/]+$/);
    await expect(page.getByTestId("group-decision")).toBeVisible();
    for (const name of ["Confirm flag", "Dismiss flag", "Merge into this group", /^Move out /]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    await page.context().close();
  });
}

test("the editor's claim page, table and group page at 1440 and 390 px: axe clean, and they fit a phone", async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const [label, viewport] of [
    ["1440", { width: 1440, height: 900 }],
    ["390", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(`/claims?document=${documentId}`);
    await expect(bodyRows(claimsTable(page)).first()).toBeVisible();
    await page.screenshot({ path: `test-results/editors-table-${label}.png`, fullPage: true });
    // The table with a selection: the bulk bar's status, assign and comment forms.
    await bodyRows(claimsTable(page)).nth(0).getByRole("checkbox").check();
    await bodyRows(claimsTable(page)).nth(1).getByRole("checkbox").check();
    await expect(page.getByRole("region", { name: "Bulk changes" })).toContainText("2 claims selected.");
    await page.screenshot({ path: `test-results/editors-table-selection-${label}.png`, fullPage: true });
    if (label === "1440") expect(await seriousViolations(page), "table with a selection").toEqual([]);
    if (label === "390") {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, "the table with a selection scrolls sideways on a phone").toBeLessThanOrEqual(390);
    }
    const claim = bodyRows(claimsTable(page)).filter({ hasText: "2,200" }).first();
    await claim.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/claims\/[^/]+$/);
    await expect(page.getByRole("form", { name: /^Figure 2: / })).toBeVisible();
    // Evidence and Comments once each (the claim page used to show both twice).
    await expect(page.getByRole("heading", { level: 2, name: "Evidence", exact: true })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 2, name: /^Comments/ })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 2, name: "History", exact: true })).toHaveCount(1);
    await page.screenshot({ path: `test-results/editors-claim-${label}.png`, fullPage: true });
    if (label === "1440") expect(await seriousViolations(page), "claim page with figure editors").toEqual([]);
    if (label === "390") {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, "the claim page scrolls sideways on a phone").toBeLessThanOrEqual(390);
    }
    await page.goto(`/claims?document=${documentId}`);
    await bodyRows(claimsTable(page)).filter({ hasText: "~800" }).first().getByRole("link").first().click();
    await page.getByRole("link", { name: /2 reports/ }).click();
    await expect(page).toHaveURL(/\/groups\/[^/]+$/);
    await page.screenshot({ path: `test-results/editors-group-${label}.png`, fullPage: true });
    if (label === "1440") expect(await seriousViolations(page), "group page with triage").toEqual([]);
    if (label === "390") {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, "the group page scrolls sideways on a phone").toBeLessThanOrEqual(390);
    }
  }
});

test("the favicon is served; pasting the same text again says so", async ({ page }) => {
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  // The editor is offered "Add document" (the other roles are not, above).
  await page.goto("/documents");
  await expect(page.getByRole("link", { name: /Add document/ }).first()).toBeVisible();
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${documentId}\\?duplicate=1$`));
  await expect(page.getByRole("status").filter({ hasText: "This text was already here" })).toBeVisible();
});

test("after setup the sign-in page says the account is ready; a duplicate user keeps the admin's typing", async ({
  browser,
}) => {
  const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await signedOut.newPage();
  await visitor.goto("/sign-in?setup=done");
  await expect(visitor.getByRole("status")).toContainText("The admin account is ready");
  await signedOut.close();

  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "Create user" });
  await form.getByLabel("Name").fill("Second Eddie");
  await form.getByLabel("Email").fill(E2E_USERS.editor.email);
  await form.getByLabel("Starting password").fill("another long password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("Second Eddie");
  await expect(form.getByLabel("Email")).toHaveValue(E2E_USERS.editor.email);
  await admin.context().close();
});
