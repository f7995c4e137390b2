import { expect, test } from "@playwright/test";
import { strToU8, zipSync } from "fflate";

// Fresh texts per run: the same text twice is the same document (a duplicate), and this test wants new ones.
const run = `${Date.now() % 1_000_000}`;
const article = (i: number) =>
  `Officials in Harbour Town said ${10 + i} people were injured on Monday in incident ${run}-${i}. ` +
  `Fire chief Mara Olsen said ${2 + (i % 5)} of them remained in hospital.`;

const TEXT_FILES = 100;
const ZIPPED = 20;
const JSONL_LINES = 10;

test("upload many files as a job and watch it finish", async ({ page }) => {
  test.setTimeout(300_000);
  const texts = Array.from({ length: TEXT_FILES }, (_, i) => ({
    name: `report-${i}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(article(i)),
  }));
  const zip = zipSync(
    Object.fromEntries(Array.from({ length: ZIPPED }, (_, i) => [`zipped/story-${i}.md`, strToU8(article(1000 + i))])),
  );
  const jsonl = [
    ...Array.from({ length: JSONL_LINES }, (_, i) =>
      JSON.stringify({ text: article(2000 + i), title: `Line ${run}-${i}`, outlet: "Test Wire" }),
    ),
    "{not json",
  ].join("\n");

  await page.goto("/documents/new");
  await page.getByRole("link", { name: "Ingest them as a background job" }).click();
  await expect(page).toHaveURL(/\/jobs\/new$/);
  await page
    .getByLabel("Files")
    .setInputFiles([
      ...texts,
      { name: "archive.zip", mimeType: "application/zip", buffer: Buffer.from(zip) },
      { name: "feed.jsonl", mimeType: "application/jsonl", buffer: Buffer.from(jsonl) },
      { name: "picture.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    ]);
  await page.getByRole("button", { name: "Start ingest job" }).click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);

  const total = TEXT_FILES + ZIPPED + JSONL_LINES + 2;
  const counts = page.getByTestId("job-counts");
  // Live progress: a partial count first, then the finished job, on the same page load (polling).
  await expect(counts).toContainText(new RegExp(`^\\d+ of ${total} documents \\((\\d|[1-9]\\d)%\\)`), {
    timeout: 60_000,
  });
  await expect(page.getByRole("heading", { name: "Finished" })).toBeVisible({ timeout: 240_000 });
  await expect(counts).toContainText(`${total} of ${total} documents (100%)`);
  await expect(counts).toContainText(`${total - 2} new`);
  await expect(counts).toContainText("2 failed");
  const failures = page.getByTestId("job-failures");
  await expect(failures).toContainText("feed.jsonl:11: Not valid JSON.");
  await expect(failures).toContainText("picture.png: Unsupported file type");

  // The documents are there: one from the zip and one from the JSONL, by title.
  await page.goto(`/documents?q=${encodeURIComponent(`Line ${run}-3`)}`);
  await expect(page.getByRole("row").filter({ hasText: `Line ${run}-3` })).toBeVisible();
});
