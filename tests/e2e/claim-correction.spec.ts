import { type Browser, expect, type Page, test } from "@playwright/test";
import { formatNumber } from "../../lib/claims/format.ts";
import { E2E_USERS, type E2EUser, storageFile } from "./auth-users.ts";

type Row = { id: string; quantity: { value: number; modifier: string; of: number | null } | null };

async function as(browser: Browser, user: E2EUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageFile(user) });
  return context.newPage();
}

/**
 * A claim with a plain figure (no "of", not a share), from the end of the list so the status specs, which take the
 * first claim, are not disturbed. `skip` picks the next one along, for a second test that needs its own claim.
 */
async function claimWithFigure(page: Page, skip = 0): Promise<{ id: string; value: number }> {
  const res = await page.request.get("/api/claims?limit=100&sort=position&dir=desc");
  expect(res.status()).toBe(200);
  const { items: rows } = (await res.json()) as { items: Row[] };
  const plain = rows.filter((r) => r.quantity && r.quantity.of === null && r.quantity.modifier !== "fraction");
  const row = plain[skip];
  expect(row, "a claim with a plain figure").toBeTruthy();
  return { id: row.id, value: row.quantity?.value ?? 0 };
}

/** A whole number no claim in the fixtures is likely to carry, different from `old`. */
function freshValue(old: number): number {
  const value = 70_000 + (Date.now() % 10_000);
  return value === old ? value + 1 : value;
}

/** The editor's form for the claim's first figure on its page. */
function firstFigureForm(page: Page) {
  return page.getByRole("form", { name: /^Figure 1: / });
}

test("an editor corrects a claim's figure; the page and its history show it, without character offsets", async ({
  page,
}) => {
  const claim = await claimWithFigure(page);
  const value = freshValue(claim.value);
  await page.goto(`/claims/${claim.id}`);
  const form = page.getByRole("form", { name: "Correct this claim" });
  await expect(form.getByLabel("Claim text")).not.toHaveValue("");
  await expect(form.getByLabel("Source")).toBeVisible();
  await expect(page.getByLabel("Span start")).toHaveCount(0);
  await expect(page.getByLabel("Span end")).toHaveCount(0);
  const figure = firstFigureForm(page);
  await figure.getByLabel("Value").fill(String(value));
  await figure.getByRole("button", { name: "Save figure" }).click();
  await expect(figure.getByRole("status")).toHaveText("Figure corrected.");

  await page.reload();
  const figures = page.getByRole("table", { name: "Figures in this claim" });
  await expect(figures).toContainText(formatNumber(value));
  await expect(figures).toContainText(`Corrected by ${E2E_USERS.editor.name}`);
  await expect(firstFigureForm(page).getByLabel("Value")).toHaveValue(String(value));
  const history = page.getByRole("table", { name: "Changes to this claim" });
  const row = history
    .getByRole("row")
    .filter({ hasText: "Figure corrected" })
    .filter({ hasText: `value: ${claim.value} → ${value}` })
    .first();
  await expect(row).toContainText(E2E_USERS.editor.name);
  // Names and values, never raw ids.
  await expect(history).not.toContainText("claimId");
});

test("a second editor saving over a stale form gets a conflict message, and the first change stands", async ({
  browser,
  page,
}) => {
  const claim = await claimWithFigure(page, 1);
  const first = freshValue(claim.value);
  const stale = await as(browser, "editor2");
  await stale.goto(`/claims/${claim.id}`);
  await page.goto(`/claims/${claim.id}`);
  const form = firstFigureForm(page);
  await form.getByLabel("Value").fill(String(first));
  await form.getByRole("button", { name: "Save figure" }).click();
  await expect(form.getByRole("status")).toHaveText("Figure corrected.");

  const staleForm = firstFigureForm(stale);
  await staleForm.getByLabel("Value").fill(String(first + 1));
  await staleForm.getByRole("button", { name: "Save figure" }).click();
  await expect(staleForm.getByRole("alert")).toHaveText("Someone else changed this claim; reload to see their change.");
  await stale.reload();
  await expect(firstFigureForm(stale).getByLabel("Value")).toHaveValue(String(first));
  await stale.context().close();
});

test("a researcher sees no correction form", async ({ browser }) => {
  const page = await as(browser, "researcher");
  const res = await page.request.get("/api/claims?limit=1&sort=position&dir=desc");
  const { items: rows } = (await res.json()) as { items: Row[] };
  await page.goto(`/claims/${rows[0].id}`);
  await expect(
    page.getByRole("table", { name: "Changes to this claim" }).or(page.getByText("No changes recorded yet.")),
  ).toBeVisible();
  await expect(page.getByRole("form", { name: "Correct this claim" })).toHaveCount(0);
  await expect(page.getByLabel("Claim text")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save correction" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: /^Figure \d+: / })).toHaveCount(0);
  await page.context().close();
});
