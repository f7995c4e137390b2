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
