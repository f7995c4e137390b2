import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Locator, type Page } from "@playwright/test";
import { type E2EUser, storageFile } from "./auth-users.ts";

/** The page's serious and critical WCAG 2.1 A/AA violations, one readable line each (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join("; ")}`,
    );
}

/** The body rows of the claims table (the header row has column headers, not cells). */
export function bodyRows(table: Locator): Locator {
  return table.getByRole("row").filter({ has: table.page().getByRole("cell") });
}

/** Index of a column, found by its header's accessible name. */
export async function columnIndex(table: Locator, name: string): Promise<number> {
  const names = await table.getByRole("columnheader").allInnerTexts();
  const index = names.findIndex((text) => text.trim().toLowerCase().startsWith(name.toLowerCase()));
  expect(index, `column ${name} in ${names.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return index;
}

/** The Value column as [unit, value] in row order (the unit lower-cased, "" for a bare number); null without a figure. */
export async function valueUnitColumn(table: Locator): Promise<Array<[string, number] | null>> {
  const index = await columnIndex(table, "Value");
  return bodyRows(table).evaluateAll((rows, i) => {
    return rows.map((row) => {
      const data = row.children[i]?.querySelector("data");
      return data
        ? ([data.getAttribute("data-unit") ?? "", Number(data.getAttribute("value"))] as [string, number])
        : null;
    });
  }, index);
}

/** The claims table of the page (the one captioned as claims). */
export function claimsTable(page: Page): Locator {
  return page.getByRole("table", { name: /claims/i });
}

/** Fails the test when any script pasted into a document runs. */
export function guardAgainstScripts(page: Page): () => Promise<void> {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return async () => {
    expect(dialogs, "no alert() from pasted markup").toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  };
}

/** Picks a status in a row's inline select and waits for the server action's answer. */
export async function saveStatus(select: Locator, status: string): Promise<void> {
  const page = select.page();
  // Server actions POST to the page's own URL.
  const saved = page.waitForResponse((response) => response.request().method() === "POST");
  await select.selectOption(status);
  await saved;
  await expect(select).not.toHaveAttribute("aria-busy", "true");
}

/** A new page signed in as `user` (its saved session); close it with `page.context().close()`. */
export async function pageAs(browser: Browser, user: E2EUser | "admin"): Promise<Page> {
  const context = await browser.newContext({ storageState: storageFile(user) });
  return context.newPage();
}

/** Adds an article through /documents/new as the editor and returns the new document's id. */
export async function addDocument(
  browser: Browser,
  article: { text: string; title: string; published: string },
): Promise<string> {
  const page = await pageAs(browser, "editor");
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(article.text);
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Published").fill(article.published);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/(?!new$)[^/]+$/);
  const id = new URL(page.url()).pathname.split("/").pop() as string;
  await page.context().close();
  return id;
}
