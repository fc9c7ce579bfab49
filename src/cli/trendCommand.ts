import {
  type CriterionTrend,
  type Evaluation,
  evaluate,
  type Framework,
  type NodeStatus,
  type ProjectionEstimate,
  safeParseFramework,
  type Trend,
  trend,
} from "../index.js";
import { familyOf } from "../trend/trend.js";
import { formatDate } from "./formatDate.js";
import { formatIssues } from "./formatIssues.js";
import { loadAssessmentSet } from "./loadAssessmentSet.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, readJsonFile, STDIN } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** The lines `tieuchi trend` prints, in Vietnamese and English. */
interface TrendText {
  readonly files: string;
  readonly subject: (name: string, id: string) => string;
  readonly header: readonly [string, string, string, string, string, string];
  readonly noTier: string;
  readonly breakMark: string;
  readonly gained: (ids: string) => string;
  readonly lost: (ids: string) => string;
  readonly regression: string;
  readonly criteria: string;
  readonly legend: string;
  readonly firstMet: (period: string, streak: number) => string;
  readonly criteriaUnavailable: string;
  readonly gap: (start: string, end: string, days: number) => string;
  readonly missing: (years: string) => string;
  readonly projection: string;
  readonly noProjection: (reason: string) => string;
  readonly pace: (perPeriod: string, days: string, perDay: string | null) => string;
  readonly target: (target: string, count: number | null, remaining: number | null) => string;
  readonly all: string;
  readonly tier: (id: string) => string;
  readonly estimate: (method: string, estimate: ProjectionEstimate | null) => string;
  readonly methods: { readonly criteriaPerPeriod: string; readonly leastSquares: string };
  readonly skipped: (count: number, family: string) => string;
  readonly none: (family: string) => string;
}

const VI: TrendText = {
  files: "<framework.json> <kết quả đánh giá: tệp, thư mục hoặc danh mục>…",
  subject: (name, id) => `${name} (${id})`,
  header: ["Kỳ", "Đến ngày", "Bộ tiêu chí", "Đạt", "Thay đổi", "Mức"],
  noTier: "Chưa đạt",
  breakMark: "‖ = bộ tiêu chí đổi từ kỳ này",
  gained: (ids) => `mới đạt: ${ids}`,
  lost: (ids) => `không còn đạt: ${ids}`,
  regression: "giảm",
  criteria: "Từng tiêu chí qua các kỳ:",
  legend:
    "✓ đạt, ✗ chưa đạt, ? chưa có số liệu, ! lỗi, – không áp dụng, · không có trong bộ tiêu chí của kỳ",
  firstMet: (period, streak) => `đạt lần đầu ${period}, liền ${streak} kỳ`,
  criteriaUnavailable: "Không có kết quả từng tiêu chí (chỉ có số tổng).",
  missing: (years) => (years === "" ? "" : `Thiếu kỳ đánh giá năm ${years}.`),
  gap: (start, end, days) =>
    `Khoảng trống: ${start} – ${end} (${days} ngày) không có kỳ đánh giá nào.`,
  projection: "Dự báo theo tốc độ đã đạt (tính từ số tiêu chí đạt của kỳ cuối):",
  noProjection: (reason) =>
    `Không dự báo: ${reason === "one_period" ? "chỉ có một kỳ" : reason === "one_period_since_break" ? "chỉ có một kỳ từ khi đổi bộ tiêu chí" : "không có kỳ nào"}.`,
  pace: (perPeriod, days, perDay) =>
    `  tốc độ: ${perPeriod} tiêu chí mỗi kỳ, mỗi kỳ trung bình ${days} ngày${perDay === null ? "" : `; đường bình phương tối thiểu: ${perDay} tiêu chí mỗi ngày`}`,
  target: (target, count, remaining) =>
    `  ${target}: ${count === null ? "điều kiện không phải số tiêu chí, không dự báo" : `cần ${count}, còn thiếu ${remaining}`}`,
  all: "đạt toàn bộ tiêu chí",
  tier: (id) => `mức "${id}"`,
  estimate: (method, e) => {
    if (e === null) return "";
    if (e.status === "reached") return `    ${method}: đã đạt`;
    if (e.status === "notAtThisPace") return `    ${method}: không đạt được với tốc độ này`;
    if (e.status === "unavailable") return `    ${method}: không tính được ngày`;
    return `    ${method}: khoảng ${formatDate(e.date, "vi")} (${e.periods === undefined ? "" : `${e.periods} kỳ, `}${e.days} ngày sau kỳ cuối)`;
  },
  methods: {
    criteriaPerPeriod: "theo số tiêu chí mỗi kỳ",
    leastSquares: "theo đường bình phương tối thiểu",
  },
  skipped: (count, family) =>
    `${count} kết quả đánh giá theo bộ tiêu chí khác ${family} được bỏ qua.`,
  none: (family) => `Không có kết quả đánh giá nào theo ${family}.`,
};

const EN: TrendText = {
  files: "<framework.json> <assessments: files, folders or manifests>…",
  subject: (name, id) => `${name} (${id})`,
  header: ["Period", "Up to", "Framework", "Met", "Change", "Tier"],
  noTier: "no tier reached",
  breakMark: "‖ = the framework changed at this period",
  gained: (ids) => `won: ${ids}`,
  lost: (ids) => `lost: ${ids}`,
  regression: "regression",
  criteria: "Criteria period by period:",
  legend:
    "✓ met, ✗ not met, ? unknown, ! error, – not applicable, · not in that period's framework",
  firstMet: (period, streak) => `first met ${period}, streak ${streak}`,
  criteriaUnavailable: "No per-criterion results (totals only).",
  missing: (years) => (years === "" ? "" : `Missing evaluation window(s): ${years}.`),
  gap: (start, end, days) => `Gap: ${start} → ${end} (${days} days) is covered by no period.`,
  projection: "Projection at the observed pace (from the last period's count):",
  noProjection: (reason) =>
    `No projection: ${reason === "one_period" ? "one period only" : reason === "one_period_since_break" ? "one period since the framework changed" : "no period"}.`,
  pace: (perPeriod, days, perDay) =>
    `  pace: ${perPeriod} criteria per period, ${days} days per period on average${perDay === null ? "" : `; least-squares line: ${perDay} criteria per day`}`,
  target: (target, count, remaining) =>
    `  ${target}: ${count === null ? "its conditions are not a count of criteria; no projection" : `needs ${count}, ${remaining} to go`}`,
  all: "all criteria",
  tier: (id) => `tier "${id}"`,
  estimate: (method, e) => {
    if (e === null) return "";
    if (e.status === "reached") return `    ${method}: reached`;
    if (e.status === "notAtThisPace") return `    ${method}: not at this pace`;
    if (e.status === "unavailable") return `    ${method}: no date (${e.reason})`;
    return `    ${method}: around ${e.date} (${e.periods === undefined ? "" : `${e.periods} period(s), `}${e.days} days after the last period)`;
  },
  methods: { criteriaPerPeriod: "criteria per period", leastSquares: "least-squares line" },
  skipped: (count, family) => `${count} assessment(s) of frameworks outside ${family} skipped.`,
  none: (family) => `No assessment of ${family}.`,
};

const MARK: Readonly<Record<NodeStatus, string>> = {
  met: "✓",
  notMet: "✗",
  unknown: "?",
  error: "!",
  notApplicable: "–",
};

const BARS = "▁▂▃▄▅▆▇█";

/** A bar per period for met / applicable: ▁ for none, █ for all (⌊7 × met / applicable⌋). */
function sparkline(series: Trend["series"]): string {
  return series
    .map((p) => (p.applicable === 0 ? " " : BARS[Math.floor((p.met * 7) / p.applicable)]!))
    .join("");
}

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + " ".repeat(width - length);
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function decimal(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** The text of one subject's trend. */
function formatTrend(t: Trend, name: string, lang: CliLanguage): string {
  const x = lang === "vi" ? VI : EN;
  const lines: string[] = [`${x.subject(name, t.subject)}  ${sparkline(t.series)}`];
  const rows: string[][] = [x.header.slice()];
  t.series.forEach((p, i) => {
    const change = i === 0 ? undefined : t.changes[i - 1]!;
    const notes: string[] = [];
    if (change?.gained && change.gained.length > 0) notes.push(x.gained(change.gained.join(", ")));
    if (change?.lost && change.lost.length > 0) notes.push(x.lost(change.lost.join(", ")));
    if (t.regressions.some((r) => r.period === p.period.id)) notes.unshift(`▼ ${x.regression}`);
    rows.push([
      p.period.id,
      formatDate(p.period.end, lang),
      `${p.break ? "‖ " : ""}${p.framework.id}`,
      `${p.met}/${p.applicable}`,
      change === undefined ? "" : signed(change.met.delta),
      p.tier ?? x.noTier,
      notes.join("; "),
    ]);
  });
  // loops, not Math.max(...spread): no argument-count limit on long series or wide frameworks
  const widths = rows[0]!.map((_, c) => {
    let width = 0;
    for (const row of rows) width = Math.max(width, [...(row[c] ?? "")].length);
    return width;
  });
  for (const row of rows) {
    lines.push(
      `  ${row
        .map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]!)))
        .join("  ")
        .trimEnd()}`,
    );
  }
  if (t.series.some((p) => p.break)) lines.push(`  ${x.breakMark}`);
  for (const gap of t.gaps) {
    const missing =
      gap.windows === undefined
        ? ""
        : ` ${x.missing(gap.windows.map((w) => String(w.year)).join(", "))}`;
    lines.push(
      `  ${x.gap(formatDate(gap.start, lang), formatDate(gap.end, lang), gap.days)}${missing}`,
    );
  }
  if (t.criteria === null) lines.push(`  ${x.criteriaUnavailable}`);
  else if (t.criteria.length > 0) {
    lines.push(`  ${x.criteria} (${x.legend})`);
    let width = 0;
    for (const c of t.criteria) width = Math.max(width, [...c.id].length);
    for (const c of t.criteria) lines.push(`    ${pad(c.id, width)}  ${criterionLine(c, x)}`);
  }
  if (t.projection === null) lines.push(`  ${x.noProjection(t.projectionReason ?? "no_period")}`);
  else {
    const p = t.projection;
    lines.push(`  ${x.projection}`);
    lines.push(
      x.pace(
        decimal(p.pace.criteriaPerPeriod.value),
        decimal(p.pace.daysPerPeriod.value),
        p.pace.leastSquaresPerDay === null ? null : decimal(p.pace.leastSquaresPerDay.value),
      ),
    );
    for (const target of p.targets) {
      lines.push(
        x.target(
          target.target === "all" ? x.all : x.tier(target.tier ?? ""),
          target.count,
          target.remaining,
        ),
      );
      for (const method of ["criteriaPerPeriod", "leastSquares"] as const) {
        const line = x.estimate(x.methods[method], target[method]);
        if (line !== "") lines.push(line);
      }
    }
  }
  if (t.issues.length > 0) lines.push(formatIssues(t.issues, lang).trimEnd());
  return `${lines.join("\n")}\n`;
}

function criterionLine(c: CriterionTrend, x: TrendText): string {
  const marks = c.statuses.map((s) => (s === null ? "·" : MARK[s])).join("");
  return c.firstMet === null ? marks : `${marks}  ${x.firstMet(c.firstMet, c.streak)}`;
}

/**
 * `tieuchi trend <framework.json> <assessments…>`: reads assessments (files, folders, manifests — see
 * `loadAssessmentSet`), keeps those of the framework's family (its own id and the frameworks linked to
 * it by `successor` / `predecessor` among those loaded), evaluates each, and prints one trend per
 * subject (sorted by id): a table of periods (count, change, tier, criteria won and lost, ▼ for a
 * regression, ‖ where the framework changed), a bar per period beside the subject (▁…█ for met over
 * applicable), one line per criterion with a mark per period (✓ ✗ ? ! – ·; always printed, terminal or
 * not, so the output is the same bytes everywhere), gaps, and the projection with its numbers.
 * `--json` prints `{ framework, trends, skipped, problems }`.
 *
 * Exit codes: 0 trends printed, no regression; 1 a regression in some series, or some input file
 * unusable, or an error issue in a trend; 2 wrong usage, an unreadable or invalid framework, or no
 * assessment of the family.
 *
 * @param args - The parsed command line.
 * @param io - The CLI's I/O.
 * @returns The exit code.
 * @example
 * await trendCommand(parseArgs(["trend", "fixtures/frameworks/vn-qd5764-2021-22.json", "fixtures/assessments/nghi-huong-2023-04-26-qd5764.json", "fixtures/assessments/nghi-huong-2023-11-02-qd5764.json"]), io)
 * //=> 1
 * @category CLI
 */
export async function trendCommand(args: CliArgs, io: CliIo): Promise<number> {
  const x = args.lang === "vi" ? VI : EN;
  const text = cliText(args.lang);
  const [frameworkPath, ...inputs] = args.positionals;
  if (frameworkPath === undefined || inputs.length === 0) {
    io.stderr(`${text.wrongArgCount("trend", x.files)}\n`);
    return 2;
  }
  if (args.positionals.filter((p) => p === STDIN).length > 1) {
    io.stderr(`${text.stdinOnce}\n`);
    return 2;
  }
  const read = await readJsonFile(io, frameworkPath, args.lang);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  const parsed = safeParseFramework(read.value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    io.stderr(
      `${text.invalidFramework(displayPath(frameworkPath), issues.length)}\n${formatIssues(issues, args.lang)}`,
    );
    return 2;
  }
  const main = parsed.data;
  const set = await loadAssessmentSet(
    io,
    frameworkPath === STDIN ? inputs : [frameworkPath, ...inputs],
    {
      lang: args.lang,
    },
  );
  const frameworks = new Map<string, Framework>([[`${main.id}@${main.version}`, main]]);
  for (const item of set.items) {
    const key = `${item.framework.id}@${item.framework.version}`;
    if (!frameworks.has(key)) frameworks.set(key, item.framework);
  }
  const family = familyOf(main, frameworks);
  const familyName = [...family].sort().join(", ");
  const bySubject = new Map<string, { name: string; evaluations: Evaluation[] }>();
  const skipped: string[] = [];
  for (const item of set.items) {
    if (!family.has(item.framework.id)) {
      skipped.push(item.file);
      continue;
    }
    const evaluation = evaluate(item.framework, item.assessment, item.context);
    const id = item.assessment.subject.id;
    const entry = bySubject.get(id) ?? {
      name: item.assessment.subject.name ?? id,
      evaluations: [],
    };
    entry.evaluations.push(evaluation);
    bySubject.set(id, entry);
  }
  for (const problem of set.problems) io.stderr(`${problem.message}\n`);
  if (bySubject.size === 0) {
    io.stderr(`${x.none(familyName)}\n`);
    return 2;
  }
  const ids = [...bySubject.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const list = [...frameworks.values()];
  const trends = ids.map((id) => ({
    name: bySubject.get(id)!.name,
    trend: trend(bySubject.get(id)!.evaluations, { frameworks: list, subject: id }),
  }));
  if (args.json) {
    io.stdout(
      `${JSON.stringify(
        {
          framework: { id: main.id, version: main.version },
          trends: trends.map((t) => t.trend),
          skipped,
          problems: set.problems.map((p) => ({ file: p.file, issues: p.issues })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout(trends.map((t) => formatTrend(t.trend, t.name, args.lang)).join("\n"));
    if (skipped.length > 0) io.stdout(`\n${x.skipped(skipped.length, familyName)}\n`);
  }
  const bad =
    set.problems.length > 0 ||
    trends.some(
      (t) => t.trend.regressions.length > 0 || t.trend.issues.some((i) => i.severity === "error"),
    );
  return bad ? 1 : 0;
}
