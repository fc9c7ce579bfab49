import { escapeHtml as esc } from "./escapeHtml.js";
import { frameworkSection } from "./htmlFrameworkSection.js";
import { reviewSection } from "./htmlReviewSection.js";
import {
  checkRenderOptions,
  formatDay,
  type RenderReportOptions,
  reportTitle,
} from "./renderOptions.js";
import { buildReportData } from "./reportData.js";
import { reportLabels } from "./reportLabels.js";
import { REPORT_CSS } from "./reportStyles.js";
import type { ReportInput } from "./reportTypes.js";

export type { RenderReportOptions } from "./renderOptions.js";

/**
 * Renders a self-contained HTML report of the evaluations of one unit or many: per framework, the
 * progress of each unit ("31/34" and the tier), the trend over periods, the unit × criterion heatmap,
 * the league table, what is left with the reason of each criterion, and the year-end review when
 * given. Charts are inline SVG drawn with d3-scale and d3-shape, each with a title, a description
 * and a data table; colours are Okabe–Ito and every status also has a glyph. No script, no external
 * font, stylesheet or image: the file makes no network request. Every text from the input is escaped.
 * Deterministic: the same input and options give the same bytes (no clock is read; pass `date`).
 *
 * @param input - Evaluations with their frameworks (several units and periods), and an optional review.
 * @param options - `language` (`"vi"` default), `unit` for a one-unit report, `title`, `date`.
 * @returns The HTML document.
 * @throws RangeError when `date` is not a calendar day `YYYY-MM-DD` or `language` is neither vi nor en.
 * @example
 * const html = renderHtmlReport({ evaluations: wards.map((a) => ({ framework: qd9745, evaluation: evaluate(qd9745, a) })) }, { language: "en" });
 * html.startsWith("<!DOCTYPE html>")
 * //=> true
 * @category Report
 */
export function renderHtmlReport(input: ReportInput, options: RenderReportOptions = {}): string {
  checkRenderOptions("renderHtmlReport", options);
  const data = buildReportData(input, options);
  const labels = reportLabels(data.language);
  const title = reportTitle(data, labels, options.title);
  const parts: string[] = [
    "<!DOCTYPE html>",
    `<html lang="${data.language}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<header><h1>${esc(title)}</h1>`,
  ];
  if (options.date !== undefined)
    parts.push(
      `<p class="meta">${esc(labels.generatedOn(formatDay(options.date, data.language)))}</p>`,
    );
  if (data.example) parts.push(`<p class="note">${esc(labels.exampleNote)}</p>`);
  parts.push("</header>");
  if (data.frameworks.length > 1 || data.review !== null) {
    parts.push(
      `<nav class="contents" aria-label="${esc(labels.contents)}"><ul>`,
      ...data.frameworks.map(
        (framework, index) => `<li><a href="#f${index}">${esc(framework.title)}</a></li>`,
      ),
      ...(data.review === null
        ? []
        : [`<li><a href="#review">${esc(labels.reviewTitle)}</a></li>`]),
      "</ul></nav>",
    );
  }
  if (data.issues.length > 0) {
    parts.push(
      `<section class="issues" aria-labelledby="issues-h"><h2 id="issues-h">${esc(labels.issuesTitle)}</h2><ul>`,
      ...data.issues.map(
        (issue) =>
          `<li><code>${esc(issue.code)}</code> ${esc(issue.path.join("."))}: ${esc(issue.messages[data.language])}</li>`,
      ),
      "</ul></section>",
    );
  }
  if (data.frameworks.length === 0) parts.push(`<p>${esc(labels.noData)}</p>`);
  data.frameworks.forEach((framework, index) => {
    parts.push(frameworkSection(data, framework, index, labels));
  });
  parts.push(reviewSection(data, labels), "</main>", "</body>", "</html>", "");
  return parts.filter((part) => part !== "").join("\n");
}
