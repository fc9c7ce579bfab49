import { isIsoDate } from "../core/dates.js";
import { formatNumber } from "../core/formatNumber.js";
import { heatmapChart } from "./charts/heatmapChart.js";
import { STATUS_STYLE } from "./charts/palette.js";
import { progressChart } from "./charts/progressChart.js";
import { seriesColour, seriesMarker, trendChart } from "./charts/trendChart.js";
import { escapeHtml as esc } from "./escapeHtml.js";
import {
  type BuildReportDataOptions,
  buildReportData,
  type ReportData,
  type ReportFramework,
  type ReportInput,
} from "./reportData.js";
import { type ReportLabelSet, reportLabels } from "./reportLabels.js";
import { REPORT_CSS } from "./reportStyles.js";

/** Options of `renderHtmlReport` and `renderMarkdownReport`. */
export interface RenderReportOptions extends BuildReportDataOptions {
  /** The report's heading; default a title in the report's language (with the unit's name for one unit). */
  readonly title?: string | undefined;
  /** The day the report is prepared (`YYYY-MM-DD`), printed under the title; none by default (no clock is read). */
  readonly date?: string | undefined;
}

/**
 * Checks the options both renderers share; a wrong `date` or `language` is a caller's mistake.
 *
 * @param name - The renderer's name, for the message.
 * @param options - Its options.
 * @throws RangeError when `date` is not a calendar day or `language` is neither vi nor en.
 * @example
 * checkRenderOptions("renderHtmlReport", { date: "2023-04-26" })
 * //=> undefined
 * @category Report
 */
export function checkRenderOptions(name: string, options: RenderReportOptions): void {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new RangeError(
      `${name}: date must be a calendar day YYYY-MM-DD, got ${JSON.stringify(options.date)}`,
    );
  }
  if (options.language !== undefined && options.language !== "vi" && options.language !== "en") {
    throw new RangeError(
      `${name}: language must be "vi" or "en", got ${JSON.stringify(options.language)}`,
    );
  }
}

/**
 * A day as people write it: `26/04/2023` in Vietnamese, `2023-04-26` in English.
 *
 * @param date - A `YYYY-MM-DD` day.
 * @param language - `"vi"` or `"en"`.
 * @returns The text.
 * @example
 * formatDay("2023-04-26", "vi")
 * //=> "26/04/2023"
 * @category Report
 */
export function formatDay(date: string, language: "vi" | "en"): string {
  return language === "vi" ? date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1") : date;
}

/**
 * The report's heading: the given title, or the default one (naming the unit when there is one).
 *
 * @param data - The report data.
 * @param labels - The labels of its language.
 * @param title - The title given in the options, if any.
 * @returns The heading.
 * @example
 * reportTitle(data, reportLabels("en"), undefined)
 * //=> "Criteria framework progress report"
 * @category Report
 */
export function reportTitle(
  data: ReportData,
  labels: ReportLabelSet,
  title: string | undefined,
): string {
  if (title !== undefined) return title;
  const only = data.units.length === 1 ? data.units[0] : undefined;
  return only === undefined ? labels.documentTitle : labels.unitReportTitle(only.name);
}

function percentText(value: number | null, language: "vi" | "en"): string {
  return value === null ? "–" : formatNumber(value, language);
}

/** A table with a caption, column headers and the first cell of each row as its header; `numeric[i]` right-aligns column i. */
function dataTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string {
  const align = (index: number) => (numeric[index] === true ? ' class="num"' : "");
  const header = head.map((cell, index) => `<th scope="col"${align(index)}>${cell}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row"${align(index)}>${cell}</th>` : `<td${align(index)}>${cell}</td>`)).join("")}</tr>`,
    )
    .join("");
  return `<table><caption class="muted">${esc(caption)}</caption><thead><tr>${header}</tr></thead><tbody>${body}</tbody></table>`;
}

function legendItem(swatch: string, text: string): string {
  return `<li><svg aria-hidden="true" focusable="false" width="22" height="14" viewBox="-11 -7 22 14">${swatch}</svg><span>${esc(text)}</span></li>`;
}

function frameworkSection(
  data: ReportData,
  framework: ReportFramework,
  index: number,
  labels: ReportLabelSet,
): string {
  const language = data.language;
  const id = `f${index}`;
  const names = new Map(framework.units.map((unit) => [unit.id, unit.name]));
  const nameOf = (unit: string) => names.get(unit) ?? unit;
  const lastPeriod = framework.periods[framework.periods.length - 1]?.id ?? "";
  const parts: string[] = [
    `<section class="framework" id="${id}" aria-labelledby="${id}-h" data-framework="${esc(framework.id)}">`,
    `<h2 id="${id}-h">${esc(framework.title)}</h2>`,
    `<p class="meta">${esc(`${framework.id} · ${labels.version} ${framework.version} · ${labels.latestPeriod(lastPeriod)}`)}</p>`,
  ];

  // progress: each unit's latest evaluation
  const tierNote = (tier: string | null) => tier ?? labels.noTier;
  const progressSummary = framework.latest
    .map((row) => `${nameOf(row.unit)}: ${row.met}/${row.applicable}, ${tierNote(row.tierTitle)}`)
    .join("; ");
  parts.push(
    `<figure><figcaption id="${id}-progress-cap">${esc(labels.progressTitle)}</figcaption>`,
    progressChart(
      {
        id: `${id}-progress`,
        title: `${labels.progressTitle} — ${framework.title}`,
        desc: labels.progressDesc(framework.latest.length, lastPeriod, `${progressSummary}.`),
        bars: framework.latest.map((row) => ({
          name: nameOf(row.unit),
          met: row.met,
          applicable: row.applicable,
          note: tierNote(row.tierTitle),
        })),
        xLabel: labels.percentMet,
      },
      language,
    ),
    `<details><summary>${esc(labels.dataTable)}: ${esc(labels.progressTitle)}</summary>`,
    dataTable(
      labels.progressTitle,
      [
        esc(labels.unit),
        esc(labels.period),
        esc(labels.met),
        esc(labels.applicable),
        esc(labels.percentMet),
        esc(labels.tier),
      ],
      framework.latest.map((row) => [
        esc(nameOf(row.unit)),
        esc(row.period),
        String(row.met),
        String(row.applicable),
        percentText(row.percent, language),
        esc(tierNote(row.tierTitle)),
      ]),
      [false, false, true, true, true, false],
    ),
    "</details></figure>",
  );

  // trend: share met per period
  const periodLabels = framework.periods.map((period) => period.id);
  const trendSummary = framework.units
    .map(({ id: unit }, u) => {
      const values = (framework.series[u] ?? []).flatMap((point) =>
        point?.percent == null ? [] : [percentText(point.percent, language)],
      );
      return `${nameOf(unit)}: ${values.join(" → ")}`;
    })
    .join("; ");
  parts.push(
    `<figure><figcaption>${esc(labels.trendTitle)}</figcaption>`,
    trendChart(
      {
        id: `${id}-trend`,
        title: `${labels.trendTitle} — ${framework.title}`,
        desc: labels.trendDesc(framework.units.length, periodLabels.length, `${trendSummary}.`),
        periods: periodLabels,
        series: framework.units.map(({ id: unit }, u) => ({
          name: nameOf(unit),
          values: (framework.series[u] ?? []).map((point) => point?.percent ?? null),
        })),
        yLabel: labels.axisPercent,
        xLabel: labels.axisPeriod,
      },
      language,
    ),
    `<ul class="legend" aria-label="${esc(labels.legend)}">`,
    ...framework.units.map(({ id: unit }, u) =>
      legendItem(
        `<line x1="-10" x2="10" y1="0" y2="0" stroke="${seriesColour(u)}" stroke-width="2"/><path d="${seriesMarker(u, 40)}" fill="${seriesColour(u)}"/>`,
        nameOf(unit),
      ),
    ),
    "</ul>",
    `<details><summary>${esc(labels.dataTable)}: ${esc(labels.trendTitle)}</summary>`,
    dataTable(
      `${labels.trendTitle} (${labels.met}/${labels.applicable})`,
      [esc(labels.unit), ...periodLabels.map(esc)],
      framework.units.map(({ id: unit }, u) => [
        esc(nameOf(unit)),
        ...(framework.series[u] ?? []).map((point) =>
          point === null
            ? esc(labels.missingInPeriod)
            : `${point.met}/${point.applicable} (${percentText(point.percent, language)}%)`,
        ),
      ]),
      [false, ...periodLabels.map(() => true)],
    ),
    "</details></figure>",
  );

  // heatmap: rows × criteria
  const matrix = framework.matrix;
  const heatTitle = matrix.rowsAre === "units" ? labels.heatmapTitle : labels.heatmapPeriodsTitle;
  const statusCounts = new Map<string, number>();
  for (const row of matrix.cells)
    for (const status of row)
      if (status !== null) statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  const heatSummary = (["met", "notMet", "unknown", "error", "notApplicable"] as const)
    .flatMap((status) => {
      const count = statusCounts.get(status);
      return count === undefined ? [] : [labels.unitsWithStatus(labels.statuses[status], count)];
    })
    .join(", ");
  parts.push(
    `<figure><figcaption>${esc(heatTitle)}</figcaption>`,
    heatmapChart({
      id: `${id}-heatmap`,
      title: `${heatTitle} — ${framework.title}`,
      desc: labels.heatmapDesc(matrix.rows.length, framework.criteria.length, `${heatSummary}.`),
      rows: matrix.rows,
      columns: framework.criteria,
      cells: matrix.cells,
      statusLabel: (status) => labels.statuses[status],
      noneLabel: labels.missingInPeriod,
    }),
    `<ul class="legend" aria-label="${esc(labels.legend)}">`,
    ...(["met", "notMet", "unknown", "error", "notApplicable"] as const).map((status) =>
      legendItem(
        `<rect x="-7" y="-7" width="14" height="14" fill="${STATUS_STYLE[status].fill}" stroke="#808080" stroke-width="0.5"/><text x="0" y="0" dy="0.35em" text-anchor="middle" font-size="10" fill="#000000">${STATUS_STYLE[status].glyph}</text>`,
        labels.statuses[status],
      ),
    ),
    "</ul>",
    `<details><summary>${esc(labels.dataTable)}: ${esc(heatTitle)}</summary>`,
    dataTable(
      heatTitle,
      [esc(labels.criterion), ...matrix.rows.map((row) => esc(row.label))],
      framework.criteria.map((criterion, c) => [
        `${esc(criterion.id)} <span class="muted">${esc(criterion.title)}</span>`,
        ...matrix.cells.map((row) => {
          const status = row[c] ?? null;
          return status === null ? esc(labels.missingInPeriod) : esc(labels.statuses[status]);
        }),
      ]),
      [],
    ),
    "</details></figure>",
  );

  // league table
  if (framework.league.length > 1) {
    const byUnit = new Map(framework.latest.map((row) => [row.unit, row]));
    parts.push(
      `<h3 id="${id}-league">${esc(labels.leagueTitle)}</h3>`,
      dataTable(
        labels.leagueTitle,
        [
          esc(labels.rank),
          esc(labels.unit),
          esc(labels.met),
          esc(labels.percentMet),
          esc(labels.tier),
          esc(labels.left),
        ],
        framework.league.map((row) => {
          const latest = byUnit.get(row.unit)!;
          return [
            String(row.rank),
            esc(nameOf(row.unit)),
            `${latest.met}/${latest.applicable}`,
            percentText(latest.percent, language),
            esc(tierNote(latest.tierTitle)),
            String(latest.left.length),
          ];
        }),
        [true, false, true, true, false, true],
      ),
    );
  }

  // what is left, with reasons
  parts.push(`<h3 id="${id}-left">${esc(labels.leftTitle)}</h3>`);
  for (const row of framework.latest) {
    parts.push(
      `<div class="unit-left" data-unit="${esc(row.unit)}"><h4>${esc(nameOf(row.unit))}</h4>`,
      `<p>${esc(`${labels.period} ${row.period}: ${row.met}/${row.applicable} · ${labels.tier}: ${tierNote(row.tierTitle)}`)}</p>`,
    );
    if (row.left.length === 0) {
      parts.push(`<p>${esc(labels.allMet)}</p>`);
    } else {
      parts.push(
        "<ul>",
        ...row.left.map(
          (item) =>
            `<li><strong>${esc(item.node)}</strong> ${esc(item.title)} — <span class="status-${item.status}">${esc(labels.statuses[item.status])}</span>: ${esc(item.reason)}</li>`,
        ),
        "</ul>",
      );
    }
    if (row.nextTier !== null && row.nextTier.conditions.length > 0) {
      parts.push(
        `<p>${esc(labels.nextTier(row.nextTier.title))}</p><ul>`,
        ...row.nextTier.conditions.map((sentence) => `<li>${esc(sentence)}</li>`),
        "</ul>",
      );
    }
    parts.push("</div>");
  }
  parts.push("</section>");
  return parts.join("\n");
}

function reviewSection(data: ReportData, labels: ReportLabelSet): string {
  const review = data.review;
  if (review === null) return "";
  const names = new Map(data.units.map((unit) => [unit.id, unit.name]));
  const titles = new Map(review.ratings.map((rating) => [rating.id, rating.title]));
  const title = (id: string) => titles.get(id) ?? id;
  const parts = [
    `<section class="review" id="review" aria-labelledby="review-h"><h2 id="review-h">${esc(labels.reviewTitle)}</h2>`,
  ];
  const quota = review.quota;
  if (quota !== null) {
    parts.push(
      `<p class="quota">${esc(labels.quota(title(quota.rating), quota.count, quota.allowed, formatNumber(quota.maxPercent, data.language), title(quota.relativeTo), quota.base))} <strong>${esc(quota.kept ? labels.quotaKept : labels.quotaExceeded)}</strong></p>`,
    );
  }
  parts.push(
    dataTable(
      labels.reviewTitle,
      [esc(labels.rating), esc(labels.units)],
      review.ratings.map((rating) => [esc(rating.title), String(rating.count)]),
      [false, true],
    ),
    dataTable(
      labels.reviewTitle,
      [esc(labels.unit), esc(labels.rating)],
      review.units.map((row) => [
        esc(names.get(row.unit) ?? row.unit),
        esc(title(row.rating)) +
          (row.demotedFrom === null ? "" : ` (${esc(labels.demotedFrom(title(row.demotedFrom)))})`),
      ]),
      [],
    ),
    "</section>",
  );
  return parts.join("\n");
}

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
