import { type Exact, toNumber } from "../core/exact.js";
import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import type { TierResult } from "../scoring/types.js";
import type { TrendInput } from "../trend/trendInput.js";

/**
 * One unit's result as the cross-unit functions read it: a full `Evaluation`, or the bulk path's lighter
 * record — a `summarize` result (`count`, `points`, `score`, `tier`) with the `framework`, `subject` and
 * `period` attached. `nodes` and `tiers` are only in full evaluations; the parts that need them (the
 * unit × criterion matrix, systemic gaps, closest to recognition) report `needs_full_evaluation` for a
 * record without them, and the rest works.
 */
export interface UnitEvaluation extends TrendInput {
  /** Tier results (an `Evaluation`'s); absent on a summary. */
  readonly tiers?: readonly TierResult[] | undefined;
}

/** A subject attribute that forms peer groups. */
export type PeerGroupKey = "region" | "parent" | "kind" | "class";

/** A number and the exact rational it stands for (`"7"`, `"100/3"`), as in `diffEvaluations`. */
export interface ExactValue {
  readonly value: number;
  /** An integer or `n/d` in lowest terms. */
  readonly exact: string;
}

/**
 * An exact number as a number and its exact text.
 *
 * @param x - An exact value.
 * @returns `{ value, exact }`.
 * @example
 * exactValue(rational(650n, 7n))
 * //=> { value: 92.85714285714286, exact: "650/7" }
 * @category Internal
 */
export function exactValue(x: Exact): ExactValue {
  return { value: toNumber(x), exact: typeof x === "number" ? String(x) : `${x.n}/${x.d}` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether an input item has the fields every cross-unit function reads: a framework id and version, a
 * subject with a string id, a period, finite counts and a score. Returns the issue when it has not.
 *
 * @param value - An input item.
 * @param path - Where it is, for the issue.
 * @returns Null, or an `invalid_unit` issue.
 * @example
 * checkUnit(null, ["units", 4])?.code
 * //=> "invalid_unit"
 * @category Internal
 */
export function checkUnit(
  value: unknown,
  path: readonly (string | number)[],
): FrameworkIssue | null {
  const problem = unitProblem(value);
  if (problem === null) return null;
  return makeIssue("invalid_unit", path, {
    vi: `Mục ${formatAt(path)} không phải kết quả đánh giá của một đơn vị: ${PROBLEMS[problem].vi}`,
    en: `Item ${formatAt(path)} is not a unit's evaluation: ${PROBLEMS[problem].en}`,
  });
}

const PROBLEMS = {
  object: { vi: "không phải đối tượng", en: "not an object" },
  framework: { vi: "thiếu mã và phiên bản bộ tiêu chí", en: "no framework id and version" },
  subject: { vi: "thiếu mã đơn vị", en: "no subject id" },
  period: { vi: "thiếu kỳ đánh giá", en: "no period" },
  count: { vi: "thiếu số tiêu chí đạt", en: "no criteria count" },
  score: { vi: "thiếu điểm", en: "no score" },
  scoreValue: { vi: "điểm không phải số hữu hạn", en: "a score that is not a finite number" },
  tier: { vi: "thiếu mức", en: "no tier" },
  points: { vi: "điểm số không phải số hữu hạn", en: "points that are not a finite number" },
  nodes: { vi: "danh sách mục không phải mảng", en: "nodes that are not a list" },
  tiers: { vi: "danh sách mức không phải mảng", en: "tiers that are not a list" },
} as const;

/** What is wrong with an input item, or null (no allocation on the good path). */
function unitProblem(value: unknown): keyof typeof PROBLEMS | null {
  if (!isRecord(value)) return "object";
  const framework = value.framework;
  if (
    !isRecord(framework) ||
    typeof framework.id !== "string" ||
    typeof framework.version !== "string"
  ) {
    return "framework";
  }
  const subject = value.subject;
  if (!isRecord(subject) || typeof subject.id !== "string" || subject.id === "") return "subject";
  const period = value.period;
  if (!isRecord(period) || typeof period.id !== "string") return "period";
  const count = value.count;
  if (
    !isRecord(count) ||
    !Number.isSafeInteger(count.met) ||
    !Number.isSafeInteger(count.applicable) ||
    !Number.isSafeInteger(count.notMet)
  ) {
    return "count";
  }
  const score = value.score;
  if (!isRecord(score) || (score.status !== "scored" && score.status !== "unscorable"))
    return "score";
  if (
    score.status === "scored" &&
    (!Number.isFinite(score.value) || !Number.isFinite(score.max) || !((score.max as number) > 0))
  ) {
    return "scoreValue";
  }
  if (value.tier !== null && typeof value.tier !== "string") return "tier";
  const points = value.points;
  if (points !== undefined && (!isRecord(points) || !Number.isFinite(points.earned)))
    return "points";
  if (value.nodes !== undefined && !Array.isArray(value.nodes)) return "nodes";
  if (value.tiers !== undefined && !Array.isArray(value.tiers)) return "tiers";
  return null;
}

function formatAt(path: readonly (string | number)[]): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

/**
 * Checks a cohort: every item must be a unit's evaluation of one framework (id and version: the given
 * one, or the first valid item's), and each subject may appear once. Bad items, items of another
 * framework and every copy of a duplicated subject are left out, each with an issue; which copy would be
 * kept is not guessed, so the outcome does not depend on the input order.
 *
 * @param units - The input list.
 * @param expected - The framework required, if any.
 * @param root - The first path segment of issues (`"units"`).
 * @returns The admitted units (in input order), the framework and the issues.
 * @example
 * admitUnits([a, a], undefined, "units").issues.map((i) => i.code)
 * //=> ["duplicate_subject", "duplicate_subject"]
 * @category Internal
 */
export function admitUnits(
  units: readonly unknown[],
  expected: { readonly id: string; readonly version: string } | undefined,
  root: string,
): {
  readonly units: readonly UnitEvaluation[];
  readonly framework: { readonly id: string; readonly version: string } | null;
  readonly issues: FrameworkIssue[];
} {
  const issues: FrameworkIssue[] = [];
  if (!Array.isArray(units)) {
    issues.push(
      makeIssue("invalid_unit", [root], {
        vi: "Cần một danh sách kết quả đánh giá của các đơn vị",
        en: "Expected a list of units' evaluations",
      }),
    );
    return { units: [], framework: expected ?? null, issues };
  }
  let framework = expected ?? null;
  const valid: UnitEvaluation[] = [];
  const positions: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const issue = checkUnit(units[i], [root, i]);
    if (issue !== null) {
      issues.push(issue);
      continue;
    }
    const unit = units[i] as UnitEvaluation;
    if (framework === null) framework = { id: unit.framework.id, version: unit.framework.version };
    if (unit.framework.id !== framework.id || unit.framework.version !== framework.version) {
      issues.push(
        makeIssue("framework_mismatch", [root, i, "framework"], {
          vi: `Đơn vị "${unit.subject.id}" được đánh giá theo ${unit.framework.id} ${unit.framework.version}, không phải ${framework.id} ${framework.version}; đã bỏ qua`,
          en: `Unit "${unit.subject.id}" was evaluated against ${unit.framework.id} ${unit.framework.version}, not ${framework.id} ${framework.version}; left out`,
        }),
      );
      continue;
    }
    valid.push(unit);
    positions.push(i);
  }
  const seen = new Map<string, number>();
  for (const unit of valid) seen.set(unit.subject.id, (seen.get(unit.subject.id) ?? 0) + 1);
  if (seen.size === valid.length) return { units: valid, framework, issues };
  const admitted: UnitEvaluation[] = [];
  for (let v = 0; v < valid.length; v++) {
    const unit = valid[v]!;
    const index = positions[v]!;
    if ((seen.get(unit.subject.id) ?? 0) > 1) {
      issues.push(
        makeIssue("duplicate_subject", [root, index, "subject", "id"], {
          vi: `Đơn vị "${unit.subject.id}" xuất hiện ${seen.get(unit.subject.id)} lần; không biết giữ kết quả nào nên bỏ qua cả ${seen.get(unit.subject.id)}`,
          en: `Unit "${unit.subject.id}" appears ${seen.get(unit.subject.id)} times; which result holds is unknown, so all ${seen.get(unit.subject.id)} are left out`,
        }),
      );
      continue;
    }
    admitted.push(unit);
  }
  return { units: admitted, framework, issues };
}

/**
 * The unit's peer group under `key`, or null when its subject has no such attribute.
 *
 * @param unit - A unit.
 * @param key - The subject attribute.
 * @returns The group id or null.
 * @example
 * groupOf(ward, "parent")
 * //=> "cua-lo"
 * @category Internal
 */
export function groupOf(unit: UnitEvaluation, key: PeerGroupKey | undefined): string | null {
  if (key === undefined) return null;
  const value = unit.subject[key];
  return typeof value === "string" ? value : null;
}
