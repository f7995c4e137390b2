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
  label: string;
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
