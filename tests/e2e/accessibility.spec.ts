import { expect, test } from "@playwright/test";
import { bodyRows, claimsTable, seriousViolations } from "./helpers";

// axe walks the whole DOM; on a shared 2-core machine that alone can take tens of seconds.
test.describe.configure({ timeout: 180_000 });

test("/claims has no serious or critical axe violations, with a flag popover open", async ({ page }) => {
  await page.goto("/claims");
  await expect(bodyRows(claimsTable(page)).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByRole("button", { name: /conflict flag/i })
    .first()
    .click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("/documents/[id] has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/claims?q=850");
  const row = bodyRows(claimsTable(page)).filter({ hasText: "approximately 850 fighters" }).first();
  await row.getByRole("link", { name: /^in text/i }).click();
  await expect(page).toHaveURL(/\/documents\/[^/#]+#mark-/);
  await expect(page.getByRole("heading", { name: "Claims in this document" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
