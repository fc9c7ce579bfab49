import { escapeHtml } from "../escapeHtml.js";

/** What every chart of a report carries for assistive technology. */
export interface ChartText {
  /** A prefix for the element ids of this chart, unique in the document (`f0-trend`). */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

/**
 * Formats a coordinate with at most two decimals, so that output does not depend on float noise.
 *
 * @param value - A coordinate.
 * @returns Its text.
 * @example
 * px(10 / 3)
 * //=> "3.33"
 * @category Report
 */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Wraps chart content in an `<svg role="img">` labelled by its `<title>` and described by its `<desc>`.
 * The view box scales with the page; the width and height are the drawing size.
 *
 * @param text - The chart's id prefix, title and description.
 * @param width - The drawing width.
 * @param height - The drawing height.
 * @param className - A class naming the chart kind (`trend-chart`).
 * @param body - The SVG content.
 * @returns The `<svg>` element.
 * @example
 * svgFrame({ id: "c", title: "T", desc: "D" }, 10, 10, "x", "").slice(0, 40)
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" '
 * @category Report
 */
export function svgFrame(
  text: ChartText,
  width: number,
  height: number,
  className: string,
  body: string,
): string {
  const titleId = `${text.id}-title`;
  const descId = `${text.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${className}" role="img" ` +
    `aria-labelledby="${escapeHtml(titleId)}" aria-describedby="${escapeHtml(descId)}" ` +
    `viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" height="${px(height)}" ` +
    `preserveAspectRatio="xMinYMin meet">` +
    `<title id="${escapeHtml(titleId)}">${escapeHtml(text.title)}</title>` +
    `<desc id="${escapeHtml(descId)}">${escapeHtml(text.desc)}</desc>${body}</svg>`
  );
}

/**
 * The width a column of labels needs, from the longest label at about 0.6 em per character (no font
 * metrics in Node), between 80 and 360.
 *
 * @param labels - The labels.
 * @param fontSize - Their font size in pixels.
 * @returns The width in pixels.
 * @example
 * labelWidth(["Phường Nghi Hương"], 12)
 * //=> 135
 * @category Report
 */
export function labelWidth(labels: readonly string[], fontSize: number): number {
  let longest = 0;
  for (const label of labels) longest = Math.max(longest, label.length);
  return Math.min(360, Math.max(80, Math.ceil(longest * fontSize * 0.6) + 12));
}

/**
 * A label cut to `max` characters with an ellipsis, so that it fits its column; the full text stays in
 * the chart's data table.
 *
 * @param label - The label.
 * @param max - The most characters kept.
 * @returns The label, shortened when needed.
 * @example
 * shorten("Công an phường Nghi Hương", 10)
 * //=> "Công an p…"
 * @category Report
 */
export function shorten(label: string, max = 48): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
