import { describe, expect, it } from "vitest";
import { serialize } from "@/lib/export/formats";
import { exportRowSchema } from "@/lib/export/row";
import { collect, exportRow, rowsOf } from "./export-fixtures";

describe("JSON and JSONL export", () => {
  it.each([[0], [1], [3]])("streams %i rows as one parseable JSON array", async (n) => {
    const rows = Array.from({ length: n }, (_, i) => exportRow({ id: `c${i}` }));
    const parsed: unknown = JSON.parse(await collect(serialize("json", rowsOf(rows))));
    expect(parsed).toEqual(rows);
  });

  it("writes one valid ExportRow per JSONL line, a newline after each", async () => {
    const rows = [exportRow({ id: "a", text: "line\nbreak" }), exportRow({ id: "b" })];
    const out = await collect(serialize("jsonl", rowsOf(rows)));
    const lines = out.split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((l) => exportRowSchema.parse(JSON.parse(l)))).toEqual(rows);
  });

  it("yields the first chunk before the rows are exhausted (streaming, not buffering)", async () => {
    let produced = 0;
    async function* many() {
      for (let i = 0; i < 100_000; i++) {
        produced += 1;
        yield exportRow({ id: `c${i}` });
      }
    }
    const it = serialize("jsonl", many());
    const first = await it.next();
    expect(first.done).toBe(false);
    expect(produced).toBeLessThan(10);
    await it.return(undefined);
  });
});
