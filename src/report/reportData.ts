import { compareIsoDates, isIsoDate } from "../core/dates.js";
import { type FrameworkIssue, makeIssue, viDates } from "../core/issue.js";
import { codeUnitOrder } from "../core/plainJson.js";
import type { Framework, Labels } from "../framework/schema.js";
import { walkNodes } from "../framework/walk.js";
import { formatCondition, formatReason } from "../scoring/explain.js";
import type { Evaluation } from "../scoring/types.js";
import { trend } from "../trend/trend.js";
import { unitMatrix } from "../units/compareUnits.js";
import { rank } from "../units/rank.js";
import type { ReportLanguage } from "./reportLabels.js";
import type {
  BuildReportDataOptions,
  ReportCohortReview,
  ReportData,
  ReportFramework,
  ReportInput,
  ReportLatest,
  ReportLeagueRow,
  ReportLeftItem,
  ReportMatrix,
  ReportPeriod,
  ReportPoint,
  ReportRegression,
  ReportReview,
  ReportReviewData,
  ReportUnit,
} from "./reportTypes.js";

function pick(labels: Labels | undefined, language: ReportLanguage): string | undefined {
  if (labels === undefined) return undefined;
  const record = labels as Readonly<Record<string, string | undefined>>;
  return record[language] ?? record.vi ?? record.en ?? Object.values(record)[0];
}

function pointOf(point: {
  readonly met: number;
  readonly applicable: number;
  readonly tier: string | null;
}): ReportPoint {
  const { met, applicable } = point;
  return {
    met,
    applicable,
    percent: applicable > 0 ? (met * 100) / applicable : null,
    tier: point.tier,
  };
}

function comparePeriods(a: ReportPeriod, b: ReportPeriod): number {
  return (
    compareIsoDates(a.end, b.end) || compareIsoDates(a.start, b.start) || codeUnitOrder(a.id, b.id)
  );
}

function latestOf(
  framework: Framework,
  evaluation: Evaluation,
  language: ReportLanguage,
  titles: ReadonlyMap<string, string>,
  example: boolean,
): ReportLatest {
  const left: ReportLeftItem[] = [];
  for (const node of evaluation.nodes) {
    if (node.kind !== "criterion") continue;
    if (node.status !== "notMet" && node.status !== "unknown" && node.status !== "error") continue;
    left.push({
      node: node.id,
      title: titles.get(node.id) ?? node.id,
      status: node.status,
      reason: formatReason(node.reason, language, { framework, node: node.id }),
    });
  }
  const tierTitle = (id: string) =>
    pick(framework.tiers?.find((tier) => tier.id === id)?.title, language) ?? id;
  let nextTier: ReportLatest["nextTier"] = null;
  const tiers = framework.tiers ?? [];
  // the lowest tier above the one reached (tiers are listed lowest first)
  const reached =
    evaluation.tier === null ? -1 : evaluation.tiers.findIndex((t) => t.id === evaluation.tier);
  for (const result of evaluation.tiers.slice(reached + 1)) {
    if (result.achieved) continue;
    const tier = tiers.find((candidate) => candidate.id === result.id);
    const conditions: string[] = [];
    result.conditions.forEach((condition, index) => {
      const declared = tier?.conditions[index];
      if (!condition.met && declared !== undefined) {
        conditions.push(formatCondition(declared, condition, language, framework));
      }
    });
    nextTier = { title: tierTitle(result.id), conditions };
    break;
  }
  return {
    ...pointOf({ ...evaluation.count, tier: evaluation.tier }),
    unit: evaluation.subject.id,
    period: evaluation.period.id,
    tierTitle: evaluation.tier === null ? null : tierTitle(evaluation.tier),
    left,
    nextTier,
    example,
  };
}

/**
 * Computes what a report shows from evaluations of several units over several periods: per framework,
 * the periods in time order, each unit's series of "met / applicable" and its regressions (its `trend`),
 * its latest evaluation with what is left (and the reason of each, as a sentence), the league table
 * (`rank` by criteria met, competition ties, then subject id) and the unit × criterion matrix of
 * statuses (`unitMatrix`; one unit: its periods); and the review, when given — decided elsewhere, or a
 * `reviewCohort` result with its definition. Evaluations whose framework does not match,
 * duplicates (same framework, unit and period) and evaluations with an invalid period are left out with
 * an issue. Pure: the same input gives the same data.
 *
 * @param input - The evaluations with their frameworks, and an optional review.
 * @param options - The language (`"vi"` default) and, for a one-unit report, the unit.
 * @returns The report data, with issues for what was left out.
 * @example
 * const data = buildReportData({ evaluations: [{ framework: qd9745, evaluation: evaluate(qd9745, nghiHuong) }] }, { language: "en" });
 * data.frameworks[0]?.latest[0]?.met
 * //=> 31
 * @category Report
 */
export function buildReportData(
  input: ReportInput,
  options: BuildReportDataOptions = {},
): ReportData {
  const language = options.language ?? "vi";
  const only = options.unit;
  const issues: FrameworkIssue[] = [];
  const units = new Map<string, ReportUnit>();
  type Group = {
    framework: Framework;
    byUnit: Map<string, Map<string, { evaluation: Evaluation; example: boolean; at: number }>>;
    periods: Map<string, ReportPeriod>;
  };
  const groups = new Map<string, Group>();
  let example = false;

  input.evaluations.forEach(({ framework, evaluation, example: flagged }, index) => {
    const path = ["evaluations", index];
    if (only !== undefined && evaluation.subject.id !== only) return;
    if (
      evaluation.framework.id !== framework.id ||
      evaluation.framework.version !== framework.version
    ) {
      issues.push(
        makeIssue("framework_mismatch", [...path, "framework"], {
          vi: `Kết quả chấm theo bộ tiêu chí "${evaluation.framework.id}" ${evaluation.framework.version}, không phải "${framework.id}" ${framework.version}: bỏ qua.`,
          en: `The evaluation is of framework "${evaluation.framework.id}" ${evaluation.framework.version}, not "${framework.id}" ${framework.version}: left out.`,
        }),
      );
      return;
    }
    const period = evaluation.period;
    if (!isIsoDate(period.start) || !isIsoDate(period.end) || period.start > period.end) {
      issues.push(
        makeIssue("invalid_period", [...path, "period"], {
          vi: viDates(
            `Kỳ đánh giá "${period.id}" có ngày không hợp lệ (${period.start} – ${period.end}): bỏ qua.`,
          ),
          en: `Period "${period.id}" has invalid dates (${period.start} – ${period.end}): left out.`,
        }),
      );
      return;
    }
    const key = `${framework.id}\u0000${framework.version}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { framework, byUnit: new Map(), periods: new Map() };
      groups.set(key, group);
    }
    const subject = evaluation.subject;
    let byPeriod = group.byUnit.get(subject.id);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      group.byUnit.set(subject.id, byPeriod);
    }
    if (byPeriod.has(period.id)) {
      issues.push(
        makeIssue(
          "duplicate_evaluation",
          path,
          {
            vi: `Đơn vị "${subject.id}" đã có kết quả kỳ "${period.id}" theo bộ tiêu chí "${framework.id}": bỏ qua kết quả lặp lại.`,
            en: `Unit "${subject.id}" already has an evaluation for period "${period.id}" under framework "${framework.id}": the repeat is left out.`,
          },
          "warning",
        ),
      );
      return;
    }
    const isExample = flagged === true;
    example ||= isExample;
    byPeriod.set(period.id, { evaluation, example: isExample, at: index });
    if (!group.periods.has(period.id))
      group.periods.set(period.id, { id: period.id, start: period.start, end: period.end });
    if (!units.has(subject.id))
      units.set(subject.id, { id: subject.id, name: subject.name ?? subject.id });
  });

  const frameworks: ReportFramework[] = [];
  // frameworks in the order they first appear in the input
  for (const group of groups.values()) {
    const framework = group.framework;
    const walk = walkNodes(framework.nodes);
    const titles = new Map<string, string>();
    const criteria: { id: string; title: string }[] = [];
    for (const [id, entry] of walk.byId) {
      const title = pick(entry.node.title, language) ?? id;
      titles.set(id, title);
      if (entry.node.kind === "criterion") criteria.push({ id, title });
    }
    const tierTitle = (tier: string) =>
      pick(framework.tiers?.find((candidate) => candidate.id === tier)?.title, language) ?? tier;
    const periods = [...group.periods.values()].sort(comparePeriods);
    const unitIds = [...group.byUnit.keys()].sort(codeUnitOrder);
    // the series of each unit is its trend (the order of periods is the trend's: end, start, id)
    // each evaluation sits at its input index (a sparse array), so the trend's issues (two periods of
    // the same days, overlapping periods) name the input's positions; they join the report's issues
    const trends = unitIds.map((unit) => {
      const positioned: Evaluation[] = [];
      for (const found of group.byUnit.get(unit)!.values()) positioned[found.at] = found.evaluation;
      const unitTrend = trend(positioned, { frameworks: [framework], subject: unit });
      for (const issue of unitTrend.issues) issues.push(issue);
      return unitTrend;
    });
    const series = trends.map((unitTrend) => {
      const byPeriod = new Map(unitTrend.series.map((point) => [point.period.id, point]));
      return periods.map((period) => {
        const point = byPeriod.get(period.id);
        return point === undefined ? null : pointOf(point);
      });
    });
    const regressions: ReportRegression[] = trends.flatMap((unitTrend, u) =>
      unitTrend.regressions.map((regression) => ({
        unit: unitIds[u]!,
        ...regression,
        tierLost:
          regression.kinds.includes("tier") && regression.tier.before !== null
            ? tierTitle(regression.tier.before)
            : null,
      })),
    );
    // every unit of the group has at least one evaluation, so the last period it has is found
    const latestEvaluations = unitIds.map((unit) => {
      const byPeriod = group.byUnit.get(unit)!;
      let found = byPeriod.get(periods[periods.length - 1]!.id);
      for (let p = periods.length - 2; found === undefined && p >= 0; p -= 1) {
        found = byPeriod.get(periods[p]!.id);
      }
      return found!;
    });
    const latest = latestEvaluations.map(({ evaluation, example: isExample }) =>
      latestOf(framework, evaluation, language, titles, isExample),
    );

    // the league table is `rank` by criteria met, competition ties ("1224"), then subject id
    const ranking = rank(
      latestEvaluations.map(({ evaluation }) => evaluation),
      { by: "count", ties: "competition", framework },
    );
    const league: ReportLeagueRow[] = ranking.rows.map((row) => ({
      rank: row.rank,
      unit: row.subject,
    }));

    const columnsOf = (ids: readonly string[]) => {
      const at = new Map(ids.map((criterion, index) => [criterion, index]));
      return criteria.map((criterion) => at.get(criterion.id));
    };
    let matrix: ReportMatrix;
    if (unitIds.length === 1) {
      // one unit: its periods × criteria, the statuses of its trend
      const unitTrend = trends[0]!;
      const statuses = new Map(
        (unitTrend.criteria ?? []).map((criterion) => [criterion.id, criterion.statuses]),
      );
      matrix = {
        rowsAre: "periods",
        rows: unitTrend.series.map((point) => ({ key: point.period.id, label: point.period.id })),
        cells: unitTrend.series.map((_, p) =>
          criteria.map((criterion) => statuses.get(criterion.id)?.[p] ?? null),
        ),
      };
    } else {
      // several units: `unitMatrix` of their latest evaluations, rows by subject id
      const unitsMatrix = unitMatrix(latestEvaluations.map(({ evaluation }) => evaluation));
      const columns = columnsOf(unitsMatrix.criteria);
      const names = new Map(
        latestEvaluations.map(({ evaluation }) => [
          evaluation.subject.id,
          evaluation.subject.name ?? evaluation.subject.id,
        ]),
      );
      matrix = {
        rowsAre: "units",
        rows: unitsMatrix.units.map((unit) => ({ key: unit, label: names.get(unit) ?? unit })),
        cells: unitsMatrix.cells.map((row) =>
          columns.map((column) => (column === undefined ? null : (row[column] ?? null))),
        ),
      };
    }

    frameworks.push({
      id: framework.id,
      version: framework.version,
      title: pick(framework.title, language) ?? framework.id,
      periods,
      criteria,
      units: unitIds.map((unit, u) => {
        const subject = latestEvaluations[u]!.evaluation.subject;
        return { id: unit, name: subject.name ?? unit };
      }),
      series,
      latest,
      league,
      regressions,
      matrix,
    });
  }

  if (only !== undefined && !units.has(only) && input.evaluations.length > 0) {
    issues.push(
      makeIssue("unknown_unit", ["unit"], {
        vi: `Không có kết quả đánh giá nào của đơn vị "${only}".`,
        en: `There is no evaluation of unit "${only}".`,
      }),
    );
  }
  if (input.evaluations.length === 0) {
    issues.push(
      makeIssue(
        "no_evaluations",
        ["evaluations"],
        {
          vi: "Không có kết quả đánh giá nào để báo cáo.",
          en: "There are no evaluations to report.",
        },
        "warning",
      ),
    );
  }

  return {
    language,
    units: [...units.values()].sort((a, b) => codeUnitOrder(a.id, b.id)),
    frameworks,
    review: input.review === undefined ? null : reviewData(input.review, issues, language),
    example,
    issues,
  };
}

function reviewData(
  review: ReportReview | ReportCohortReview,
  issues: FrameworkIssue[],
  language: ReportLanguage,
): ReportReviewData {
  if ("result" in review) return cohortReviewData(review, issues, language);
  const counts = new Map<string, number>();
  const ratings = review.ratings.map((rating) => ({
    id: rating.id,
    title: rating.title ?? rating.id,
  }));
  for (const rating of ratings) counts.set(rating.id, 0);
  const units = [...review.units]
    .map((row) => ({
      unit: row.unit,
      rating: row.rating,
      demotedFrom: row.demotedFrom ?? null,
      notes: [] as string[],
    }))
    .sort((a, b) => codeUnitOrder(a.unit, b.unit));
  units.forEach((row) => {
    const count = counts.get(row.rating);
    if (count === undefined) {
      issues.push(
        makeIssue("unknown_rating", ["review", "units"], {
          vi: `Đơn vị "${row.unit}" được xếp "${row.rating}", không có trong danh sách mức xếp loại.`,
          en: `Unit "${row.unit}" is rated "${row.rating}", which is not in the list of ratings.`,
        }),
      );
      return;
    }
    counts.set(row.rating, count + 1);
  });
  const quota = review.quota;
  return {
    title: null,
    ratings: ratings.map((rating) => ({ ...rating, count: counts.get(rating.id) ?? 0 })),
    units,
    notRated: 0,
    quotas:
      quota === undefined
        ? []
        : [
            {
              rating: quota.rating,
              of: [quota.relativeTo],
              group: null,
              maxPercent: quota.maxPercent,
              allowed: quota.allowed,
              count: counts.get(quota.rating) ?? 0,
              base: counts.get(quota.relativeTo) ?? 0,
              kept: (counts.get(quota.rating) ?? 0) <= quota.allowed,
            },
          ],
  };
}

/** A `reviewCohort` result as the report shows it; its issues join the report's under `review`. */
function cohortReviewData(
  review: ReportCohortReview,
  issues: FrameworkIssue[],
  language: ReportLanguage,
): ReportReviewData {
  const { result, definition } = review;
  for (const issue of result.issues) issues.push({ ...issue, path: ["review", ...issue.path] });
  const declared = new Map(definition.ratings.map((rating) => [rating.id, rating]));
  const finals = new Map(result.counts.map((count) => [count.rating, count.final]));
  const title = `${pick(definition.title, language) ?? definition.id} (${definition.id} ${definition.version})`;
  return {
    title: review.period === undefined ? title : `${title} — ${review.period}`,
    ratings: result.ratings.map((id) => ({
      id,
      title: pick(declared.get(id)?.title, language) ?? id,
      count: finals.get(id) ?? 0,
    })),
    units: result.units.map((unit) => ({
      unit: unit.subject,
      rating: unit.rating,
      demotedFrom: unit.steps.some((step) => step.code === "moved_down_by_quota")
        ? unit.initial
        : null,
      notes: unit.steps.map((step) => step.messages[language]),
    })),
    notRated: result.notRated,
    quotas: result.quotas.map((outcome) => {
      const quota = definition.quotas?.[outcome.quota];
      return {
        rating: outcome.rating,
        of: quota?.of ?? [],
        group: outcome.group,
        maxPercent: quota?.maxPercent ?? 0,
        allowed: outcome.allowed,
        count: outcome.count,
        base: outcome.base,
        kept: outcome.count <= outcome.allowed,
      };
    }),
  };
}
