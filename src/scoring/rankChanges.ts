import type { Assessment } from "../assessment/schema.js";
import { exact, sub, toNumber } from "../core/exact.js";
import type { Framework, Labels, NodeKind } from "../framework/schema.js";
import { changeCandidates, meetInFull, tierRank } from "./changes.js";
import { compileFramework } from "./compileFramework.js";
import type { EvaluationContext, EvaluationSummary } from "./types.js";

/** Options of `rankChanges`. */
export interface RankChangesOptions {
  /** Keep only the first `limit` changes (a non-negative integer); default all. */
  readonly limit?: number | undefined;
  /** Node kinds that may change; default `["criterion", "indicator"]`. */
  readonly kinds?: readonly NodeKind[] | undefined;
  /**
   * Whether a disqualifying node ("điểm liệt") may become met; default false, because its failure is
   * usually an event of the period that meeting criteria cannot undo.
   */
  readonly includeDisqualifying?: boolean | undefined;
}

/** The figures compared before and after a change. */
export interface ChangeOutcome {
  /** Criteria met (the "31" of "31/34"). */
  readonly count: number;
  /** Points earned, when the framework has points. */
  readonly points?: number | undefined;
  /** The score's value, or null when unscorable. */
  readonly score: number | null;
  readonly tier: string | null;
}

/** One change — one node met in full — and its effect. */
export interface RankedChange {
  readonly node: string;
  readonly kind: NodeKind;
  readonly title: Labels;
  readonly before: ChangeOutcome;
  readonly after: ChangeOutcome;
  /** after − before, exact; `score` is null when either side is unscorable. */
  readonly delta: {
    readonly count: number;
    readonly points: number;
    readonly score: number | null;
  };
  readonly tierChanged: boolean;
}

function outcome(summary: EvaluationSummary): ChangeOutcome {
  const score = summary.score.status === "scored" ? summary.score.value : null;
  return summary.points === undefined
    ? { count: summary.count.met, score, tier: summary.tier }
    : { count: summary.count.met, points: summary.points.earned, score, tier: summary.tier };
}

/** after − before on the decimals the two numbers print as, so 0.3 − 0.1 is 0.2. */
function difference(after: number, before: number): number {
  return toNumber(sub(exact(after), exact(before)));
}

/**
 * Ranks the single changes that help most: for every applicable criterion and indicator not yet met in
 * full, the assessment is re-evaluated with that one node met, and the changes are ranked by the tier
 * reached (higher first), then the change in score, in points and in criteria met (larger first), then
 * framework order.
 *
 * "Met" is an entry `status: "met"` override — the assessor's verdict, which overrides the node's rule —
 * so it models "the criterion gets met", not any particular value. A node whose points are entered by
 * the assessor (`earn: "entered"`) also gets its maximum, and such a node is a candidate while it earns
 * less than that even if it is met (LEED credits, QĐ 25 points). Points earned from a value (`bands`,
 * `goalposts`) and normalised scores do not move, because no value is invented. Not-applicable nodes and,
 * unless `includeDisqualifying`, disqualifying nodes are never candidates. The framework is compiled
 * once and each candidate costs one `summarize`.
 *
 * @param framework - A parsed framework.
 * @param assessment - A parsed assessment of it; never mutated.
 * @param context - The evaluation context, as for `evaluate`.
 * @param options - `limit`, `kinds`, `includeDisqualifying`.
 * @returns The changes, best first.
 * @throws {RangeError} When `limit` is not a non-negative integer.
 * @example
 * // Nghi Hương, 26/4/2023, QĐ 9745: 31 of 34 met
 * rankChanges(qd9745, nghiHuong).map((change) => [change.node, change.after.count])
 * //=> [["tc9", 32], ["tc17", 32], ["tc28", 32]]
 * @category Scoring
 */
export function rankChanges(
  framework: Framework,
  assessment: Assessment,
  context?: EvaluationContext,
  options: RankChangesOptions = {},
): readonly RankedChange[] {
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new RangeError(`rankChanges: limit must be a non-negative integer, got ${limit}`);
  }
  const compiled = compileFramework(framework);
  const evaluation = compiled.evaluate(assessment, context);
  const before = outcome({
    count: evaluation.count,
    points: evaluation.points,
    score: evaluation.score,
    tier: evaluation.tier,
  });
  const candidates = changeCandidates(framework, assessment, evaluation, options);
  const ranked = candidates.map((candidate) => {
    const after = outcome(compiled.summarize(meetInFull(assessment, [candidate.node]), context));
    const change: RankedChange = {
      node: candidate.id,
      kind: candidate.node.kind,
      title: candidate.node.title,
      before,
      after,
      delta: {
        count: after.count - before.count,
        points: difference(after.points ?? 0, before.points ?? 0),
        score:
          after.score === null || before.score === null
            ? null
            : difference(after.score, before.score),
      },
      tierChanged: after.tier !== before.tier,
    };
    return { change, order: candidate.order, rank: tierRank(framework, after.tier) };
  });
  ranked.sort(
    (a, b) =>
      b.rank - a.rank ||
      (b.change.delta.score ?? 0) - (a.change.delta.score ?? 0) ||
      b.change.delta.points - a.change.delta.points ||
      b.change.delta.count - a.change.delta.count ||
      a.order - b.order,
  );
  const changes = ranked.map((entry) => entry.change);
  return limit === undefined ? changes : changes.slice(0, limit);
}
