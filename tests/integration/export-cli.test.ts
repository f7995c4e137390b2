/**
 * The database commands of the CLI on real SQLite files, run in-process through main(): ingest a folder (progress,
 * skip by hash, a bad file skipped), export with filters, and export -> import -> export giving identical files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "@/cli/claimtrack";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");

async function run(url: string, argv: string[]) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stderr.on("data", (c) => {
    err += c;
  });
  try {
    const code = await main(argv, { stdin: new PassThrough(), stdout, stderr });
    return { code, out, err };
  } finally {
    process.env.DATABASE_URL = previous;
  }
}

describe("claimtrack ingest / export / import", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase("sqlite"), createTestDatabase("sqlite")]);
    dir = mkdtempSync(path.join(tmpdir(), "claimtrack-ingest-"));
    mkdirSync(path.join(dir, "nested"));
    copyFileSync(path.join(fixtures, "iran-militias.txt"), path.join(dir, "a-reference.txt"));
    copyFileSync(path.join(fixtures, "cli/quake-early.txt"), path.join(dir, "nested/quake-early.md"));
    const wire = readFileSync(path.join(fixtures, "cli/quake-wire.txt"), "utf8");
    writeFileSync(
      path.join(dir, "quake-wire.html"),
      `<html><body><script>alert(1)</script><p>${wire}</p></body></html>`,
    );
    writeFileSync(path.join(dir, "empty.txt"), "  \n");
    writeFileSync(path.join(dir, "picture.png"), "not an article");
  }, 120_000);
  afterAll(async () => Promise.all([source?.drop(), target?.drop()]));

  it("refuses --published-at 2026-02-30 (and years import cannot read back) before storing anything", async () => {
    for (const date of ["2026-02-30", "20000-01-01"]) {
      const { code, err } = await run(source.url, ["ingest", dir, "--published-at", date]);
      expect(code, date).toBe(2);
      expect(err).toMatch(/--published-at must be a real ISO date/);
    }
    expect(await source.client.document.count()).toBe(0);
  });

  it("ingests a folder, reports and skips the bad file, and prints a summary", async () => {
    const { code, err } = await run(source.url, ["ingest", dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/skipped .*empty\.txt: The document is empty/);
    expect(err).toMatch(/files · \d+ claims · [\d.]+ files\/s/);
    expect(err).toMatch(/ingested 3 new documents \(\d+ claims\), 0 already stored, 1 failed/);
    expect(err).not.toMatch(/picture\.png/);
    expect(await source.client.document.count()).toBe(3);
    // The command line's documents are the system's (ADR 023): no creator, audited with actor null, no stand-in user.
    expect(await source.client.document.count({ where: { createdById: null } })).toBe(3);
    const audit = await source.client.auditEvent.findMany({ where: { entityType: "document", action: "ingest" } });
    expect(audit.map((a) => a.actorId)).toEqual([null, null, null]);
    expect(await source.client.user.count()).toBe(0);
    // The HTML file was reduced to text: its script is gone.
    expect(await source.client.document.count({ where: { text: { contains: "alert(" } } })).toBe(0);
  }, 120_000);

  it("is restartable: a second run skips every stored file by hash", async () => {
    const claims = await source.client.claim.count();
    const { err } = await run(source.url, ["ingest", dir, path.join(dir, "picture.png")]);
    expect(err).toMatch(/ingested 0 new documents \(0 claims\), 3 already stored, 2 failed/);
    expect(err).toMatch(/picture\.png: Unsupported file type/);
    expect(await source.client.claim.count()).toBe(claims);
  }, 60_000);

  it.each([
    [["--sort", "value", "--dir", "desc"]],
    [["--status", "unverified", "--q", "fighters", "--sort", "source"]],
    [["--flag", "conflict,soft"]],
  ])("exports the table's rows in its order as CSV for %j", async (args) => {
    const { code, out } = await run(source.url, ["export", "--format", "csv", ...args]);
    expect(code).toBe(0);
    const records: Array<Record<string, string>> = parse(out, { bom: true, columns: true });
    const params = Object.fromEntries(args.flatMap((a, i) => (i % 2 === 0 ? [[a.slice(2), args[i + 1]]] : [])));
    const page = await listClaims(claimsQuerySchema.parse({ ...params, pageSize: 200 }), {}, source.client);
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((r) => r.claim_id)).toEqual(page.rows.map((r) => r.id));
  });

  it("round-trips: export --format jsonl, import into an empty database, export again gives the same file", async () => {
    const first = path.join(dir, "first.jsonl");
    const second = path.join(dir, "second.jsonl");
    expect((await run(source.url, ["export", "--format", "jsonl", "--out", first])).code).toBe(0);
    const imported = await run(target.url, ["import", first]);
    expect(imported.code).toBe(0);
    expect(imported.err).toMatch(/imported \d+ claims/);
    expect((await run(target.url, ["export", "--format", "jsonl", "--out", second])).code).toBe(0);
    const bytes = readFileSync(first, "utf8");
    expect(bytes.split("\n").length - 1).toBe(await source.client.claim.count());
    expect(readFileSync(second, "utf8")).toBe(bytes);
    // A second import would collide with the ids now stored: refused, nothing written.
    const again = await run(target.url, ["import", first]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not empty/);
  }, 60_000);

  it.each([
    [["export", "--format", "xml"], 2, /--format must be one of csv, json, jsonl, claimreview/],
    [["export", "--limit", "3"], 2, /Unknown option '--limit'/],
    [["import"], 2, /exactly one FILE/],
    [["ingest"], 2, /give FILE or DIR/],
  ])("refuses %j with exit code %i", async (argv, code, message) => {
    const result = await run(source.url, argv);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });
});
