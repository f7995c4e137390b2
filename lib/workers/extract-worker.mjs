// One thread of the extraction pool (lib/workers/extract-pool.ts). The analysis (lib/analysis: extract, then compare)
// and the comparison are TypeScript; tsx compiles them on load, once per thread, exactly as it does for the CLI and
// the scripts.
import { register } from "tsx/esm/api";

register();
const [{ analyze }, { bucketKey, groupAcross }, { profileOf }] = await Promise.all([
  import("../analysis/analyze.ts"),
  import("../compare/cross.ts"),
  import("../compare/events.ts"),
]);

/** One document, extracted and its figures grouped: @param {import("../extract/schema.ts").ExtractInput} input */
export default function extractTask(input) {
  return analyze(input);
}

/**
 * A chunk of a batch (lib/workers/extract-pool.ts analyseBatchInPool): each document extracted and profiled; a document
 * the extractor throws on is answered with the message, so the rest of the chunk stands.
 * @param {Array<{ input: import("../extract/schema.ts").ExtractInput, event: import("../compare/events.ts").EventDocument }>} items
 */
export function batchTask(items) {
  return items.map(({ input, event }) => {
    let extraction = null;
    let failed = null;
    try {
      extraction = analyze(input);
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error);
    }
    return { extraction, failed, profile: profileOf(event) };
  });
}

/** Cross-document grouping of a large candidate set: @param {import("../compare/item.ts").CompareItem[]} items */
export function groupTask(items) {
  return groupAcross(items);
}

/** The bucket keys of a large set of figures: @param {import("../compare/item.ts").CompareItem[]} items */
export function bucketKeysTask(items) {
  return items.map(bucketKey);
}

/** A large document's event profile: @param {import("../compare/events.ts").EventDocument} doc */
export function profileTask(doc) {
  return profileOf(doc);
}
