import { type Browser, expect, type Page, test } from "@playwright/test";
import { type E2EUser, storageFile } from "./auth-users.ts";
import { seriousViolations } from "./helpers";

// Issue 13 item 2: an editor selects words in the article, makes them a claim, splits it at a figure and merges it
// back; a reviewer is offered none of it. One article per run, its text made new by a place spelt from the run id.
const run = Date.now() % 100_000;
const place = `Mirpur ${[...String(run)].map((d) => "abcdefghij"[Number(d)]).join("")}`;
const toll = "Hospital officials put the toll at 15 dead and 40 injured";
const article =
  `Police said at least 12 workers died when fire swept through a market in ${place} on Monday. ` +
  `${toll}, while firefighters said 300 stalls burned.\n` +
  `The fire spread quickly through the upper floors of the ${place} market.`;

async function as(browser: Browser, user: E2EUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageFile(user) });
  return context.newPage();
}

/** Selects `phrase` in the document text as a reader's mouse would (a Range over the rendered text nodes). */
async function selectText(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.getElementById("document-text");
    if (!root) throw new Error("no document text");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest(".flag-glyph") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Array<{ node: Node; at: number }> = [];
    let text = "";
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, at: text.length });
      text += walker.currentNode.textContent ?? "";
    }
    const start = text.indexOf(wanted);
    if (start < 0) throw new Error(`not in the text: ${wanted}`);
    const locate = (offset: number): [Node, number] => {
      const hit = [...nodes].reverse().find((n) => n.at <= offset) ?? nodes[0];
      return [hit.node, offset - hit.at];
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + wanted.length));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, phrase);
}

let documentId = "";

test.beforeAll(async ({ browser }) => {
  const page = await as(browser, "editor");
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(article);
  await page.getByLabel("Title").fill(`Claim structure ${run}`);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/(?!new$)[^/]+$/);
  documentId = new URL(page.url()).pathname.split("/").pop() as string;
  await page.context().close();
});

test("an editor adds a claim from selected text, splits it at a figure and merges it back", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/documents/${documentId}`);
  const tools = page.getByRole("region", { name: "Add, split or merge claims" });
  await expect(tools).toBeVisible();
  const status = tools.getByRole("status");
  const editorClaims = tools.getByTestId("structure-claim").filter({ hasText: "editor’s claim" });
  await expect(editorClaims).toHaveCount(0);

  await selectText(page, toll);
  await expect(tools.getByTestId("selected-text")).toContainText(toll);
  await tools.getByRole("button", { name: "New claim from selection" }).click();
  await expect(status).toHaveText("Claim added.");
  await expect(editorClaims).toHaveCount(1);
  await expect(editorClaims.first()).toContainText("Hospital officials");
  // The extractor's claim of the same words gave way: one claim holds the two figures.
  await expect(tools.getByTestId("structure-claim").filter({ hasText: "15 dead and 40 injured" })).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  await tools.getByLabel("Split before figure").selectOption("2");
  await editorClaims
    .first()
    .getByRole("button", { name: /^Split “/ })
    .click();
  await expect(status).toHaveText("Claim split.");
  await expect(editorClaims).toHaveCount(2);
  await expect(editorClaims.nth(0)).toContainText("15 dead");
  await expect(editorClaims.nth(0)).not.toContainText("40 injured");
  await expect(editorClaims.nth(1)).toContainText("40 injured");
  // Both parts are highlighted in the text and listed in the document's claims table.
  await expect(page.locator("#document-text mark", { hasText: "40 injured" })).toHaveCount(1);

  await editorClaims
    .nth(0)
    .getByRole("button", { name: /^Merge with next/ })
    .click();
  await expect(status).toHaveText("Claims merged.");
  await expect(editorClaims).toHaveCount(1);
  await expect(editorClaims.first()).toContainText("15 dead and 40 injured");
  await expect(editorClaims.first().getByRole("button", { name: /^Split “/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The claim page says whose claim it is.
  const mergedId = await editorClaims.first().getAttribute("data-claim-id");
  await page.goto(`/claims/${mergedId}`);
  await expect(page.getByTestId("editor-mark")).toContainText("Editor’s claim by");
  await expect(page.getByTestId("editor-mark")).toContainText("re-extraction keeps it as it is");
});

test("a reviewer sees none of the controls", async ({ browser }) => {
  const page = await as(browser, "reviewer");
  await page.goto(`/documents/${documentId}`);
  await expect(page.getByRole("heading", { name: "Text" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Add, split or merge claims" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New claim from selection" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Split “/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Merge with next/ })).toHaveCount(0);
  await page.context().close();
});
