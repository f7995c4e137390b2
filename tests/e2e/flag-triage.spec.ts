import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { bodyRows, claimsTable } from "./helpers";

// Issue 11 item 4: one article gives ~800 and ~850 volunteers (an in-document conflict). A story of its own (a search
// near an invented place, on its own day), so its event — and the cross-document group of its figures, the group
// page's group — holds just these two. (A copy of the reference article's fighters story would join the reference
// article's event: the same story by its text and names.)
const run = Date.now() % 100_000;
const day = new Date(Date.UTC(2003, 0, 1) + (run % 1500) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
// The place is spelt from the run's digits (a number would be extracted as a figure): each run's text is new.
const place = `Qasr ${[...String(run)].map((d) => "abcdefghij"[Number(d)]).join("")}`;
const article =
  `The Lakeview Courier reported that approximately 800 volunteers joined the search for the missing hikers near ${place} on Tuesday. ` +
  `Park rangers said approximately 850 volunteers joined the search near ${place}.`;

async function ingest(page: Page): Promise<string> {
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(article);
  await page.getByLabel("Title").fill(`Search volunteers ${run}`);
  await page.getByLabel("Published").fill(day);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/(?!new$)[^/]+$/);
  return page.url().split("/").pop() as string;
}

async function download(page: Page, link: string): Promise<string> {
  await page.getByRole("button", { name: /^export/i }).click();
  const file = page.waitForEvent("download");
  await page.getByRole("link", { name: link, exact: true }).click();
  let body = "";
  for await (const chunk of await (await file).createReadStream()) body += chunk;
  await page.keyboard.press("Escape");
  return body;
}

test("confirming a flag in the table shows as confirmed on the group page and in the CSV and JSON exports", async ({
  page,
}) => {
  const documentId = await ingest(page);

  // Untriaged: the chip says what it is and "Unreviewed"; the "Needs review" filter lists both claims.
  await page.goto(`/claims?document=${documentId}&flag=unreviewed`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(2);
  const row = rows.filter({ hasText: "~800" }).first();
  const flag = row.getByRole("button", { name: /^Sources disagree: ~800 vs ~850/ });
  await expect(flag).toBeVisible();
  await expect(row.getByTestId("triage")).toHaveText(/Unreviewed/);

  await flag.click();
  await row.getByRole("button", { name: "Confirm discrepancy" }).click();
  await expect(page.getByText("No claims match")).toBeVisible();
  await page.goto(`/claims?document=${documentId}`);
  for (const r of await bodyRows(claimsTable(page)).all())
    await expect(r.getByTestId("triage")).toHaveText(/Confirmed/);
  await page.screenshot({ path: "test-results/flag-confirmed-table.png", fullPage: true });

  // The exports of this table state: every flagged row confirmed.
  const csv = parse(await download(page, "Export CSV"), { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(csv).toHaveLength(2);
  for (const r of csv) expect([r.flag, r.flag_triage, r.flag_decision]).toEqual(["conflict", "confirmed", "confirmed"]);
  const json = JSON.parse(await download(page, "Export JSON")) as Array<{ group: { decision: string } | null }>;
  expect(json.map((r) => r.group?.decision)).toEqual(["confirmed", "confirmed"]);

  // The claim page and the group page show the same state.
  await bodyRows(claimsTable(page)).filter({ hasText: "~800" }).first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByTestId("triage").first()).toHaveText(/Confirmed/);
  await page.getByRole("link", { name: /2 reports/ }).click();
  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  await expect(page.getByTestId("group-decision")).toHaveText(/Confirmed/);
  await page.screenshot({ path: "test-results/flag-confirmed-group.png", fullPage: true });
});
