import { scaleLinear, scalePoint } from "d3-scale";
import { line, symbol, symbolsFill } from "d3-shape";
import { formatNumber } from "../../core/formatNumber.js";
import { escapeHtml } from "../escapeHtml.js";
import type { ReportLanguage } from "../reportLabels.js";
import { GRID, INK, MUTED, SERIES_COLOURS } from "./palette.js";
import { type ChartText, px, svgFrame } from "./svgFrame.js";

/** The lines of a trend chart: one series per unit, one value (percent, or null) per period. */
export interface TrendChartInput extends ChartText {
  readonly periods: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
  }[];
  readonly yLabel: string;
  readonly xLabel: string;
}

const WIDTH = 680;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 24, bottom: 48, left: 56 } as const;

/**
 * The marker path of series `index`: the shape changes with the colour, so lines differ without it.
 *
 * @param index - The series' position.
 * @param size - The symbol's area in square pixels.
 * @returns An SVG path centred on 0,0.
 * @example
 * seriesMarker(0).startsWith("M")
 * //=> true
 * @category Report
 */
export function seriesMarker(index: number, size = 48): string {
  const type = symbolsFill[index % symbolsFill.length]!;
  return symbol(type, size).digits(2)() ?? "";
}

/**
 * The colour of series `index` (Okabe–Ito, repeating after eight).
 *
 * @param index - The series' position.
 * @returns A hex colour.
 * @example
 * seriesColour(0)
 * //=> "#0072B2"
 * @category Report
 */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/**
 * Draws the share met per period as one line per unit (d3-scale for positions and ticks, d3-shape for
 * the lines and markers); a period without a value has no marker and the line joins its neighbours.
 *
 * @param input - Periods, series, axis labels, title and description.
 * @param language - For the tick numbers.
 * @returns The `<svg>` element.
 * @example
 * trendChart({ id: "t", title: "Trend", desc: "…", periods: ["2023", "2024"], series: [{ name: "A", values: [50, 75] }], yLabel: "%", xLabel: "Period" }, "en").includes('class="series"')
 * //=> true
 * @category Report
 */
export function trendChart(input: TrendChartInput, language: ReportLanguage): string {
  const x = scalePoint<string>()
    .domain(input.periods.map((_, index) => String(index)))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const parts: string[] = [];

  parts.push(`<g class="axis y-axis" fill="${INK}" font-size="11" text-anchor="end">`);
  for (const tick of y.ticks(5)) {
    const at = px(y(tick));
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}" stroke="${GRID}"/>` +
        `<text x="${MARGIN.left - 6}" y="${at}" dy="0.32em">${escapeHtml(formatNumber(tick, language))}</text>`,
    );
  }
  parts.push(
    `<text x="12" y="${px((MARGIN.top + HEIGHT - MARGIN.bottom) / 2)}" transform="rotate(-90 12 ${px((MARGIN.top + HEIGHT - MARGIN.bottom) / 2)})" text-anchor="middle">${escapeHtml(input.yLabel)}</text></g>`,
  );

  parts.push(`<g class="axis x-axis" fill="${INK}" font-size="11" text-anchor="middle">`);
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${px(y(0))}" y2="${px(y(0))}" stroke="${MUTED}"/>`,
  );
  input.periods.forEach((period, index) => {
    const at = px(x(String(index)) ?? 0);
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${px(y(0))}" y2="${px(y(0) + 5)}" stroke="${MUTED}"/>` +
        `<text x="${at}" y="${px(y(0) + 18)}">${escapeHtml(period)}</text>`,
    );
  });
  parts.push(
    `<text x="${px((MARGIN.left + WIDTH - MARGIN.right) / 2)}" y="${HEIGHT - 6}">${escapeHtml(input.xLabel)}</text></g>`,
  );

  input.series.forEach((series, index) => {
    const colour = seriesColour(index);
    // a period without an evaluation has no marker; the line joins the periods the unit has
    const points = series.values.flatMap((value, period) =>
      value === null ? [] : [[period, value] as const],
    );
    const path = line<readonly [number, number]>()
      .x((point) => x(String(point[0])) ?? 0)
      .y((point) => y(point[1]))
      .digits(2)(points);
    const marker = seriesMarker(index);
    parts.push(`<g class="series" data-unit-index="${index}">`);
    if (path !== null) {
      parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    }
    for (const [period, value] of points) {
      parts.push(
        `<path d="${marker}" transform="translate(${px(x(String(period)) ?? 0)},${px(y(value))})" fill="${colour}" stroke="#FFFFFF" stroke-width="0.75"/>`,
      );
    }
    parts.push("</g>");
  });

  return svgFrame(input, WIDTH, HEIGHT, "trend-chart", parts.join(""));
}
