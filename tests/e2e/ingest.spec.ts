import { expect, test } from "@playwright/test";
import { bodyRows, claimsTable, guardAgainstScripts } from "./helpers";

// A fresh figure per run: the same text twice is the same document, and this test wants a new one.
const run = `${Date.now() % 100000}`;

test("ingest a pasted article and see its claims", async ({ page }) => {
  const title = `Harbour strike ${run}`;
  const text = [
    "Dock workers in the port city walked out on Monday, and the union said that more than 4,000 members joined the strike.",
    "Police officials reported at least 12 arrests near the main gate.",
    "According to the port authority, approximately 300 ships are waiting offshore.",
    `Filed under reference ${run}.`,
  ].join(" ");
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").fill("Test Wire");
  await page.getByLabel("Published").fill("2026-01-09");
  await page.getByRole("button", { name: "Add document" }).click();

  await expect(page).toHaveURL(/\/documents\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const rows = bodyRows(claimsTable(page));
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: "12 arrests" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "300 ships" })).toHaveCount(1);
  // The claims are highlighted in the text, and a highlight leads to its row.
  const mark = page.getByRole("link", { name: /12 arrests/ }).first();
  await mark.click();
  await expect(page).toHaveURL(/#claim-/);

  // The document is listed with its claim count.
  await page.goto("/documents");
  await expect(page.getByRole("row").filter({ hasText: title })).toBeVisible();
});

test("an empty submission gets a clear error", async ({ page }) => {
  await page.goto("/documents/new");
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /could not add the document/i })).toContainText(/empty/i);
  await expect(page).toHaveURL(/\/documents\/new$/);
});

test("a pasted <script> does not execute", async ({ page }) => {
  const check = guardAgainstScripts(page);
  const payload = [
    `Officials said 17 bridges were closed ${run}.`,
    `<script>window.__pwned = 1; alert("pwned")</script>`,
    `<img src="x" onerror="window.__pwned = 2; alert('img')">`,
  ].join("\n");
  await page.goto("/documents/new");
  await page.getByLabel("Article text").fill(payload);
  await page.getByLabel("Title").fill(`<b onmouseover="alert(1)">Markup title ${run}</b>`);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/[^/]+$/);
  // Shown as text, not run.
  await expect(page.getByText('<script>window.__pwned = 1; alert("pwned")</script>', { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<b onmouseover");
  await page.reload();
  await check();
});

test("an uploaded .html file is reduced to text and its scripts never run", async ({ page }) => {
  const check = guardAgainstScripts(page);
  const html = `<!doctype html><html><head><title>t</title><script>alert("head")</script></head><body>
    <h1>Flood report ${run}</h1><p>Rescuers said about 40 families were evacuated.</p>
    <script>window.__pwned = 3</script><p onclick="alert(2)">Water rose 2 metres overnight.</p></body></html>`;
  await page.goto("/documents/new");
  await page.getByLabel("Or upload a file").setInputFiles({
    name: `flood-${run}.html`,
    mimeType: "text/html",
    buffer: Buffer.from(html),
  });
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/[^/]+$/);
  await expect(page.getByText(/about 40 families were evacuated/).first()).toBeVisible();
  await expect(page.getByText("window.__pwned")).toHaveCount(0);
  await check();
});
