import { expect, type Locator, type Page } from "@playwright/test";

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

/** The numeric values of the Value column in row order; null where a claim has no figure. */
export async function valueColumn(table: Locator): Promise<Array<number | null>> {
  const index = await columnIndex(table, "Value");
  const rows = bodyRows(table);
  const out: Array<number | null> = [];
  for (const row of await rows.all()) {
    // <data value="…"> carries the machine-readable number behind the formatted "> 800 fighters".
    const raw = await row
      .getByRole("cell")
      .nth(index)
      .locator("data")
      .getAttribute("value", { timeout: 200 })
      .catch(() => null);
    out.push(raw === null ? null : Number(raw));
  }
  return out;
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
