import { expect, type Page, test } from "@playwright/test";
import { bodyRows, claimsTable } from "./helpers";

// One (invented) event reported by three outlets with three tolls on one day. Each run uses its own week, so runs
// never join earlier runs' groups (groups are per counted noun and publication week).
const run = Date.now() % 100_000;
const day = new Date(Date.UTC(2001, 0, 1) + (run % 1500) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const reports = [
  ["Wire One", `Police said 12 people were killed in the ferry fire at Port Veyra on Monday. Ref ${run}-1.`],
  ["Wire Two", `The Red Cross said 19 people were killed in the ferry fire at Port Veyra. Ref ${run}-2.`],
  ["Wire Three", `Hospital officials said 31 people were killed in the ferry fire at Port Veyra. Ref ${run}-3.`],
] as const;

async function ingest(page: Page, outlet: string, text: string, title: string): Promise<void> {
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").fill(outlet);
  await page.getByLabel("Published").fill(day);
  await page.getByRole("button", { name: "Add document" }).click();
  // Not /documents/new itself: the form page matches /documents/<x> too, before the ingest has finished.
  await expect(page).toHaveURL(/\/documents\/(?!new$)[^/]+$/);
}

test("three outlets' tolls form one group: figures, plot, and a dismissal that survives reload and re-ingest", async ({
  page,
}) => {
  for (const [outlet, text] of reports) await ingest(page, outlet, text, `${outlet} ferry ${run}`);

  // From the last document's claim to its group.
  await bodyRows(claimsTable(page)).filter({ hasText: "31" }).first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await page.getByRole("link", { name: /3 reports/ }).click();
  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  const groupUrl = page.url();

  const figures = page.getByTestId("group-figures");
  for (const [outlet] of reports) await expect(figures.getByRole("row").filter({ hasText: outlet })).toHaveCount(1);
  for (const source of ["Police", "Red Cross", "Hospital officials"]) {
    await expect(figures.getByText(source, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByTestId("group-verdict")).toContainText("Conflict");
  await expect(page.getByTestId("group-plot")).toBeVisible();
  await expect(page.getByTestId("plot-mark")).toHaveCount(3);

  await expect(page.getByTestId("group-decision")).toContainText("Unreviewed");
  await page.getByLabel("Reason for dismissing").fill("three counts at different hours");
  await page.getByRole("button", { name: "Dismiss flag" }).click();
  await expect(page.getByTestId("group-decision")).toContainText("Dismissed: three counts at different hours");
  await page.reload();
  await expect(page.getByTestId("group-decision")).toContainText("Dismissed: three counts at different hours");

  // The same text again is the same document; a re-worded copy is a new document that re-groups the bucket.
  await ingest(page, reports[0][0], reports[0][1], `again ${run}`);
  await ingest(page, "Wire Four", `${reports[1][1]} Updated.`, `Wire Four ferry ${run}`);
  await page.goto(groupUrl);
  await expect(page.getByTestId("group-decision")).toContainText("Dismissed");
  await expect(page.getByTestId("group-figures").getByRole("row").filter({ hasText: "Wire Four" })).toHaveCount(1);
});
