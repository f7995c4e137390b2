/**
 * Reported values over publication time, server-rendered SVG (visx scales, axes and glyphs): one mark per figure,
 * one shape per source, bounds as vertical ranges (an arrow where the range is open), a text label beside each mark.
 */
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GlyphCircle, GlyphCross, GlyphDiamond, GlyphSquare, GlyphStar, GlyphTriangle, GlyphWye } from "@visx/glyph";
import { scaleLinear, scaleTime } from "@visx/scale";
import type { ReactNode } from "react";
import { labelYs, legendRows, type Mark, type PlotFigure, type Shape, toMarks, yDomain } from "./plot-data.ts";

const WIDTH = 720;
const PLOT_HEIGHT = 320;
const M = { top: 20, right: 70, bottom: 40, left: 60 };
const LABEL_GAP = 13;
const LEGEND_ROW = 18;

/**
 * A scatter of the group's figures; `title` names the plot for screen readers. `plotId` keeps element ids unique when
 * a page shows several plots (the event page's toll tracker: one per concept).
 */
export function FiguresPlot({
  figures,
  title,
  plotId = "group-plot",
}: {
  figures: PlotFigure[];
  title: string;
  plotId?: string;
}) {
  const marks = toMarks(figures);
  const times = marks.map((m) => m.time);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const pad = t1 === t0 ? 3600_000 : (t1 - t0) * 0.08;
  const x = scaleTime({ domain: [new Date(t0 - pad), new Date(t1 + pad)], range: [M.left, WIDTH - M.right] });
  const y = scaleLinear({ domain: yDomain(marks), range: [PLOT_HEIGHT - M.bottom, M.top], nice: true });
  const sources = new Map(marks.map((m) => [m.source, m.shape]));
  // The legend sits under the time axis, in as many rows as its names need; labels at one time never overlap.
  const legend = legendRows([...sources.keys()], WIDTH - M.left, 7);
  const HEIGHT = PLOT_HEIGHT + 12 + (Math.max(...legend.map((l) => l.row), 0) + 1) * LEGEND_ROW;
  const textY = labelYs(
    marks.map((m) => ({ x: x(m.time), y: y(m.value) + 4 })),
    LABEL_GAP,
  );
  return (
    // Focusable: on a narrow screen the plot scrolls sideways, and a keyboard must be able to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access (axe scrollable-region-focusable)
    <figure className="group-plot" tabIndex={0}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${plotId}-title`}
        data-testid="group-plot"
      >
        <title id={`${plotId}-title`}>{title}</title>
        <defs>
          <marker
            id={`${plotId}-open-end`}
            viewBox="0 0 10 10"
            refX="5"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        <AxisLeft scale={y} left={M.left} numTicks={5} stroke="currentColor" tickStroke="currentColor" />
        <AxisBottom
          scale={x}
          top={PLOT_HEIGHT - M.bottom}
          numTicks={4}
          stroke="currentColor"
          tickStroke="currentColor"
          tickFormat={(d) => formatTick(d as Date)}
        />
        {marks.map((m, i) => (
          <g key={m.id} data-testid="plot-mark" data-source={m.source}>
            <title>{m.label}</title>
            <RangeLine
              mark={m}
              x={x(m.time)}
              y={y}
              top={M.top}
              bottom={PLOT_HEIGHT - M.bottom}
              marker={`url(#${plotId}-open-end)`}
            />
            {glyph(m.shape, x(m.time), y(m.value))}
            <text x={x(m.time) + 9} y={textY[i]} fontSize={11} fill="currentColor">
              {m.figure}
            </text>
          </g>
        ))}
        <g transform={`translate(${M.left}, ${PLOT_HEIGHT + 12})`}>
          {legend.map(({ name, x: left, row }) => (
            <g key={name} transform={`translate(${left + 6}, ${row * LEGEND_ROW})`}>
              {glyph(sources.get(name) as Shape, 0, 0)}
              <text x={10} y={4} fontSize={11} fill="currentColor">
                {name}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="muted">
        Each mark is one reported figure at its publication time; shapes stand for sources; vertical lines are the
        figure&apos;s bounds, with an arrow where a bound is open (&quot;at least&quot;).
      </figcaption>
    </figure>
  );
}

function RangeLine({
  mark,
  x,
  y,
  top,
  bottom,
  marker,
}: {
  mark: Mark;
  x: number;
  y: (v: number) => number;
  top: number;
  bottom: number;
  marker: string;
}) {
  if (mark.low === mark.high && mark.low !== null) return null;
  const y1 = mark.low === null ? bottom : y(mark.low);
  const y2 = mark.high === null ? top : y(mark.high);
  return (
    <line
      x1={x}
      x2={x}
      y1={y1}
      y2={y2}
      stroke="currentColor"
      strokeWidth={2}
      markerEnd={mark.high === null ? marker : undefined}
      markerStart={mark.low === null ? marker : undefined}
      data-testid="plot-range"
    />
  );
}

function glyph(shape: Shape, left: number, top: number): ReactNode {
  const props = { left, top, size: 70, stroke: "currentColor", strokeWidth: 1.5, fill: "var(--plot-fill, #fff)" };
  switch (shape) {
    case "square":
      return <GlyphSquare {...props} />;
    case "triangle":
      return <GlyphTriangle {...props} />;
    case "diamond":
      return <GlyphDiamond {...props} />;
    case "star":
      return <GlyphStar {...props} />;
    case "cross":
      return <GlyphCross {...props} />;
    case "wye":
      return <GlyphWye {...props} />;
    default:
      return <GlyphCircle {...props} />;
  }
}

function formatTick(d: Date): string {
  return d.toISOString().slice(5, 16).replace("T", " ");
}
