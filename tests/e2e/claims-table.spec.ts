import { expect, test } from "@playwright/test";
import { bodyRows, claimsTable, columnIndex, saveStatus, valueUnitColumn } from "./helpers";

/** Unit first, then value, both in the sort's direction; claims without a figure last in both directions. */
function isSorted(values: Array<[string, number] | null>, dir: "asc" | "desc"): boolean {
  const pairs = values.filter((v): v is [string, number] => v !== null);
  const firstNull = values.indexOf(null);
  if (firstNull !== -1 && values.slice(firstNull).some((v) => v !== null)) return false;
  const inOrder = (a: [string, number], b: [string, number]) =>
    a[0] === b[0] ? (dir === "asc" ? a[1] <= b[1] : a[1] >= b[1]) : dir === "asc" ? a[0] < b[0] : a[0] > b[0];
  return pairs.every((v, i) => i === 0 || inOrder(pairs[i - 1], v));
}

test("sorts by value both ways, unit first and numerically within a unit; the URL reproduces the view", async ({
  page,
}) => {
  await page.goto("/claims");
  const table = claimsTable(page);
  const header = table.getByRole("columnheader", { name: /value/i });
  await expect(header).toHaveAttribute("aria-sort", "none");

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await valueUnitColumn(table);
  expect(ascending.filter((v) => v !== null).length).toBeGreaterThan(3);
  expect(isSorted(ascending, "asc"), `ascending: ${ascending.join(" | ")}`).toBe(true);

  // Keyboard: the header button takes focus and Enter toggles the order.
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/dir=desc/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const descending = await valueUnitColumn(table);
  expect(isSorted(descending, "desc"), `descending: ${descending.join(" | ")}`).toBe(true);
  // The last unit leads; other specs may have added more claims than one page holds, so the ascending first page
  // shows the first units and its last unit is a lower bound.
  const units = (column: typeof ascending) => column.flatMap((v) => (v ? [v[0]] : []));
  expect(units(descending)[0] >= (units(ascending).at(-1) ?? "")).toBe(true);

  await page.reload();
  await expect(claimsTable(page).getByRole("columnheader", { name: /value/i })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  expect(await valueUnitColumn(claimsTable(page))).toEqual(descending);
});

test("filters by status", async ({ page }) => {
  await page.goto("/claims");
  const table = claimsTable(page);
  const row = bodyRows(table).filter({ hasText: "at least 38 fatalities" }).first();
  const select = row.getByRole("combobox", { name: /status of/i });
  await saveStatus(select, "refuted");

  await page
    .getByRole("search")
    .getByRole("button", { name: /^status/i })
    .click();
  await page.getByRole("checkbox", { name: /refuted/i }).check();
  await expect(page).toHaveURL(/status=refuted/);
  const rows = bodyRows(claimsTable(page));
  await expect(rows.filter({ hasText: "at least 38 fatalities" })).toHaveCount(1);
  const statusIndex = await columnIndex(claimsTable(page), "Status");
  for (const r of await rows.all()) {
    await expect(r.getByRole("cell").nth(statusIndex).getByRole("combobox")).toHaveValue("refuted");
  }

  const filteredCount = await rows.count();
  await page.getByRole("button", { name: /reset filters/i }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect.poll(() => bodyRows(claimsTable(page)).count()).toBeGreaterThan(filteredCount);
});

test("the approximately 850 fighters row shows a conflict flag naming the 800 figures and their sources", async ({
  page,
}) => {
  await page.goto("/claims?q=850");
  const row = bodyRows(claimsTable(page)).filter({ hasText: "approximately 850 fighters" }).first();
  await expect(row).toBeVisible();
  const flag = row.getByRole("button", { name: /conflict flag/i });
  await expect(flag).toHaveAttribute("aria-expanded", "false");
  await flag.click();
  await expect(flag).toHaveAttribute("aria-expanded", "true");
  const figures = row.getByRole("list", { name: /other figures/i }).getByRole("listitem");
  await expect(figures.first()).toBeVisible();
  const items = await figures.allInnerTexts();
  expect(items.length).toBeGreaterThanOrEqual(2);
  for (const item of items) expect(item).toMatch(/800\b/);
  expect(items.join("\n")).toMatch(/Iran International/);
  expect(items.join("\n")).toMatch(/independent sources/i);
  await page.keyboard.press("Escape");
  await expect(flag).toHaveAttribute("aria-expanded", "false");
});

test("a status change survives a reload", async ({ page }) => {
  await page.goto("/claims?q=2%2C200");
  const row = bodyRows(claimsTable(page)).filter({ hasText: "2,200 arrests" }).first();
  const select = row.getByRole("combobox", { name: /status of/i });
  const next = (await select.inputValue()) === "corroborated" ? "disputed" : "corroborated";
  await saveStatus(select, next);
  await expect(row.getByRole("alert")).toHaveCount(0);
  await page.reload();
  const again = bodyRows(claimsTable(page)).filter({ hasText: "2,200 arrests" }).first();
  await expect(again.getByRole("combobox", { name: /status of/i })).toHaveValue(next);
});

test("a stale save gets the conflict message and the row reverts", async ({ page, browser }) => {
  await page.goto("/claims?q=2%2C200");
  const row = bodyRows(claimsTable(page)).filter({ hasText: "2,200 arrests" }).first();
  const select = row.getByRole("combobox", { name: /status of/i });
  const before = await select.inputValue();

  // Another editor saves first, in a second browser context (same signed-in session as this project's).
  const otherContext = await browser.newContext({ storageState: test.info().project.use.storageState });
  const other = await otherContext.newPage();
  await other.goto("/claims?q=2%2C200");
  const theirs = bodyRows(claimsTable(other))
    .filter({ hasText: "2,200 arrests" })
    .first()
    .getByRole("combobox", { name: /status of/i });
  await saveStatus(theirs, before === "needs-review" ? "retracted" : "needs-review");
  await otherContext.close();

  await select.selectOption(before === "refuted" ? "corroborated" : "refuted");
  await expect(row.getByRole("alert")).toContainText(/someone else changed this claim/i);
  await expect(select).toHaveValue(before);
});
