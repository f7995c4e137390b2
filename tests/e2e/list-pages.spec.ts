import { expect, test } from "@playwright/test";
import { seriousViolations } from "./helpers";

test("/documents searches by title or outlet and pages by cursor", async ({ page }) => {
  await page.goto("/documents");
  const table = page.getByRole("table", { name: "Documents" });
  // Other specs ingest hundreds of documents (ingest-jobs), so the reference article need not be on the first page.
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(/of \d+ documents?/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Title or outlet").fill("REFERENCE ARTICLE");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=REFERENCE\+ARTICLE/);
  await expect(table.getByRole("link", { name: /reference article/ })).toBeVisible();
  await expect(page.getByText(/documents? ingested; 1 matches “REFERENCE ARTICLE”/)).toBeVisible();

  await page.getByLabel("Title or outlet").fill("no such outlet zzz");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No document's title or outlet contains “no such outlet zzz”.")).toBeVisible();

  // An old link whose cursor no longer fits shows the first page with a notice, not an error page.
  await page.goto("/documents?cursor=not-a-cursor");
  await expect(page.getByRole("status")).toContainText("showing the first page");
  await expect(table.getByRole("row").nth(1)).toBeVisible();
});

test("/sources searches by name", async ({ page }) => {
  await page.goto("/sources");
  const table = page.getByRole("table", { name: "Sources" });
  await expect(table.getByRole("link", { name: "Iran International" })).toBeVisible();
  await page.getByLabel("Name").fill("iran international");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(table.getByRole("link", { name: "Iran International" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2); // the header and the one match
  expect(await seriousViolations(page)).toEqual([]);
});
