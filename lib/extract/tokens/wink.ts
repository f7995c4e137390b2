/**
 * One wink-nlp instance whose every `readDoc` starts from the state the instance had right after loading, so that
 * tokenizing and POS tagging a text never depend on what the process read before (ADR 024).
 *
 * Why: wink's lexicon cache (wink-nlp/src/cache.js) grows with every new word it reads: `add` appends the word to
 * `model.features.lexeme` (list, hash, index), appends new prefix/suffix/shape values to those features' list/hash,
 * and pushes the word's packed features onto a private array (`extrinsicLexicon`). The tokenizer consults the cache
 * first, so a text is tokenized differently once the cache holds its words: the first read of "Reid's" splits it into
 * "Reid" + "'s", a later read finds "Reid's" whole, and the POS tags and attributions shift with it. POS tagging
 * reads the same cache (winkjs/wink-nlp#143). A fresh instance per paragraph would fix it but costs ~300 ms of model
 * load each; instead the growable arrays and maps are cut back to their post-load lengths around every read.
 *
 * wink exposes none of this: the core model is caught by wrapping the language model's `core()` loader, and the
 * private `extrinsicLexicon` by watching `Array.prototype.push` during one probe read at load. Load checks every
 * assumption (`WinkStateError`), so a wink upgrade that changes these internals fails at import, and in
 * lib/extract/tokens/wink.test.ts, rather than silently bringing the history dependence back.
 */

import model from "wink-eng-lite-web-model";
import winkNLP, { type Document, type Model } from "wink-nlp";

/** A feature wink grows on the fly: values in `list`, value -> position in `hash`, `index` = next position. */
interface GrowableFeature {
  list: string[];
  hash: Record<string, number>;
  index: number;
}

interface CoreModel {
  features: Record<string, unknown> & { lexeme: GrowableFeature & { intrinsicSize: number } };
  packing: { efSize: number; efList: string[]; layout: Record<string, number[]> };
}

/** wink's internals are not what this module was written against (see the module comment). */
export class WinkStateError extends Error {
  constructor(message: string) {
    super(`wink-nlp internals changed, lib/extract/tokens/wink.ts cannot keep reads history-free: ${message}`);
    this.name = "WinkStateError";
  }
}

/** A word no lexicon holds, read once at load to find wink's private per-word array. */
const PROBE = "Zqxvbwjkq";

function isGrowable(value: unknown): value is GrowableFeature {
  const f = value as GrowableFeature | undefined;
  return (
    !!f &&
    Array.isArray(f.list) &&
    typeof f.hash === "object" &&
    f.hash !== null &&
    typeof f.index === "number" &&
    f.index === f.list.length
  );
}

function truncate(feature: GrowableFeature, size: number): void {
  const { list, hash } = feature;
  for (let i = size; i < list.length; i++) delete hash[list[i]];
  list.length = size;
  feature.index = size;
}

/**
 * The annotations wink computes on every read: sentence boundaries and POS tags (with lemmas). Its named entities,
 * negation flags and sentiment are read by nothing here, and computing them (three more automata over every token)
 * was ~14% of extraction's CPU; tokens, tags, lemmas and sentences come out the same without them (measured over
 * 2,208 real texts, and tested in tokens/wink.test.ts against wink's full pipe; ADR 027).
 */
export const WINK_PIPE = ["sbd", "pos"];

/**
 * The wink instance and `reset()`, which returns its cache to the post-load state. Exported for the tests, which
 * also load one with wink's full pipe (`null`) to check that the annotations read here do not depend on the others.
 */
export function loadWink(pipe: string[] | null = WINK_PIPE) {
  let core: CoreModel | undefined;
  const source = model as unknown as Model & { core: () => CoreModel };
  const wrapped = {
    ...source,
    core: () => {
      core = source.core();
      return core;
    },
  } as unknown as Model;
  const nlp = winkNLP(wrapped, pipe ?? undefined);
  if (!core) throw new WinkStateError("winkNLP(model) did not call model.core()");
  const loaded: CoreModel = core;
  const { lexeme } = loaded.features;
  if (!isGrowable(lexeme) || typeof lexeme.intrinsicSize !== "number") {
    throw new WinkStateError("model.features.lexeme is not { list, hash, index, intrinsicSize }");
  }
  // cache.js's getFeaturesIndex grows the extractable features that are stored as indexes into a list
  // (layout[f][3] === 0); the others are packed as values.
  const { efList, efSize, layout } = loaded.packing;
  if (!Array.isArray(efList) || typeof efSize !== "number" || typeof layout !== "object") {
    throw new WinkStateError("model.packing has no efList/efSize/layout");
  }
  const growable: GrowableFeature[] = [lexeme];
  for (const name of efList) {
    if (layout[name]?.[3] !== 0) continue;
    const feature = loaded.features[name];
    if (!isGrowable(feature)) throw new WinkStateError(`model.features.${name} is not { list, hash, index }`);
    growable.push(feature);
  }
  const sizes = growable.map((f) => f.list.length);

  // The probe: a new word makes cache.js push [normal, lemma, ...efSize packed words] onto extrinsicLexicon.
  const entrySize = 2 + efSize;
  const candidates = new Set<unknown[]>();
  const push = Array.prototype.push;
  Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
    if (items.length === entrySize && this.length % entrySize === 0) candidates.add(this);
    return push.apply(this, items);
  };
  try {
    nlp.readDoc(PROBE);
  } finally {
    Array.prototype.push = push;
  }
  const added = lexeme.list.length - sizes[0];
  const extrinsic = [...candidates].filter((a) => a.length === (lexeme.list.length - lexeme.intrinsicSize) * entrySize);
  if (added < 1) throw new WinkStateError(`reading "${PROBE}" did not add it to model.features.lexeme`);
  if (extrinsic.length !== 1) {
    throw new WinkStateError(`found ${extrinsic.length} arrays that look like cache.js's extrinsicLexicon, not 1`);
  }
  const perWord = extrinsic[0];
  const extrinsicSize = (sizes[0] - lexeme.intrinsicSize) * entrySize;

  const reset = (): void => {
    if (lexeme.list.length === sizes[0] && perWord.length === extrinsicSize) return;
    if (perWord.length !== (lexeme.list.length - lexeme.intrinsicSize) * entrySize) {
      throw new WinkStateError("extrinsicLexicon and model.features.lexeme grew out of step");
    }
    for (let k = 0; k < growable.length; k++) truncate(growable[k], sizes[k]);
    perWord.length = extrinsicSize;
  };
  reset();
  return { nlp, reset, growable: () => growable.map((f) => f.list.length), perWordLength: () => perWord.length };
}

const wink = loadWink();

/** wink's `its` helpers. */
export const its = wink.nlp.its;

/**
 * Reads `text` with wink as a freshly loaded instance would and hands the document to `use`. The document is valid only
 * inside `use`: its new words are dropped from wink's cache as soon as `use` returns.
 * @example withDoc("Tara Reid's publicist said.", (doc) => doc.tokens().out(its.value)) // ["Tara", "Reid", "'s", ...]
 */
export function withDoc<T>(text: string, use: (doc: Document) => T): T {
  wink.reset();
  try {
    return use(wink.nlp.readDoc(text));
  } finally {
    wink.reset();
  }
}
