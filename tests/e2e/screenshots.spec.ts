import { expect, type Page, test } from "@playwright/test";
import { bodyRows, claimsTable } from "./helpers";

/**
 * Not a test: saves desktop (1440 wide) and narrow (390 wide) PNGs of every page into docs/screenshots/ for review.
 * Runs only with SCREENSHOTS=1 (`npm run screenshots`).
 */
const widths = { desktop: { width: 1440, height: 900 }, narrow: { width: 390, height: 844 } } as const;

async function pagePaths(page: Page): Promise<Record<string, string>> {
  await page.goto("/claims?q=850");
  const row = bodyRows(claimsTable(page)).filter({ hasText: "approximately 850 fighters" }).first();
  const claim = await row.getByRole("link").first().getAttribute("href");
  const doc = (await row.getByRole("link", { name: /^in text/i }).getAttribute("href"))?.split("#")[0];
  const source = await row.getByRole("cell").getByRole("link").nth(1).getAttribute("href");
  expect(claim && doc && source).toBeTruthy();
  return {
    claims: "/claims",
    "claims-filtered": "/claims?sort=value&dir=desc&flag=conflict,soft",
    claim: claim as string,
    documents: "/documents",
    document: doc as string,
    "document-new": "/documents/new",
    sources: "/sources",
    source: source as string,
  };
}

for (const [device, viewport] of Object.entries(widths)) {
  test(`screenshots ${device}`, async ({ page }) => {
    test.setTimeout(120_000);
    const paths = await pagePaths(page);
    await page.setViewportSize(viewport);
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // What an editor sees on arrival: one screenful, not the whole scroll.
      await page.screenshot({ path: `docs/screenshots/${name}-${device}.png` });
    }
    // The conflict popover open, the view an editor checks most.
    await page.goto("/claims?q=850");
    await page
      .getByRole("button", { name: /conflict flag/i })
      .first()
      .click();
    await page.screenshot({ path: `docs/screenshots/flag-popover-${device}.png` });
  });
}
