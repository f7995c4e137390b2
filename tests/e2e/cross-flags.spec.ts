import { expect, type Page, test } from "@playwright/test";
import { bodyRows, claimsTable } from "./helpers";

// Two outlets give different tolls for one (invented) bus crash on the same day. The place name is made of letters
// unique to the run (a number would be extracted as a figure), and each run uses its own publication week, so runs
// never join earlier runs' groups.
const run = Date.now() % 100_000;
const place = `Lake ${[...String(run)].map((d) => "abcdefghij"[Number(d)]).join("")}`.replace(
  / (.)/,
  (_, c) => ` ${c.toUpperCase()}`,
);
const day = new Date(Date.UTC(2002, 0, 1) + (run % 1500) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const reports = [
  ["Wire North", `Police said 14 people were killed in the bus crash at ${place} on Monday.`],
  ["Wire South", `The Red Cross said 23 people were killed in the bus crash at ${place} on Monday.`],
] as const;

async function ingest(page: Page, outlet: string, text: string): Promise<void> {
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Title").fill(`${outlet} bus crash ${run}`);
  await page.getByLabel("Outlet").fill(outlet);
  await page.getByLabel("Published").fill(day);
  await page.getByRole("button", { name: "Add document" }).click();
  // Not /documents/new itself: the form page matches /documents/<x> too, before the ingest has finished.
  await expect(page).toHaveURL(/\/documents\/(?!new$)[^/]+$/);
}

test("the claims table flags two outlets' different tolls, filters to them and links to their group", async ({
  page,
}, testInfo) => {
  for (const [outlet, text] of reports) await ingest(page, outlet, text);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/claims?q=${encodeURIComponent(place)}`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(2);
  for (const figure of ["14 people", "23 people"]) {
    const flag = rows.filter({ hasText: figure }).getByRole("link", { name: /Outlets disagree: 14 vs 23/ });
    await expect(flag).toBeVisible();
    await expect(flag).toHaveAttribute("href", /\/groups\/[^/]+$/);
  }
  await page.screenshot({ path: testInfo.outputPath("claims-cross-flag.png") });

  // The flag filter narrows the whole table to cross-document conflicts: these two rows among them, no other kind.
  await page.goto("/claims?pageSize=200");
  await page.getByRole("search").getByRole("button", { name: /^flag/i }).click();
  await page.screenshot({ path: testInfo.outputPath("claims-flag-filter.png") });
  await page.getByRole("checkbox", { name: /outlets disagree/i }).check();
  await expect(page).toHaveURL(/flag=cross-conflict/);
  const filtered = bodyRows(claimsTable(page));
  await expect(filtered.filter({ hasText: place })).toHaveCount(2);
  for (const row of await filtered.all()) {
    await expect(row.getByRole("link", { name: /Outlets disagree/ })).toBeVisible();
  }

  // The link opens the group, where the editor sees both figures.
  await filtered
    .filter({ hasText: place })
    .filter({ hasText: "14 people" })
    .getByRole("link", { name: /Outlets disagree: 14 vs 23/ })
    .click();
  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  await expect(page.getByTestId("group-verdict")).toContainText("Conflict");
  for (const [outlet] of reports) {
    await expect(page.getByTestId("group-figures").getByRole("row").filter({ hasText: outlet })).toHaveCount(1);
  }
});

test("a fall given in metres by one outlet and in feet by another is flagged with both units, and plotted on one axis", async ({
  page,
}, testInfo) => {
  const mount = place.replace(/^Lake /, "Mount ");
  const falls = [
    ["Wire East", `A climber died after falling about 150 metres from a ridge on ${mount} on Saturday, police said.`],
    ["Wire West", `A climber fell about 200 feet from a ridge on ${mount} on Saturday and died, police said.`],
  ] as const;
  for (const [outlet, text] of falls) await ingest(page, outlet, text);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/claims?q=${encodeURIComponent(mount)}`);
  const rows = bodyRows(claimsTable(page));
  await expect(rows).toHaveCount(2);
  const chip = /Outlets disagree: (~150 m vs ~200 ft|~200 ft vs ~150 m)/;
  // Each row shows its figure in its own unit, and the chip names both.
  for (const [written, figure] of [
    ["150 metres", "~150 m"],
    ["200 feet", "~200 ft"],
  ]) {
    const row = rows.filter({ hasText: written });
    await expect(row.getByRole("cell", { name: figure, exact: true })).toBeVisible();
    await expect(row.getByRole("link", { name: chip })).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("claims-units-flag.png") });

  await rows.filter({ hasText: "150 metres" }).getByRole("link", { name: chip }).click();
  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  await expect(page.getByTestId("group-verdict")).toContainText("Conflict");
  for (const [outlet] of falls) {
    await expect(page.getByTestId("group-figures").getByRole("row").filter({ hasText: outlet })).toHaveCount(1);
  }
  await expect(page.getByText("Figures written in different units are plotted in m.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("group-units.png"), fullPage: true });
});
