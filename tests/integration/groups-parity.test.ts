import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "@/cli/claimtrack.ts";
import type { CompareResult } from "@/lib/compare/schema.ts";
import { ingestDocument } from "@/lib/documents/mutations";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

// Constructed reports of one event through a day (ours), plus one at the same time with another toll.
const docs = [
  ["a", "2026-03-01T09:00:00Z", "At least 3 people were killed in an explosion at a market in Takengon, police said."],
  [
    "b",
    "2026-03-01T12:00:00Z",
    "At least 11 people were killed in the market explosion in Takengon, the Red Cross said.",
  ],
  [
    "c",
    "2026-03-01T18:00:00Z",
    "Police said 24 people were killed in the market explosion in Takengon. A clinic treated 50 injured people.",
  ],
  ["d", "2026-03-01T18:00:00Z", "Nationwide, 249 people were injured in the storms, the disaster agency said."],
] as const;

async function cliCompare(): Promise<CompareResult> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stdin.end(docs.map(([id, publishedAt, text]) => JSON.stringify({ id, text, publishedAt })).join("\n"));
  const code = await main(["compare", "--jsonl"], { stdin, stdout, stderr: new PassThrough() });
  expect(code).toBe(0);
  return JSON.parse(out) as CompareResult;
}

/** A group as a sorted list of "document:figure text", and its verdict in the CLI's vocabulary. */
type Shape = { members: string; verdict: string };

describe.each(databaseLegs())("CLI compare and the app agree on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const [id, publishedAt, text] of docs) await ingestDocument({ text, title: id, publishedAt }, t.client);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("gives the same groups and verdicts", async () => {
    const cli = await cliCompare();
    const figure = new Map(cli.figures.map((f) => [f.key, `${f.documentId}:${f.text}`]));
    const fromCli: Shape[] = cli.groups.map((g) => ({
      members: g.members
        .map((m) => figure.get(m))
        .sort()
        .join(" | "),
      // The CLI's enum has no "developing": it says soft with "rising over time".
      verdict:
        g.verdict === "soft" && g.explanation.startsWith("rising over time") ? "developing" : (g.verdict ?? "none"),
    }));
    const stored = await t.client.quantityGroup.findMany({
      where: { documentId: null },
      select: {
        verdict: true,
        members: { select: { quantity: { select: { text: true, document: { select: { title: true } } } } } },
      },
    });
    const fromApp: Shape[] = stored
      .filter((g) => g.members.length > 1)
      .map((g) => ({
        members: g.members
          .map((m) => `${m.quantity.document.title}:${m.quantity.text}`)
          .sort()
          .join(" | "),
        verdict: g.verdict,
      }));
    const order = (a: Shape, b: Shape) => a.members.localeCompare(b.members);
    expect(fromApp.sort(order)).toEqual(fromCli.sort(order));
    expect(fromApp.some((g) => g.verdict === "developing")).toBe(true);
  });
});
