import { formatNumber } from "../core/formatNumber.js";
import {
  checkRenderOptions,
  formatDay,
  type RenderReportOptions,
  reportTitle,
} from "./renderOptions.js";
import { buildReportData } from "./reportData.js";
import { type ReportLabelSet, reportLabels } from "./reportLabels.js";
import type { ReportData, ReportFramework, ReportInput } from "./reportTypes.js";

/**
 * Escapes text for Markdown (CommonMark and GitHub tables) inside a line: backslash-escapes the
 * characters that start emphasis, links, code, HTML or entities, and the table's `|`; line breaks
 * become spaces (the report starts every line itself, so line-start markers such as `#` cannot occur).
 *
 * @param text - Any text (a ward name, a criterion title).
 * @returns The text, shown literally by a Markdown renderer.
 * @example
 * escapeMarkdown("<script>*x*|y")
 * //=> "\\<script\\>\\*x\\*\\|y"
 * @category Report
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`);
}

const md = escapeMarkdown;

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string[] {
  const align = head.map((_, index) => (numeric[index] === true ? "---:" : "---"));
  return [
    `| ${head.join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

function frameworkLines(
  data: ReportData,
  framework: ReportFramework,
  labels: ReportLabelSet,
): string[] {
  const language = data.language;
  const names = new Map(framework.units.map((unit) => [unit.id, unit.name]));
  const nameOf = (unit: string) => md(names.get(unit) ?? unit);
  const tierNote = (tier: string | null) => md(tier ?? labels.noTier);
  const percent = (value: number | null) => (value === null ? "–" : formatNumber(value, language));
  const lastPeriod = framework.periods[framework.periods.length - 1]?.id ?? "";
  const lines: string[] = [
    `## ${md(framework.title)}`,
    "",
    `${md(framework.id)} · ${md(labels.version)} ${md(framework.version)} · ${md(labels.latestPeriod(lastPeriod))}`,
    "",
    `### ${md(labels.progressTitle)}`,
    "",
    ...table(
      [
        md(labels.unit),
        md(labels.period),
        md(labels.met),
        md(labels.percentMet),
        md(labels.tier),
        md(labels.left),
      ],
      framework.latest.map((row) => [
        nameOf(row.unit),
        md(row.period),
        `${row.met}/${row.applicable}`,
        percent(row.percent),
        tierNote(row.tierTitle),
        String(row.left.length),
      ]),
      [false, false, true, true, false, true],
    ),
    "",
  ];
  if (framework.periods.length > 1) {
    lines.push(
      `### ${md(labels.trendTitle)}`,
      "",
      ...table(
        [md(labels.unit), ...framework.periods.map((period) => md(period.id))],
        framework.units.map(({ id: unit }, u) => [
          nameOf(unit),
          ...(framework.series[u] ?? []).map((point) =>
            point === null ? md(labels.missingInPeriod) : `${point.met}/${point.applicable}`,
          ),
        ]),
        [false, ...framework.periods.map(() => true)],
      ),
      "",
    );
  }
  if (framework.regressions.length > 0) {
    lines.push(
      `### ${md(labels.regressionsTitle)}`,
      "",
      ...framework.regressions.map(
        (row) =>
          `- ${labels.regression(nameOf(row.unit), md(row.period), md(row.previous), row.met.before, row.met.after, (row.criteriaLost ?? []).map(md), row.tierLost === null ? null : md(row.tierLost))}`,
      ),
      "",
    );
  }
  if (framework.league.length > 1) {
    const byUnit = new Map(framework.latest.map((row) => [row.unit, row]));
    lines.push(
      `### ${md(labels.leagueTitle)}`,
      "",
      md(labels.leagueRule),
      "",
      ...table(
        [md(labels.rank), md(labels.unit), md(labels.met), md(labels.tier)],
        framework.league.map((row) => {
          const latest = byUnit.get(row.unit)!;
          return [
            String(row.rank),
            nameOf(row.unit),
            `${latest.met}/${latest.applicable}`,
            tierNote(latest.tierTitle),
          ];
        }),
        [true, false, true, false],
      ),
      "",
    );
  }
  lines.push(`### ${md(labels.leftTitle)}`, "");
  for (const row of framework.latest) {
    lines.push(
      `**${nameOf(row.unit)}** (${md(row.period)}: ${row.met}/${row.applicable}, ${tierNote(row.tierTitle)})`,
      "",
    );
    if (row.left.length === 0) lines.push(`- ${md(labels.allMet)}`);
    for (const item of row.left) {
      lines.push(
        `- ${md(item.node)} ${md(item.title)} — ${md(labels.statuses[item.status])}: ${md(item.reason)}`,
      );
    }
    if (row.nextTier !== null && row.nextTier.conditions.length > 0) {
      lines.push(
        `- ${md(labels.nextTier(row.nextTier.title))} ${row.nextTier.conditions.map(md).join("; ")}`,
      );
    }
    lines.push("");
  }
  return lines;
}

/**
 * Renders the report as Markdown for chat and e-mail: per framework, each unit's "met/applicable"
 * and tier, the trend as a table of periods, the league table and what is left with reasons; the
 * review with its quota when given. The same data as `renderHtmlReport`, without charts; every text
 * from the input is escaped. Deterministic.
 *
 * @param input - Evaluations with their frameworks, and an optional review.
 * @param options - `language` (`"vi"` default), `unit`, `title`, `date`.
 * @returns The Markdown text, ending with a newline.
 * @throws RangeError when `date` is not a calendar day `YYYY-MM-DD` or `language` is neither vi nor en.
 * @example
 * renderMarkdownReport({ evaluations: [{ framework: qd9745, evaluation: evaluate(qd9745, nghiHuong) }] }, { language: "en" }).split("\n")[0]
 * //=> "# Criteria framework progress report: Phường Nghi Hương"
 * @category Report
 */
export function renderMarkdownReport(
  input: ReportInput,
  options: RenderReportOptions = {},
): string {
  checkRenderOptions("renderMarkdownReport", options);
  const data = buildReportData(input, options);
  const labels = reportLabels(data.language);
  const lines: string[] = [`# ${md(reportTitle(data, labels, options.title))}`, ""];
  if (options.date !== undefined)
    lines.push(md(labels.generatedOn(formatDay(options.date, data.language))), "");
  if (data.example) lines.push(`> ${md(labels.exampleNote)}`, "");
  if (data.issues.length > 0) {
    lines.push(`## ${md(labels.issuesTitle)}`, "");
    for (const issue of data.issues) {
      lines.push(
        `- \`${issue.code}\` ${md(issue.path.join("."))}: ${md(issue.messages[data.language])}`,
      );
    }
    lines.push("");
  }
  if (data.frameworks.length === 0) lines.push(md(labels.noData), "");
  for (const framework of data.frameworks) lines.push(...frameworkLines(data, framework, labels));
  const review = data.review;
  if (review !== null) {
    const titles = new Map(review.ratings.map((rating) => [rating.id, rating.title]));
    const title = (id: string) => md(titles.get(id) ?? id);
    const names = new Map(data.units.map((unit) => [unit.id, unit.name]));
    lines.push(`## ${md(labels.reviewTitle)}`, "");
    if (review.title !== null) lines.push(md(review.title), "");
    for (const quota of review.quotas) {
      const sentence = labels.quota(
        titles.get(quota.rating) ?? quota.rating,
        quota.count,
        quota.allowed,
        formatNumber(quota.maxPercent, data.language),
        quota.of.map((id) => titles.get(id) ?? id).join(" + "),
        quota.base,
      );
      lines.push(
        `${md(quota.group === null ? sentence : `${names.get(quota.group) ?? quota.group}: ${sentence}`)} **${md(quota.kept ? labels.quotaKept : labels.quotaExceeded)}**`,
        "",
      );
    }
    const withNotes = review.units.some((row) => row.notes.length > 0);
    lines.push(
      ...table(
        [md(labels.rating), md(labels.units)],
        [
          ...review.ratings.map((rating) => [md(rating.title), String(rating.count)]),
          ...(review.notRated > 0 ? [[md(labels.notRated), String(review.notRated)]] : []),
        ],
        [false, true],
      ),
      "",
      ...table(
        [md(labels.unit), md(labels.rating), ...(withNotes ? [md(labels.reviewSteps)] : [])],
        review.units.map((row) => [
          md(names.get(row.unit) ?? row.unit),
          (row.rating === null ? md(labels.notRated) : title(row.rating)) +
            (row.demotedFrom === null
              ? ""
              : ` (${md(labels.demotedFrom(titles.get(row.demotedFrom) ?? row.demotedFrom))})`),
          ...(withNotes ? [row.notes.map(md).join("<br>")] : []),
        ]),
        withNotes ? [false, false, false] : [false, false],
      ),
      "",
    );
  }
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
