import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { E2E_USERS } from "./auth-users.ts";
import { bodyRows, claimsTable } from "./helpers";

// Issue 13 item 1: a claim with two figures ("at least 38 fatalities and over 2,200 arrests"); the editor corrects
// the second one. Each run ingests its own copy (a unique reference), so runs never see each other's corrections.
const run = Date.now() % 1_000_000;
const article = `Activists said the crackdown in Zarand had resulted in at least 38 fatalities and over 2,200 arrests. Ref ${run}.`;

async function ingest(page: Page): Promise<string> {
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(article);
  await page.getByLabel("Title").fill(`Zarand crackdown ${run}`);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/(?!new$)[^/]+$/);
  return page.url().split("/").pop() as string;
}

test("correcting the second figure (value, qualifier, unit): table, claim page and CSV agree, marked corrected", async ({
  page,
}) => {
  const documentId = await ingest(page);
  const res = await page.request.get(`/api/claims?document=${documentId}&limit=10`);
  const { items } = (await res.json()) as { items: Array<{ id: string; figures: Array<{ text: string }> }> };
  const claim = items.find((c) => c.figures.length === 2);
  expect(claim, "a claim with two figures").toBeTruthy();
  expect(claim?.figures.map((f) => f.text)).toEqual(["at least 38 fatalities", "over 2,200 arrests"]);

  await page.goto(`/claims/${claim?.id}`);
  const form = page.getByRole("form", { name: "Figure 2: “over 2,200 arrests”" });
  await form.getByLabel("Value").fill("2300");
  await form.getByLabel("Qualifier").selectOption({ label: "at least" });
  await form.getByLabel("Unit").fill("detention");
  await form.getByRole("button", { name: "Save figure" }).click();
  await expect(form.getByRole("status")).toHaveText("Figure corrected.");

  // The claim page: the figure reads as corrected, "as written" stays, the mark names the editor.
  const figures = page.getByRole("table", { name: "Figures in this claim" });
  const second = figures.getByRole("row").filter({ hasText: "over 2,200 arrests" });
  await expect(second).toContainText("≥ 2,300 detentions");
  await expect(second).toContainText(`Corrected by ${E2E_USERS.editor.name}`);
  await expect(figures.getByRole("row").filter({ hasText: "at least 38 fatalities" })).not.toContainText("Corrected");
  await page.screenshot({ path: "test-results/figure-corrected-claim-page.png", fullPage: true });

  // The table: the headline stays, the second figure shows corrected, with the mark.
  await page.goto(`/claims?document=${documentId}`);
  const row = bodyRows(claimsTable(page)).filter({ hasText: "2,300" });
  await expect(row).toHaveCount(1);
  const others = row.getByRole("list", { name: "Other figures" });
  await expect(others).toContainText("≥ 2,300 detentions");
  await expect(others.getByTestId("corrected-mark")).toHaveAttribute(
    "title",
    new RegExp(`^Corrected by ${E2E_USERS.editor.name}`),
  );
  await expect(row.locator(`td[data-col="value"] data`)).toHaveText("≥ 38 fatalities");
  await page.screenshot({ path: "test-results/figure-corrected-table.png", fullPage: true });

  // The CSV of the same table state: the headline columns unchanged, the figures column marked.
  await page.getByRole("button", { name: /^export/i }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await (await download).createReadStream();
  let body = "";
  for await (const chunk of csv) body += chunk;
  const records = parse(body, { bom: true, columns: true }) as Array<Record<string, string>>;
  const record = records.find((r) => r.claim_id === claim?.id);
  expect(record?.value_display).toBe("≥ 38 fatalities");
  expect(record?.figures).toMatch(
    new RegExp(`^≥ 38 fatalities; ≥ 2,300 detentions \\(corrected by ${E2E_USERS.editor.name} \\d{4}-\\d\\d-\\d\\dT`),
  );
});
