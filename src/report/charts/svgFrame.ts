import { escapeHtml } from "../escapeHtml.js";

/** What every chart of a report carries for assistive technology. */
export interface ChartText {
  /** A prefix for the element ids of this chart, unique in the document (`f0-trend`). */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

/** Formats a coordinate with at most two decimals, so that output does not depend on float noise. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Wraps chart content in an `<svg role="img">` labelled by its `<title>` and described by its `<desc>`.
 * The view box scales with the page; the width and height are the drawing size.
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
