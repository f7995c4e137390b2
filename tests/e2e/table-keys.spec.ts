import { expect, test } from "@playwright/test";
import { addDocument, bodyRows, claimsTable, pageAs } from "./helpers";

// Issue 13 item 3: the claims table by keyboard — j / k move the current row, s moves focus to its status, Enter
// opens the claim. One article of six attributed figures, new text each run.
const run = Date.now() % 100_000;
const place = `Kuh ${[...String(run)].map((d) => "klmnopqrst"[Number(d)]).join("")}`;
const article = Array.from(
  { length: 6 },
  (_, i) => `${["Police", "Rights groups", "The ministry"][i % 3]} said ${300 + i * 11} people gathered in ${place}.`,
).join(" ");

let documentId = "";

test.beforeAll(async ({ browser }) => {
  documentId = await addDocument(browser, { text: article, title: `Keys ${run}`, published: "2011-03-04" });
});

test("an editor moves with j / k, reaches the status with s, and opens a claim with Enter", async ({ page }) => {
  await page.goto(`/claims?document=${documentId}`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(6);
  // Wait for React to own the page (the row checkboxes are enabled after hydration).
  await expect(rows.first().getByRole("checkbox")).toBeEnabled();

  await page.keyboard.press("j");
  await expect(rows.nth(0)).toHaveAttribute("data-active", "true");
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows.nth(2)).toHaveAttribute("data-active", "true");
  await expect(rows.nth(0)).not.toHaveAttribute("data-active", "true");
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toHaveAttribute("data-active", "true");
  await expect(rows.nth(1).getByRole("link").first()).toBeFocused();

  await page.keyboard.press("s");
  const status = rows.nth(1).getByRole("combobox", { name: /^Status of/ });
  await expect(status).toBeFocused();
  await status.selectOption("disputed");
  await expect(status).toHaveAttribute("data-status", "disputed");
  await expect(status).not.toHaveAttribute("aria-busy", "true");

  await page.keyboard.press("Escape");
  await rows.nth(1).getByRole("link").first().focus();
  await page.keyboard.press("j");
  await expect(rows.nth(2)).toHaveAttribute("data-active", "true");
  const target = await rows.nth(2).getByRole("link").first().getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test("typing in the search box is text, not a table command", async ({ page }) => {
  await page.goto(`/claims?document=${documentId}`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows.first().getByRole("checkbox")).toBeEnabled();
  await page.getByRole("searchbox").first().fill("");
  await page.getByRole("searchbox").first().pressSequentially("jk");
  await expect(page.locator('tr[data-active="true"]')).toHaveCount(0);
});

test("a reviewer moves with j / k too; there is no status to jump to", async ({ browser }) => {
  const page = await pageAs(browser, "reviewer");
  await page.goto(`/claims?document=${documentId}`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(6);
  await expect(page.getByText("next / previous claim")).toBeVisible();
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(rows.nth(0)).toHaveAttribute("data-active", "true", { timeout: 500 });
  }).toPass();
  await page.context().close();
});
