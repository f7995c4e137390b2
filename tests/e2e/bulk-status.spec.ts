import { expect, test } from "@playwright/test";
import { addDocument, bodyRows, claimsTable, pageAs, seriousViolations } from "./helpers";

// Issue 13 item 3: select claims (a page, then all matching the filter), bulk-set their status, undo. One article of
// 30 attributed figures in its own publication week; the place is spelt from the run's digits so each run's text is
// new and the run's claims are found by their document.
const run = Date.now() % 100_000;
const day = new Date(Date.UTC(2005, 0, 1) + (run % 1500) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const place = `Qasr ${[...String(run)].map((d) => "abcdefghij"[Number(d)]).join("")}`;
const sources = ["Iran International", "Independent sources", "Police", "Rights groups", "The ministry"];
const nouns = ["fighters", "protesters", "workers", "soldiers", "families"];
const article = Array.from(
  { length: 30 },
  (_, i) => `${sources[i % 5]} said ${120 + i * 7} ${nouns[Math.floor(i / 5) % 5]} gathered near ${place} on Tuesday.`,
).join(" ");

let documentId = "";

test.beforeAll(async ({ browser }) => {
  documentId = await addDocument(browser, { text: article, title: `Bulk ${run}`, published: day });
});

test("an editor selects all matching claims, sets them to corroborated and undoes it", async ({ page }) => {
  // Ten rows a page: "all matching" must reach the claims on the other pages, resolved on the server.
  await page.goto(`/claims?document=${documentId}&pageSize=10`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(10);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("of 30 claims");

  await page.getByRole("checkbox", { name: "Select all claims on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk changes" });
  await expect(bar).toContainText("Set status of 10 claims to");
  await bar.getByRole("button", { name: "Select all 30 matching" }).click();
  await expect(bar).toContainText("Set status of 30 claims to");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/bulk-selection.png", fullPage: true });

  await bar.getByRole("combobox", { name: "New status" }).selectOption("corroborated");
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(bar.getByRole("status")).toContainText("Set 30 claims to corroborated.");
  // The table shows the new statuses (the page re-renders from the server).
  for (const select of await page.getByRole("combobox", { name: /^Status of/ }).all())
    await expect(select).toHaveValue("corroborated");

  // Another change after the bulk: this claim is kept by the undo.
  const first = page.getByRole("combobox", { name: /^Status of/ }).first();
  await first.selectOption("disputed");
  await expect(first).toHaveAttribute("data-status", "disputed");
  await expect(first).not.toHaveAttribute("aria-busy", "true");

  await bar.getByRole("button", { name: "Undo" }).click();
  await expect(bar.getByRole("status")).toContainText(
    "Undone: 29 claims back to their status before. 1 claim was changed since and kept.",
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/claims?document=${documentId}&status=unverified`);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("of 29 claims");
  await page.goto(`/claims?document=${documentId}&status=disputed`);
  await expect(bodyRows(claimsTable(page))).toHaveCount(1);
  // Issue 13 item 4: the document says how far its checking has got, counted per status in workflow order.
  await page.goto(`/documents/${documentId}`);
  await expect(page.getByTestId("document-progress")).toHaveText("Checking: 29 unverified · 1 disputed");
});

test("two selected rows: Apply sets just those two", async ({ page }) => {
  await page.goto(`/claims?document=${documentId}&pageSize=10&status=unverified`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(10);
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  const bar = page.getByRole("region", { name: "Bulk changes" });
  await expect(bar).toContainText("Set status of 2 claims to");
  await bar.getByRole("combobox", { name: "New status" }).selectOption("needs-review");
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(bar.getByRole("status")).toContainText("Set 2 claims to needs review.");
  await page.goto(`/claims?document=${documentId}&status=needs-review`);
  await expect(bodyRows(claimsTable(page))).toHaveCount(2);
});

// Reviewers select rows to comment on them in bulk (tests/e2e/assignment.spec.ts); researchers only read.
test("a researcher sees no checkboxes and no bulk toolbar", async ({ browser }) => {
  const page = await pageAs(browser, "researcher");
  await page.goto(`/claims?document=${documentId}`);
  await expect(bodyRows(claimsTable(page)).first()).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Bulk changes" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test("on a document's page, 'all matching' is that document's claims, not the archive's", async ({ page }) => {
  const retracted = async () =>
    ((await (await page.request.get("/api/claims?status=retracted&limit=500")).json()) as { items: unknown[] }).items
      .length;
  const before = await retracted();
  await page.goto(`/documents/${documentId}?pageSize=10`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(10);
  await page.getByRole("checkbox", { name: "Select all claims on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk changes" });
  await bar.getByRole("button", { name: "Select all 30 matching" }).click();
  await bar.getByRole("combobox", { name: "New status" }).selectOption("retracted");
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(bar.getByRole("status")).toContainText(/Set \d+ claims? to retracted\./);
  const changed = Number(/Set (\d+) claim/.exec((await bar.getByRole("status").textContent()) ?? "")?.[1]);
  // Only this document's claims not already retracted: never more than its 30.
  expect(changed).toBeGreaterThan(0);
  expect(changed).toBeLessThanOrEqual(30);
  expect((await retracted()) - before).toBe(changed);
  await bar.getByRole("button", { name: "Undo" }).click();
  await expect(bar.getByRole("status")).toContainText("Undone:");
});
