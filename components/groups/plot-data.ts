/**
 * Figures -> plot marks: one shape per source (so the plot reads without colour), bounds as a range with open ends
 * drawn to the plot's edge. Pure, so it is unit-tested without rendering.
 */
import { toInterval } from "@/lib/compare/interval.ts";
import type { Quantity } from "@/lib/extract/schema";

export const SHAPES = ["circle", "square", "triangle", "diamond", "star", "cross", "wye"] as const;
export type Shape = (typeof SHAPES)[number];

export interface PlotFigure {
  quantityId: string;
  figure: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  sourceName: string;
  publishedAt: string;
}

export interface Mark {
  id: string;
  time: number;
  value: number;
  /** Range ends; null = open on that side (drawn to the edge with an arrow). */
  low: number | null;
  high: number | null;
  shape: Shape;
  /** The figure and its source, for screen readers and the tooltip. */
  label: string;
  /** The figure as written ("at least 12"), the text beside the mark; the legend says whose it is. */
  figure: string;
  source: string;
}

/**
 * One mark per figure; each source keeps one shape in order of first appearance.
 * @example toMarks([{ sourceName: "Police", value: 3, modifier: "atLeast", ... }])[0] // { shape: "circle", low: 3, high: null }
 */
export function toMarks(figures: PlotFigure[]): Mark[] {
  const shapeOf = new Map<string, Shape>();
  return figures.map((f) => {
    if (!shapeOf.has(f.sourceName)) shapeOf.set(f.sourceName, SHAPES[shapeOf.size % SHAPES.length]);
    const interval = toInterval({
      value: f.value,
      low: f.low,
      high: f.high,
      modifier: f.modifier as Quantity["modifier"],
      of: null,
    });
    return {
      id: f.quantityId,
      time: Date.parse(f.publishedAt),
      value: f.value,
      low: Number.isFinite(interval.low) ? interval.low : null,
      high: Number.isFinite(interval.high) ? interval.high : null,
      shape: shapeOf.get(f.sourceName) as Shape,
      label: `${f.figure} (${f.sourceName})`,
      figure: f.figure,
      source: f.sourceName,
    };
  });
}

/**
 * The y domain: every finite value and bound, padded 10% so open ends have room to point.
 * @example yDomain([{ value: 3, low: 3, high: null }, { value: 24, low: 24, high: 24 }]) // [0, 26.4]
 */
export function yDomain(marks: Array<Pick<Mark, "value" | "low" | "high">>): [number, number] {
  const values = marks.flatMap((m) => [m.value, m.low, m.high]).filter((v): v is number => v !== null);
  const max = Math.max(...values, 1);
  const min = Math.min(...values, 0);
  return [Math.min(0, min), max * 1.1];
}

/**
 * The y of each mark's text label: marks drawn at one x (one publication time) keep their labels at least `gap`
 * apart, moved down in order of their marks' height, so "17" and "16" an hour apart never print over each other.
 * @example labelYs([{ x: 5, y: 40 }, { x: 5, y: 42 }], 13) // [40, 53]
 */
export function labelYs(points: Array<{ x: number; y: number }>, gap: number): number[] {
  const out = points.map((p) => p.y);
  const columns = new Map<number, number[]>();
  points.forEach((p, i) => {
    const key = Math.round(p.x / gap);
    columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  for (const column of columns.values()) {
    column.sort((a, b) => points[a].y - points[b].y);
    for (let k = 1; k < column.length; k++) {
      out[column[k]] = Math.max(out[column[k]], out[column[k - 1]] + gap);
    }
  }
  return out;
}

/**
 * The legend's entries laid out in rows under the plot: each entry is as wide as its text (estimated at `charWidth`
 * per character) plus its glyph, and a row is filled up to `width`.
 * @example legendRows(["Police", "Fire service"], 300, 7) // [{ name: "Police", x: 0, row: 0 }, { name: "Fire service", x: 70, row: 0 }]
 */
export function legendRows(
  names: string[],
  width: number,
  charWidth: number,
): Array<{ name: string; x: number; row: number }> {
  const out: Array<{ name: string; x: number; row: number }> = [];
  let x = 0;
  let row = 0;
  for (const name of names) {
    const w = 24 + name.length * charWidth;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    out.push({ name, x, row });
    x += w;
  }
  return out;
}
