import { readFileSync } from "node:fs";
import path from "node:path";

/** The reference article (copied into tests/fixtures with its origin noted there). */
export const referenceArticle = readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/iran-militias.txt"),
  "utf8",
);
