// One thread of the extraction pool (lib/workers/extract-pool.ts). The extractor and the comparison are TypeScript;
// tsx compiles them on load, once per thread, exactly as it does for the CLI and the scripts.
import { register } from "tsx/esm/api";

register();
const [{ extract }, { groupAcross }] = await Promise.all([
  import("../extract/extract.ts"),
  import("../compare/cross.ts"),
]);

/** One document: @param {import("../extract/schema.ts").ExtractInput} input */
export default function extractTask(input) {
  return extract(input);
}

/** Cross-document grouping of a large candidate set: @param {import("../compare/item.ts").CompareItem[]} items */
export function groupTask(items) {
  return groupAcross(items);
}
