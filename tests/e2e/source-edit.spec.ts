import { expect, type Page, test } from "@playwright/test";
import { addDocument, bodyRows, claimsTable, pageAs } from "./helpers";

// Issue 10 item 3: an editor corrects what extraction made of a source (name, kind) and merges a duplicate into the
// curated one; the old names stay as aliases; a reviewer gets no editor form. One article of its own, with sources
// whose names are spelt from the run's digits so no other spec (or earlier run) shares them.
const run = Date.now() % 100_000;
const tag = [...String(run)].map((d) => "abcdefghij"[Number(d)]).join("");
const place = `Qasr ${tag[0]?.toUpperCase()}${tag.slice(1)}`;
const day = new Date(Date.UTC(2005, 0, 1) + (run % 1500) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const article =
  `The ${place} Courier reported that approximately 800 volunteers joined the search on Tuesday. ` +
  `The ${place} Harbour Authority said approximately 850 volunteers joined the search, ` +
  "and rescuers counted at least 38 injuries.";

let documentId = "";

test.beforeAll(async ({ browser }) => {
  documentId = await addDocument(browser, { text: article, title: `Sources ${run}`, published: day });
});

/** Opens the source page of the claim row whose text holds `text`, from the document's claims. */
async function openSourceOf(page: Page, text: string): Promise<void> {
  await page.goto(`/claims?document=${documentId}`);
  const row = bodyRows(claimsTable(page)).filter({ hasText: text }).first();
  await row.getByRole("link", { name: new RegExp(place) }).click();
  await expect(page).toHaveURL(/\/sources\/[^/]+$/);
}

test("an editor renames a source and merges another into it; claims follow, old names become aliases", async ({
  page,
}) => {
  page.on("dialog", (dialog) => dialog.accept());
  await openSourceOf(page, "Courier reported");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${place} Courier`);

  await page.getByText("Edit source (name, kind, affiliation)").click();
  const edit = page.getByRole("form", { name: "Edit the source" });
  await edit.getByLabel("Name").fill(`${place} Courier newspaper`);
  await edit.getByLabel("Kind").selectOption("outlet");
  await edit.getByRole("button", { name: "Save source" }).click();
  await expect(edit.getByRole("status")).toContainText("Saved");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${place} Courier newspaper`);
  await expect(page.getByText(`Also written: ${place} Courier`)).toBeVisible();
  await expect(page.locator(".source-kind").first()).toHaveText("outlet");
  const curatedUrl = page.url();

  // The claims table shows the new name on the claim.
  await page.goto(`/claims?document=${documentId}`);
  await expect(bodyRows(claimsTable(page)).filter({ hasText: "Courier reported" }).first()).toContainText(
    `${place} Courier newspaper`,
  );

  // Merge the Harbour Authority into the renamed Courier: its claim moves, its page is gone.
  await openSourceOf(page, "Harbour Authority said");
  const harbourUrl = page.url();
  await page.getByText("Edit source (name, kind, affiliation)").click();
  const merge = page.getByRole("form", { name: "Merge into another source" });
  await merge.getByLabel("Merge into (find by name)").fill("Courier newspaper");
  await merge.getByRole("button", { name: "Find" }).click();
  await merge.getByRole("button", { name: `Merge into ${place} Courier newspaper` }).click();
  await expect(page).toHaveURL(curatedUrl);
  await expect(page.getByText("Also written:")).toContainText(`${place} Harbour Authority`);
  await expect(claimsTable(page)).toContainText("approximately 850");
  await expect(claimsTable(page)).toContainText("approximately 800");

  const gone = await page.goto(harbourUrl);
  expect(gone?.status()).toBe(404);
});

test("a stale edit is refused with a message and overwrites nothing", async ({ browser, page }) => {
  // Two editors open the same source; the second saves over a version that is no longer current.
  await openSourceOf(page, "Courier reported");
  const other = await pageAs(browser, "editor2");
  await other.goto(page.url());
  for (const p of [page, other]) await p.getByText("Edit source (name, kind, affiliation)").click();

  const first = page.getByRole("form", { name: "Edit the source" });
  await first.getByLabel("Affiliation (empty: none)").fill("Harbour press group");
  await first.getByRole("button", { name: "Save source" }).click();
  await expect(first.getByRole("status")).toContainText("Saved");

  const second = other.getByRole("form", { name: "Edit the source" });
  await second.getByLabel("Affiliation (empty: none)").fill("Someone else's idea");
  await second.getByRole("button", { name: "Save source" }).click();
  await expect(second.getByRole("status")).toContainText(/changed|reload|version/i);
  await page.reload();
  await expect(page.getByText("Harbour press group")).toBeVisible();
  await expect(page.getByText("Someone else's idea")).toHaveCount(0);
  await other.context().close();
});

test("a reviewer sees the source but no editor form", async ({ browser }) => {
  const page = await pageAs(browser, "reviewer");
  await openSourceOf(page, "Courier reported");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(place);
  await expect(page.getByText("Edit source (name, kind, affiliation)")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Edit the source" })).toHaveCount(0);
  await page.context().close();
});
