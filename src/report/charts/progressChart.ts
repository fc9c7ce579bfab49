import { scaleBand, scaleLinear } from "d3-scale";
import { formatNumber } from "../../core/formatNumber.js";
import { escapeHtml } from "../escapeHtml.js";
import type { ReportLanguage } from "../reportLabels.js";
import { GRID, INK, MUTED } from "./palette.js";
import { type ChartText, labelWidth, px, shorten, svgFrame } from "./svgFrame.js";

/** One bar per unit: criteria met out of applicable, with the tier (or none) after it. */
export interface ProgressChartInput extends ChartText {
  readonly bars: readonly {
    readonly name: string;
    readonly met: number;
    readonly applicable: number;
    readonly note: string;
  }[];
  readonly xLabel: string;
}

const BARS = 320;
const ROW = 26;
const TOP = 8;
const BOTTOM = 40;
const MET = "#0072B2";
const REST = "#E6E6E6";

/**
 * Draws horizontal bars of the share met (d3-scale band and linear scales, ticks from the scale),
 * labelled "met/applicable" and the tier.
 *
 * @param input - The bars, axis label, title and description.
 * @param language - For the tick numbers.
 * @returns The `<svg>` element.
 * @example
 * progressChart({ id: "p", title: "Progress", desc: "…", bars: [{ name: "A", met: 31, applicable: 34, note: "" }], xLabel: "%" }, "en").includes("31/34")
 * //=> true
 * @category Report
 */
export function progressChart(input: ProgressChartInput, language: ReportLanguage): string {
  const height = TOP + input.bars.length * ROW + BOTTOM;
  const names = input.bars.map((bar) => shorten(bar.name));
  const notes = input.bars.map((bar) => shorten(`${bar.met}/${bar.applicable} · ${bar.note}`));
  const LABEL = labelWidth(names, 12);
  const RIGHT = labelWidth(notes, 12);
  const WIDTH = LABEL + BARS + RIGHT;
  const y = scaleBand<string>()
    .domain(input.bars.map((_, index) => String(index)))
    .range([TOP, TOP + input.bars.length * ROW])
    .paddingInner(0.25);
  const x = scaleLinear()
    .domain([0, 100])
    .range([LABEL, WIDTH - RIGHT]);
  const parts: string[] = [
    `<g class="axis x-axis" fill="${INK}" font-size="11" text-anchor="middle">`,
  ];
  const bottom = TOP + input.bars.length * ROW;
  for (const tick of x.ticks(5)) {
    const at = px(x(tick));
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${TOP}" y2="${bottom}" stroke="${GRID}"/>` +
        `<text x="${at}" y="${bottom + 14}">${escapeHtml(formatNumber(tick, language))}</text>`,
    );
  }
  parts.push(
    `<line x1="${LABEL}" x2="${LABEL}" y1="${TOP}" y2="${bottom}" stroke="${MUTED}"/>` +
      `<text x="${px((LABEL + WIDTH - RIGHT) / 2)}" y="${bottom + 32}">${escapeHtml(input.xLabel)}</text></g>`,
  );
  input.bars.forEach((bar, index) => {
    const top = y(String(index)) ?? 0;
    const band = y.bandwidth();
    const share = bar.applicable > 0 ? (bar.met * 100) / bar.applicable : 0;
    const middle = px(top + band / 2);
    parts.push(
      `<g class="bar" font-size="12" fill="${INK}">` +
        `<text x="${LABEL - 8}" y="${middle}" dy="0.32em" text-anchor="end">${escapeHtml(names[index]!)}</text>` +
        `<rect x="${LABEL}" y="${px(top)}" width="${px(x(100) - x(0))}" height="${px(band)}" fill="${REST}"/>` +
        `<rect x="${LABEL}" y="${px(top)}" width="${px(x(share) - x(0))}" height="${px(band)}" fill="${MET}"/>` +
        `<text x="${px(x(100) + 8)}" y="${middle}" dy="0.32em">${escapeHtml(notes[index]!)}</text></g>`,
    );
  });
  return svgFrame(input, WIDTH, height, "progress-chart", parts.join(""));
}
