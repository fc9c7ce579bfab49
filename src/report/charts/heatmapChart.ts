import { scaleBand } from "d3-scale";
import type { NodeStatus } from "../../scoring/types.js";
import { escapeHtml } from "../escapeHtml.js";
import { GRID, INK, STATUS_STYLE } from "./palette.js";
import { type ChartText, labelWidth, px, shorten, svgFrame } from "./svgFrame.js";

/** Rows (units or periods) × criteria, one status per cell (null: no result). */
export interface HeatmapChartInput extends ChartText {
  readonly rows: readonly { readonly key: string; readonly label: string }[];
  readonly columns: readonly { readonly id: string; readonly title: string }[];
  readonly cells: readonly (readonly (NodeStatus | null)[])[];
  readonly statusLabel: (status: NodeStatus) => string;
  /** Hover text of a cell without a result. */
  readonly noneLabel: string;
}

const CELL = 18;
const TOP = 44;
const RIGHT = 8;

/**
 * Draws the status of every criterion for every row as a coloured cell with a glyph (✓ ✗ ? ! –), the
 * cells placed by d3-scale band scales; each cell carries its row, criterion and status as data
 * attributes and a hover title.
 *
 * @param input - Rows, columns (criteria), statuses, labels, title and description.
 * @returns The `<svg>` element.
 * @example
 * heatmapChart({ id: "h", title: "Map", desc: "…", rows: [{ key: "a", label: "A" }], columns: [{ id: "tc1", title: "T" }], cells: [["met"]], statusLabel: (s) => s, noneLabel: "–" }).includes('data-status="met"')
 * //=> true
 * @category Report
 */
export function heatmapChart(input: HeatmapChartInput): string {
  const labels = input.rows.map((row) => shorten(row.label));
  const LABEL = labelWidth(labels, 11);
  const width = LABEL + input.columns.length * CELL + RIGHT;
  const height = TOP + input.rows.length * CELL + 8;
  const x = scaleBand<string>()
    .domain(input.columns.map((column) => column.id))
    .range([LABEL, LABEL + input.columns.length * CELL])
    .paddingInner(0.08);
  const y = scaleBand<string>()
    .domain(input.rows.map((_, index) => String(index)))
    .range([TOP, TOP + input.rows.length * CELL])
    .paddingInner(0.08);
  const parts: string[] = [`<g class="columns" font-size="10" fill="${INK}">`];
  for (const column of input.columns) {
    const centre = px((x(column.id) ?? 0) + x.bandwidth() / 2);
    parts.push(
      `<text transform="translate(${centre},${TOP - 4}) rotate(-60)">${escapeHtml(column.id)}</text>`,
    );
  }
  parts.push("</g>");
  input.rows.forEach((row, rowIndex) => {
    const top = y(String(rowIndex)) ?? 0;
    parts.push(
      `<g class="row" font-size="11" fill="${INK}"><text x="${LABEL - 8}" y="${px(top + y.bandwidth() / 2)}" dy="0.32em" text-anchor="end">${escapeHtml(labels[rowIndex]!)}</text>`,
    );
    input.columns.forEach((column, columnIndex) => {
      const status = input.cells[rowIndex]?.[columnIndex] ?? null;
      const style = STATUS_STYLE[status ?? "none"];
      const left = x(column.id) ?? 0;
      const hover = `${row.label} · ${column.id} ${column.title}: ${status === null ? input.noneLabel : input.statusLabel(status)}`;
      parts.push(
        `<g class="cell" data-row="${escapeHtml(row.key)}" data-node="${escapeHtml(column.id)}" data-status="${status ?? "none"}">` +
          `<title>${escapeHtml(hover)}</title>` +
          `<rect x="${px(left)}" y="${px(top)}" width="${px(x.bandwidth())}" height="${px(y.bandwidth())}" fill="${style.fill}" stroke="${GRID}" stroke-width="0.5"/>` +
          (style.glyph === ""
            ? ""
            : `<text x="${px(left + x.bandwidth() / 2)}" y="${px(top + y.bandwidth() / 2)}" dy="0.35em" text-anchor="middle" font-size="11" fill="#000000">${style.glyph}</text>`) +
          "</g>",
      );
    });
    parts.push("</g>");
  });
  return svgFrame(input, width, height, "heatmap-chart", parts.join(""));
}
