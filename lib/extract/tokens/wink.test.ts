/**
 * Extraction does not depend on what the process read before (ADR 024): wink-nlp's lexicon cache grows with every
 * new word and changes how later texts are tokenized and tagged, so ./wink.ts cuts it back to its post-load state
 * around every read. Real texts (the ECB+ bench corpus and the ECB+ dev articles) are analysed in one order, then
 * again in another after other texts, and must come out identical.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../extract.ts";
import { segment } from "./segment.ts";
import { its, loadWink, withDoc } from "./wink.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const bench = readFileSync(path.join(root, "tests/fixtures/bench/ecbplus-1mb.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line).text as string);
const devFolder = path.join(root, "tests/fixtures/ecbplus-dev");
const dev = readdirSync(devFolder)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(devFolder, f), "utf8"));

/** Tokens with their POS and lemma, and the whole extraction, of one text. */
function read(text: string): string {
  const tokens = segment(text).map((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}/${t.type}`).join(" "));
  return JSON.stringify({ tokens, extraction: extract({ id: "doc", text }) });
}

const sources = (text: string) => extract({ id: "d2", text }).sources.map((s) => s.name);

describe("extraction is independent of what was read before", () => {
  it('reads "Tara Reid\'s publicist" the same the first and the second time', () => {
    // Before the fix the second read found "Reid's" whole in wink's cache and the source became "Reid".
    const first = sources(bench[2]);
    expect(first).toContain("Tara Reid");
    expect(sources(bench[2])).toEqual(first);
  });

  it("gives identical tokens, tags and extractions in another order after other texts", { timeout: 120_000 }, () => {
    // The ECB+ dev articles and a stretch of the bench corpus (which holds texts whose tokens changed with history),
    // first in order, then in reverse after other texts of the corpus.
    const texts = [...dev, ...bench.slice(0, 40), ...bench.slice(355, 370)];
    const firstPass = texts.map(read);
    for (const other of bench.slice(100, 160)) read(other);
    const secondPass: string[] = [];
    for (let i = texts.length - 1; i >= 0; i--) secondPass[i] = read(texts[i]);
    const differing = texts.flatMap((_, i) => (firstPass[i] === secondPass[i] ? [] : [i]));
    expect(differing).toEqual([]);
  });

  it('tags a capitalised "Nor" the same after reading "Romeo And Juliet." (winkjs/wink-nlp#143)', () => {
    const sentence = "The students did not complete their homework, Nor did they pass the test.";
    const pos = () => withDoc(sentence, (doc) => doc.tokens().out(its.pos) as string[]);
    const before = pos();
    withDoc("Romeo And Juliet.", (doc) => doc.tokens().out());
    expect(pos()).toEqual(before);
    expect(before[8]).toBe("CCONJ");
  });
});

describe("wink's reduced pipe (sentences and POS only)", () => {
  it("gives the tokens, tags, lemmas, types and sentences of wink's full pipe on real texts", {
    timeout: 60_000,
  }, () => {
    // tokens/wink.ts skips wink's named entities, negation and sentiment; if a wink upgrade made tagging depend on them,
    // the annotations extraction reads would change: compared here with an instance running every annotation.
    const full = loadWink(null);
    const ours = loadWink();
    expect(Object.keys(ours.nlp.readDoc("x").pipeConfig())).toEqual(["sbd", "pos"]);
    expect(Object.keys(full.nlp.readDoc("x").pipeConfig())).toEqual(expect.arrayContaining(["ner", "negation"]));
    const annotations = (wink: ReturnType<typeof loadWink>, text: string) => {
      const doc = wink.nlp.readDoc(text);
      const out = (f: unknown) => doc.tokens().out(f as typeof its.value);
      const result = JSON.stringify([
        out(its.value),
        out(its.pos),
        out(its.lemma),
        out(its.type),
        doc.sentences().out(its.span),
      ]);
      wink.reset();
      return result;
    };
    for (const text of [...dev.slice(0, 40), ...bench.slice(0, 40)]) {
      expect(annotations(ours, text)).toBe(annotations(full, text));
    }
  });
});

describe("wink's cache is back to its post-load state after every read", () => {
  it("reads a paragraph after a history exactly as wink in a fresh process does", { timeout: 60_000 }, () => {
    // A fresh process is the reference (a fresh winkNLP() per read is no reference: wink-eng-lite-web-model
    // re-stringifies its CER model on every load). Catches any state wink carries between reads besides the cache.
    const paragraphs = [bench[2], bench[362]].map((t) => t.split("\n").find((p) => p.length > 80) as string);
    const fields = "[d.tokens().out(w.its.value), d.tokens().out(w.its.pos), d.sentences().out(w.its.span)]";
    const fresh = (p: string) =>
      execFileSync(
        process.execPath,
        [
          "-e",
          `const w = require("wink-nlp")(require("wink-eng-lite-web-model")); const d = w.readDoc(require("fs").readFileSync(0, "utf8")); process.stdout.write(JSON.stringify(${fields}));`,
        ],
        { cwd: root, input: p, encoding: "utf8" },
      );
    for (const text of bench.slice(0, 60)) segment(text);
    for (const p of paragraphs) {
      const ours = withDoc(p, (d) =>
        JSON.stringify([d.tokens().out(its.value), d.tokens().out(its.pos), d.sentences().out(its.span)]),
      );
      expect(ours).toBe(fresh(p));
    }
  });

  it("drops the new words, prefixes, suffixes and shapes a read added", () => {
    const wink = loadWink();
    const sizes = wink.growable();
    const perWord = wink.perWordLength();
    const doc = wink.nlp.readDoc("Ketsoyanqz Blorfington-Xyq's publicist Zzyzxqua said 12 qwertyuiops.");
    expect(doc.tokens().out().length).toBeGreaterThan(5);
    expect(wink.growable()).not.toEqual(sizes);
    wink.reset();
    expect(wink.growable()).toEqual(sizes);
    expect(wink.perWordLength()).toBe(perWord);
  });

  it('keeps the document usable inside withDoc and splits "Reid\'s" as a fresh instance does', () => {
    const text = "Tara Reid's publicist said so. Reid's friends agreed.";
    const tokens = () => withDoc(text, (doc) => doc.tokens().out(its.value) as string[]);
    const first = tokens();
    expect(first.slice(0, 3)).toEqual(["Tara", "Reid", "'s"]);
    expect(tokens()).toEqual(first);
  });
});
