import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FiguresPlot } from "@/components/groups/figures-plot.tsx";
import { labelYs, legendRows, type PlotFigure, toMarks, yDomain } from "@/components/groups/plot-data.ts";

const fig = (over: Partial<PlotFigure>): PlotFigure => ({
  quantityId: "q",
  figure: "3",
  value: 3,
  low: null,
  high: null,
  modifier: "exact",
  sourceName: "Police",
  publishedAt: "2026-03-01T09:00:00Z",
  ...over,
});

const figures = [
  fig({ quantityId: "a", figure: "at least 3", modifier: "atLeast", low: 3 }),
  fig({ quantityId: "b", figure: "at least 11", value: 11, modifier: "atLeast", low: 11, sourceName: "Red Cross" }),
  fig({ quantityId: "c", figure: "24", value: 24, low: 24, high: 24, publishedAt: "2026-03-01T18:00:00Z" }),
  fig({ quantityId: "d", figure: "30-40", value: 30, low: 30, high: 40, modifier: "range", sourceName: "AP" }),
];

describe("plot marks", () => {
  it.each([
    ["at least: open above", "a", { low: 3, high: null, shape: "circle" }],
    ["second source: its own shape", "b", { low: 11, high: null, shape: "square" }],
    ["same source again: same shape, a point", "c", { low: 24, high: 24, shape: "circle" }],
    ["a range: both ends", "d", { low: 30, high: 40, shape: "triangle" }],
  ])("%s", (_name, id, expected) => {
    expect(toMarks(figures).find((m) => m.id === id)).toMatchObject(expected);
  });

  it("the y domain holds every value and finite bound with room above", () => {
    const [lo, hi] = yDomain(toMarks(figures));
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(40);
  });
});

describe("FiguresPlot (server-rendered SVG)", () => {
  const html = renderToStaticMarkup(createElement(FiguresPlot, { figures, title: "Toll over time" }));
  it("draws one labelled mark per figure and ranges for bounded or open figures", () => {
    expect(html.match(/data-testid="plot-mark"/g)).toHaveLength(4);
    expect(html.match(/data-testid="plot-range"/g)).toHaveLength(3);
    expect(html).toContain("at least 11 (Red Cross)");
    expect(html).toContain('role="img"');
    expect(html).toContain("<title");
  });
});

describe("plot layout", () => {
  it("labels at one publication time keep a line apart; labels at other times stay where their marks are", () => {
    // 17 (doctor), 17 (unattributed) and 16 (police) at 13:00 were printed over each other.
    const ys = labelYs(
      [
        { x: 677, y: 100 },
        { x: 677, y: 100 },
        { x: 677, y: 104 },
        { x: 168, y: 100 },
      ],
      13,
    );
    expect(ys).toEqual([100, 113, 126, 100]);
  });

  it("the legend wraps into rows inside the plot's width", () => {
    const rows = legendRows(["Fire service, Morning Wire", "Police, Morning Wire", "Doctor, Evening Courier"], 400, 7);
    expect(rows.map((r) => r.row)).toEqual([0, 0, 1]);
    expect(rows[1].x).toBe(24 + 26 * 7);
    for (const r of rows) expect(r.x + 24 + r.name.length * 7).toBeLessThanOrEqual(400);
  });

  it("the SVG grows by the legend's rows; each mark prints its figure, its title the figure and source", () => {
    const many = ["A", "B", "C", "D", "E", "F", "G", "H"].map((s, i) =>
      fig({ quantityId: `m${i}`, sourceName: `Source ${s} with a rather long outlet name`, value: i }),
    );
    const tall = renderToStaticMarkup(createElement(FiguresPlot, { figures: many, title: "t" }));
    const height = Number(/viewBox="0 0 720 (\d+)"/.exec(tall)?.[1]);
    expect(height).toBeGreaterThan(320 + 12 + 18 * 2);
    expect(tall).toContain(">3</text>");
  });
});
