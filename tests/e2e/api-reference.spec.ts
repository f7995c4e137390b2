import { expect, test } from "@playwright/test";
import { seriousViolations } from "./helpers";

// axe walks the whole DOM; the reference is long, and the machine is shared.
test.describe.configure({ timeout: 180_000 });

type Doc = { tags: Array<{ name: string }>; paths: Record<string, Record<string, { tags: string[] }>> };

test("the OpenAPI document is public; the reference page shows every tag and operation in it", async ({
  page,
  browser,
  baseURL,
}) => {
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const res = await anonymous.request.get(`${baseURL}/api/openapi.json`);
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as Doc;
  await anonymous.close();

  await page.goto("/claims");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  for (const tag of doc.tags) {
    await expect(page.getByRole("heading", { level: 2, name: tag.name, exact: true })).toBeVisible();
  }
  let operations = 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      const heading = page.getByRole("heading", { level: 3, name: `${method.toUpperCase()} ${path}`, exact: true });
      await expect(heading).toHaveCount(1);
      operations += 1;
    }
  }
  expect(operations).toBeGreaterThanOrEqual(8);
  const list = page.getByRole("region", { name: "GET /api/claims", exact: true });
  await expect(list.getByRole("table").getByRole("cell", { name: "cursor", exact: true })).toBeVisible();
  await expect(list.getByText('-H "Authorization: Bearer $CLAIMTRACK_TOKEN"')).toBeVisible();
});

test("/docs/api has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("screenshot of the reference at 1440 wide", async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS_API, "on demand: SCREENSHOTS_API=1");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/docs/api");
  await page.screenshot({ path: "docs/screenshots/api-reference-desktop.png" });
  await page.goto("/docs/api#getClaims");
  await page.screenshot({ path: "docs/screenshots/api-reference-claims-desktop.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/docs/api");
  await page.screenshot({ path: "docs/screenshots/api-reference-narrow.png" });
});
