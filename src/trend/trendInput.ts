import type { Period, Subject } from "../assessment/schema.js";
import { isIsoDate } from "../core/dates.js";
import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import type { Count, NodeResult, PointsResult, Score } from "../scoring/types.js";

/**
 * What `trend` reads of one period: an `Evaluation` is one, and so is the bulk path's lighter record,
 * a `summarize` result with `framework`, `subject` and `period` attached. Without `nodes` the
 * per-criterion parts of a trend (first met, streaks, criteria lost, indicator growth) are
 * unavailable; the series, the changes, the count and tier regressions and the projection are not.
 */
export interface TrendInput {
  readonly framework: { readonly id: string; readonly version: string };
  readonly subject: Subject;
  readonly period: Period;
  readonly count: Count;
  readonly points?: PointsResult | undefined;
  readonly score: Score;
  readonly tier: string | null;
  /** Node results (an `Evaluation`'s); absent on a summary. */
  readonly nodes?: readonly NodeResult[] | undefined;
}

/** An input checked for the fields a trend reads, with its position in the caller's array. */
export interface CheckedInput {
  readonly input: TrendInput;
  readonly at: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Days already found valid: a trend over many units checks the same period days again and again. */
const validDays = new Set<string>();

function isDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  if (validDays.has(value)) return true;
  if (!isIsoDate(value)) return false;
  if (validDays.size >= 4096) validDays.clear();
  validDays.add(value);
  return true;
}

const isCount = (value: unknown): boolean =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/**
 * Checks the fields a trend or a roll-up reads: framework id and version, subject id, a period with an
 * id and valid `YYYY-MM-DD` days (start not after end), whole non-negative counts (met ≤ applicable),
 * a score, a tier. Returns the issue for a record that fails, or `null`.
 *
 * @internal
 */
export function checkTrendInput(
  value: unknown,
  path: readonly (string | number)[],
): FrameworkIssue | null {
  const bad = (where: string, vi: string, en: string): FrameworkIssue =>
    makeIssue("trend_invalid_input", [...path, ...where.split(".").filter((p) => p !== "")], {
      vi: `${[...path, where].join(".")}: ${vi}; bản ghi này không được dùng`,
      en: `${[...path, where].join(".")}: ${en}; this record is not used`,
    });
  if (!isRecord(value)) return bad("", "không phải một kết quả chấm", "not an evaluation");
  const framework = value.framework;
  if (
    !isRecord(framework) ||
    typeof framework.id !== "string" ||
    typeof framework.version !== "string"
  ) {
    return bad("framework", "thiếu mã hoặc phiên bản bộ tiêu chí", "no framework id or version");
  }
  if (!isRecord(value.subject) || typeof value.subject.id !== "string") {
    return bad("subject", "thiếu mã đơn vị", "no subject id");
  }
  const period = value.period;
  if (
    !isRecord(period) ||
    typeof period.id !== "string" ||
    period.id === "" ||
    !isDay(period.start) ||
    !isDay(period.end) ||
    period.start > period.end
  ) {
    return bad(
      "period",
      "kỳ đánh giá không hợp lệ (cần mã kỳ, ngày bắt đầu và ngày kết thúc có thật, bắt đầu không sau kết thúc)",
      "invalid period (needs an id and real start and end days, the start not after the end)",
    );
  }
  const count = value.count;
  if (
    !isRecord(count) ||
    !isCount(count.met) ||
    !isCount(count.applicable) ||
    (count.met as number) > (count.applicable as number)
  ) {
    return bad(
      "count",
      "số tiêu chí đạt / áp dụng không hợp lệ",
      "invalid criteria counts (met and applicable must be whole numbers, met ≤ applicable)",
    );
  }
  const score = value.score;
  if (
    !isRecord(score) ||
    (score.status === "scored" &&
      !(
        Number.isFinite(score.value) &&
        Number.isFinite(score.max) &&
        Number.isFinite(score.percent)
      )) ||
    (score.status !== "scored" && score.status !== "unscorable")
  ) {
    return bad("score", "điểm không hợp lệ", "invalid score");
  }
  if (value.tier !== null && typeof value.tier !== "string") {
    return bad("tier", "mức đạt không hợp lệ", "invalid tier");
  }
  if (value.points !== undefined) {
    const points = value.points;
    if (!isRecord(points) || !Number.isFinite(points.earned) || !Number.isFinite(points.possible)) {
      return bad("points", "điểm đạt / điểm tối đa không hợp lệ", "invalid points");
    }
  }
  if (
    value.nodes !== undefined &&
    (!Array.isArray(value.nodes) ||
      !value.nodes.every(
        (node: unknown) =>
          isRecord(node) &&
          typeof node.id === "string" &&
          typeof node.kind === "string" &&
          typeof node.status === "string",
      ))
  ) {
    return bad("nodes", "danh sách kết quả từng mục không hợp lệ", "invalid node results");
  }
  return null;
}
