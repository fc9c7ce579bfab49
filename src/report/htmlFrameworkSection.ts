import { heatmapChart } from "./charts/heatmapChart.js";
import { STATUS_STYLE } from "./charts/palette.js";
import { progressChart } from "./charts/progressChart.js";
import { seriesColour, seriesMarker, trendChart } from "./charts/trendChart.js";
import { escapeHtml as esc } from "./escapeHtml.js";
import { dataTable, legendItem, percentText } from "./htmlParts.js";
import type { ReportLabelSet } from "./reportLabels.js";
import type { ReportData, ReportFramework } from "./reportTypes.js";

/**
 * The section of one framework: the progress, trend and heatmap charts with their data tables and
 * legends, the league table (with more than one unit) and what is left for each unit.
 *
 * @param data - The report data.
 * @param framework - One of `data.frameworks`.
 * @param index - Its position, for element ids (`f0`).
 * @param labels - The labels of the report's language.
 * @returns The `<section>` element.
 * @example
 * frameworkSection(data, data.frameworks[0], 0, reportLabels("en")).startsWith('<section class="framework" id="f0"')
 * //=> true
 * @category Report
 */
export function frameworkSection(
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
  // the regressions of each unit's trend
  if (framework.regressions.length > 0) {
    parts.push(
      `<h3 id="${id}-regressions">${esc(labels.regressionsTitle)}</h3>`,
      "<ul>",
      ...framework.regressions.map(
        (row) =>
          `<li>${esc(labels.regression(nameOf(row.unit), row.period, row.previous, row.met.before, row.met.after, row.criteriaLost ?? [], row.tierLost))}</li>`,
      ),
      "</ul>",
    );
  }

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
        labels.leagueRule,
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
