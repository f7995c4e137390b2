import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { storageFile } from "./auth-users.ts";
import { seriousViolations } from "./helpers";

// axe walks the whole DOM; on a shared 2-core machine that alone can take tens of seconds.
test.describe.configure({ timeout: 240_000 });

// The fire story of issue 11 (tests/fixtures/events, ours) on a day of its own per run, so runs never share an event
// (events accept reports within 4 days of their span), after 2013: the fixtures date Rana Plaza (background) in 2013.
const run = Date.now() % 100_000;
// A week per minute of wall time (about 77 years of them), so reruns on one database never land on one day.
const week = Math.floor(Date.now() / 60_000) % 4000;
const day = new Date(Date.UTC(2014, 0, 1) + week * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const datelineDay = new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", {
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../fixtures/events/ashulia", name), "utf8");
const title = `Ashulia fire ${run}`;

async function post(page: Page, doc: { title: string; outlet: string; time: string; text: string }) {
  const res = await page.request.post("/api/documents", {
    data: {
      title: doc.title,
      outlet: doc.outlet,
      publishedAt: `${day}T${doc.time}:00Z`,
      // The fixtures' datelines say "January 13, 2026": they say this run's day instead, or the figures under them
      // would be dated years away from their publication (background, lib/compare/context.ts).
      text: `${doc.text.replace("January 13, 2026", datelineDay)}\nRef ${run}.`,
    },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(res.status(), await res.text()).toBe(201);
}

test("an event page: toll tracker table and plot, groups, move and merge; readable at 1440 and 390 px, axe clean", async ({
  page,
  browser,
}) => {
  await page.goto("/events");
  await post(page, { title, outlet: "Morning Wire", time: "04:30", text: fixture("fire-morning.txt") });
  await post(page, {
    title: `Protest ${run}`,
    outlet: "Coast Herald",
    time: "10:00",
    text: fixture("protest-nairobi.txt"),
  });
  await post(page, {
    title: `Toll rises ${run}`,
    outlet: "Evening Courier",
    time: "13:00",
    text: fixture("fire-evening.txt"),
  });

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/events?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("events-table").getByRole("link", { name: title })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/events\/[^/]+$/);
  const eventUrl = page.url();

  await expect(page.getByTestId("event-summary")).toContainText("2 documents");
  const tracker = page.getByTestId("toll-tracker");
  await expect(tracker.getByRole("heading", { name: "Dead" })).toBeVisible();
  const dead = tracker.getByRole("table", { name: "Dead" });
  for (const figure of ["at least 12", "15", "16", "17"]) {
    await expect(dead.getByRole("link", { name: figure, exact: true }).first()).toBeVisible();
  }
  await expect(dead).not.toContainText("1,100");
  await expect(tracker.getByTestId("group-plot").first()).toBeVisible();
  expect(await tracker.getByTestId("plot-mark").count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByText("Toll rising").first()).toBeVisible();
  // The protest is no document of this event (it may still be offered as a target in the "Move to" lists).
  const documents = page.getByTestId("event-documents");
  await expect(documents.getByRole("link", { name: `Toll rises ${run}` })).toBeVisible();
  await expect(documents.getByRole("link", { name: `Protest ${run}` })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "tmp/e2e-events-1440.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(tracker.getByRole("heading", { name: "Dead" })).toBeVisible();
  // Nothing wider than the screen but the scrollable table wrappers.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "tmp/e2e-events-390.png", fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Split the evening report off into an event of its own, then merge it back.
  const evening = page.getByRole("form", { name: `Move “Toll rises ${run}” to another event` });
  await evening.getByLabel("Move to").selectOption("new");
  await evening.getByLabel("Reason").fill("checking the split");
  await evening.getByRole("button", { name: "Move" }).click();
  await expect(page).not.toHaveURL(eventUrl);
  await expect(page.getByTestId("event-summary")).toContainText("1 document");
  await page.goto(eventUrl);
  await expect(page.getByTestId("event-summary")).toContainText("1 document");
  const merge = page.getByRole("region", { name: "Merge another event into this one" });
  const select = merge.getByLabel("Event");
  const value = await select
    .locator("option", { hasText: `Toll rises ${run}` })
    .first()
    .getAttribute("value");
  await select.selectOption(value as string);
  await merge.getByLabel("Reason").fill("one fire, two reports");
  await merge.getByRole("button", { name: "Merge into this event" }).click();
  await expect(page.getByTestId("event-summary")).toContainText("2 documents");
  await expect(page.getByText("placed by an editor").first()).toBeVisible();

  // The document page: its event, the checking progress, and the details an editor corrects (issue 11, item 3).
  await page
    .getByTestId("event-documents")
    .getByRole("link", { name: `Toll rises ${run}` })
    .click();
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByTestId("document-progress")).toContainText("unverified");
  await page.getByText("Edit details").click();
  const details = page.getByRole("form", { name: "Edit the document's details" });
  await details.getByLabel("Title").fill(`Toll rises to 17 ${run}`);
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText(/^Saved/);
  await expect(page.getByRole("heading", { level: 1, name: `Toll rises to 17 ${run}` })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "tmp/e2e-document-details-1440.png" });
  const documentUrl = page.url();

  // A reviewer reads both pages without the editors' controls (the server refuses them anyway).
  const reviewer = await (await browser.newContext({ storageState: storageFile("reviewer") })).newPage();
  await reviewer.goto(eventUrl);
  await expect(reviewer.getByTestId("toll-tracker")).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Move" })).toHaveCount(0);
  await expect(reviewer.getByRole("region", { name: "Merge another event into this one" })).toHaveCount(0);
  await reviewer.goto(documentUrl);
  await expect(reviewer.getByRole("heading", { level: 1, name: `Toll rises to 17 ${run}` })).toBeVisible();
  await expect(reviewer.getByText("Edit details")).toHaveCount(0);
  await reviewer.context().close();
});
