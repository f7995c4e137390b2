/**
 * analyze() never throws on real text: every text in the repo's corpora (tests/fixtures), the development data in
 * ../shared/fixtures/dev when it is beside the clone (or CLAIMTRACK_SHARED_DEV) (ECB+ news and the number specs' sentences), and PolNeAR's
 * train/dev texts when CLAIMTRACK_POLNEAR_DIR points at them. One failing text fails the test with its name and
 * the error, so a crash on an ordinary English sentence ("He cannot.") cannot hide behind random inputs again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";

const root = path.resolve(import.meta.dirname, "../..");
const shared = process.env.CLAIMTRACK_SHARED_DEV ?? path.resolve(root, "../shared/fixtures/dev");

interface Text {
  name: string;
  text: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, suffix);
    return entry.endsWith(suffix) ? [full] : [];
  });
}

function plainTexts(dir: string): Text[] {
  return filesUnder(dir, ".txt").map((f) => ({ name: path.relative(root, f), text: readFileSync(f, "utf8") }));
}

function jsonlTexts(file: string): Text[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => ({ name: `${path.relative(root, file)}:${i + 1}`, text: String(JSON.parse(line).text) }));
}

/** The sentences of the number specs: recognizers-text `Input`, quantulum3 `req` (strings and objects alike). */
function specSentences(dir: string): Text[] {
  return filesUnder(dir, ".json").flatMap((file) => {
    const cases: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!Array.isArray(cases)) return [];
    return cases.flatMap((c, i) => {
      const text =
        typeof c === "string" ? c : ((c as { Input?: string; req?: string }).Input ?? (c as { req?: string }).req);
      return typeof text === "string" ? [{ name: `${path.relative(root, file)}#${i}`, text }] : [];
    });
  });
}

function corpora(): Record<string, Text[]> {
  const sets: Record<string, Text[]> = {
    "tests/fixtures (.txt)": plainTexts(path.join(root, "tests/fixtures")),
    "tests/fixtures/bench (.jsonl)": filesUnder(path.join(root, "tests/fixtures"), ".jsonl").flatMap(jsonlTexts),
  };
  if (existsSync(shared)) {
    sets["shared ECB+"] = plainTexts(path.join(shared, "ecbplus"));
    sets["shared number specs"] = specSentences(shared);
  }
  const polnear = process.env.CLAIMTRACK_POLNEAR_DIR;
  if (polnear) sets["PolNeAR train+dev"] = ["train", "dev"].flatMap((part) => plainTexts(path.join(polnear, part)));
  return sets;
}

describe("analyze() on every text in the corpora", () => {
  for (const [name, texts] of Object.entries(corpora())) {
    it(`never throws on ${name}`, { timeout: 300_000 }, () => {
      expect(texts.length).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const { name: textName, text } of texts) {
        try {
          analyze({ id: "corpus", text });
        } catch (error) {
          failures.push(`${textName}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
