import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { bodyRows, claimsTable } from "./helpers";

/** The claim ids of the table's rows, in order, from each row's link to its claim page. */
async function shownIds(page: import("@playwright/test").Page): Promise<string[]> {
  return bodyRows(claimsTable(page)).evaluateAll((rows) =>
    rows.map((row) => row.querySelector('a[href^="/claims/"]')?.getAttribute("href")?.split("/").pop() ?? ""),
  );
}

test("exports exactly the filtered, sorted rows of the table as CSV", async ({ page }) => {
  await page.goto("/claims");
  const table = claimsTable(page);
  await table.getByRole("columnheader", { name: /value/i }).getByRole("button").click();
  await expect(page).toHaveURL(/sort=value/);
  await page.getByRole("search").getByRole("button", { name: /^flag/i }).click();
  await page.getByRole("checkbox", { name: /conflict/i }).check();
  await expect(page).toHaveURL(/flag=conflict/);
  await page.getByRole("searchbox", { name: /search claims/i }).fill("fighters");
  await expect(page).toHaveURL(/q=fighters/);
  await expect(bodyRows(claimsTable(page)).first()).toContainText(/fighters/i);

  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(1);
  expect(ids.every((id) => id !== "")).toBe(true);

  await page.getByRole("button", { name: /^export/i }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const records: Array<Record<string, string>> = parse(readFileSync(await file.path(), "utf8"), {
    bom: true,
    columns: true,
  });
  expect(records.map((r) => r.claim_id)).toEqual(ids);
  for (const r of records) {
    expect(r.flag).toBe("conflict");
    expect(`${r.claim} ${r.label} ${r.source}`.toLowerCase()).toContain("fighters");
    expect(r.conflicts_with).not.toBe("");
  }
});

test("a document's export holds that document's claims only", async ({ page }) => {
  await page.goto("/documents");
  await page
    .getByRole("link", { name: /reference article/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/documents\//);
  const ids = await shownIds(page);
  await page.getByRole("button", { name: /^export/i }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export JSON Lines" }).click();
  const lines = readFileSync(await (await download).path(), "utf8")
    .trim()
    .split("\n");
  const rows = lines.map((l) => JSON.parse(l) as { id: string; document: { id: string } });
  expect(rows.map((r) => r.id)).toEqual(ids);
  expect(new Set(rows.map((r) => r.document.id)).size).toBe(1);
});
