import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { clock, ProgressBar, type ProgressState, progressLine } from "./ingest-progress.ts";

const state = (patch: Partial<ProgressState>): ProgressState => ({
  files: 0,
  totalFiles: 10,
  bytes: 0,
  totalBytes: 1000,
  claims: 0,
  skipped: 0,
  failed: 0,
  ...patch,
});

describe("ingest progress", () => {
  it.each([
    [0, "0:00"],
    [59.6, "1:00"],
    [75, "1:15"],
    [3725, "1:02:05"],
    [Number.POSITIVE_INFINITY, "--:--"],
  ])("clock(%d) = %s", (seconds, expected) => {
    expect(clock(seconds)).toBe(expected);
  });

  it.each([
    [state({}), 0, "[····················]  0/10 files · 0 claims · 0.0 files/s · 0 claims/s · --:-- left"],
    [
      state({ files: 5, bytes: 250, claims: 40 }),
      10,
      "[#####···············]  5/10 files · 40 claims · 0.5 files/s · 4 claims/s · 0:30 left",
    ],
    [
      state({ files: 10, bytes: 1000, claims: 80, skipped: 3, failed: 1 }),
      20,
      "[####################]  10/10 files · 80 claims · 0.5 files/s · 4 claims/s · 0:00 left · 3 skipped · 1 failed",
    ],
  ])("draws %j after %ds, time left from bytes", (s, elapsed, expected) => {
    expect(progressLine(s, elapsed)).toBe(expected);
  });

  it("prints a line per tenth in a log (not a terminal) and the final state once", () => {
    const out = new PassThrough();
    let text = "";
    out.on("data", (c) => {
      text += c;
    });
    const bar = new ProgressBar(out);
    for (let files = 1; files <= 10; files++) bar.update(state({ files, bytes: files * 100 }));
    bar.update(state({ files: 10, bytes: 1000 }), true);
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^\[#{20}\] {2}10\/10 files/);
  });
});
