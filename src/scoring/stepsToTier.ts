import type { Assessment } from "../assessment/schema.js";
import { ruleReads, TIER_CONDITIONS } from "../framework/kinds/index.js";
import type { Framework, NodeKind, Tier } from "../framework/schema.js";
import { type Candidate, changeCandidates, meetInFull, nodesById } from "./changes.js";
import { compileFramework } from "./compileFramework.js";
import { summaryOf } from "./summaryOf.js";
import type {
  CompiledFramework,
  ConditionResult,
  Evaluation,
  EvaluationContext,
  EvaluationSummary,
} from "./types.js";

/** Options of `stepsToTier`. */
export interface StepsToTierOptions {
  /** Node kinds that may change; default `["criterion", "indicator"]`. */
  readonly kinds?: readonly NodeKind[] | undefined;
  /** Whether a disqualifying node ("điểm liệt") may become met; default false. */
  readonly includeDisqualifying?: boolean | undefined;
  /**
   * How many candidate sets may be tried to prove that no smaller set exists (default 2000). Past
   * it the answer is the greedy one, with `exact: false`.
   */
  readonly searchLimit?: number | undefined;
  /**
   * How much evaluating the search may do, in node evaluations (one full evaluation of an assessment
   * costs the framework's node count); default 2 000 000. Past it the search stops improving the answer
   * it has — every candidate left is taken, pruning and the proof stop — and returns it with
   * `exact: false`: a set that reaches the tier, perhaps not the smallest.
   */
  readonly budget?: number | undefined;
}

/** A tier condition that still fails, with the tier it belongs to. */
export interface FailingCondition {
  readonly tier: string;
  readonly condition: ConditionResult;
}

/** The result of `stepsToTier`. */
export type TierSteps =
  | {
      readonly status: "reached";
      readonly tier: string;
      readonly before: EvaluationSummary;
    }
  | {
      readonly status: "reachable";
      readonly tier: string;
      /** The nodes to meet, in framework order. */
      readonly nodes: readonly string[];
      /** True when no smaller set reaches the tier (see the function's notes for what is searched). */
      readonly exact: boolean;
      readonly before: EvaluationSummary;
      /** The summary once `nodes` are met. */
      readonly after: EvaluationSummary;
    }
  | {
      readonly status: "unreachable";
      readonly tier: string;
      readonly reason: "unknown_tier" | "not_reachable_by_meeting_nodes";
      /** The conditions of the tier (and its prerequisite tiers) that fail even with every candidate met. */
      readonly failing: readonly FailingCondition[];
      readonly before: EvaluationSummary;
    };

const DEFAULT_SEARCH_LIMIT = 2000;
const DEFAULT_BUDGET = 2_000_000;

/** Whether the tier's conditions hold (its prerequisite tiers included). */
function achieved(evaluation: Evaluation, tier: string): boolean {
  return evaluation.tiers.find((t) => t.id === tier)?.achieved === true;
}

/** The tier and, transitively, the tiers it requires, in the order first reached. */
function tierChain(tiers: readonly Tier[], target: Tier): string[] {
  const chain: string[] = [target.id];
  for (let i = 0; i < chain.length; i++) {
    const tier = tiers.find((t) => t.id === chain[i]);
    for (const condition of tier?.conditions ?? []) {
      if (condition.type === "tier" && !chain.includes(condition.tier)) chain.push(condition.tier);
    }
  }
  return chain;
}

function failingConditions(evaluation: Evaluation, chain: readonly string[]): FailingCondition[] {
  const failing: FailingCondition[] = [];
  for (const id of chain) {
    const result = evaluation.tiers.find((t) => t.id === id);
    for (const condition of result?.conditions ?? []) {
      if (!condition.met) failing.push({ tier: id, condition });
    }
  }
  return failing;
}

/** How far an evaluation is from the tier: failing conditions, then their summed shortfall. */
function distance(evaluation: Evaluation, chain: readonly string[]): [number, number] {
  const failing = failingConditions(evaluation, chain);
  let short = 0;
  for (const { condition } of failing) short += condition.shortBy ?? 0;
  return [failing.length, short];
}

function closer(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Calls `visit` with every k-subset of `items` (lexicographic), until it returns true. */
function someSubset<T>(items: readonly T[], k: number, visit: (subset: T[]) => boolean): boolean {
  const picked: number[] = [];
  const step = (from: number): boolean => {
    if (picked.length === k) return visit(picked.map((i) => items[i]!));
    for (let i = from; i <= items.length - (k - picked.length); i++) {
      picked.push(i);
      if (step(i + 1)) return true;
      picked.pop();
    }
    return false;
  };
  return step(0);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * Finds the smallest set of nodes whose becoming met reaches a tier — "3 criteria left for recognition:
 * tc9, tc17, tc28" — or says why no such set exists.
 *
 * A change is the same as in `rankChanges`: a node is met in full (an entry `status: "met"`, plus its
 * maximum where points are entered), never given a particular value. A tier counts as reached when its
 * conditions hold, prerequisite tiers included (in a ladder of tiers, where each needs the one below or a
 * lower threshold, that is being classified at it or higher). Some conditions cannot be fixed this way: another framework's
 * outcome, a disqualifier (unless `includeDisqualifying`), points earned from values, nodes that do not
 * apply; the answer is then `unreachable` with the conditions that still fail when every candidate is met.
 *
 * The search: the unmet nodes that the tier names (`allMet`, `mandatoryMet`, `nodesMet`, also through
 * prerequisite tiers) are required; `minCount` shortfalls are filled with the unmet criteria of its list
 * that earn the most points (then framework order); remaining points, percent, score and per-group share
 * conditions are filled greedily, each step taking the node that leaves the fewest failing conditions and
 * then the smallest summed shortfall; nodes that turn out unnecessary are dropped. Greedy by points is a
 * minimum when the nodes' gains simply add up (always so for one point each). `exact` is true when the
 * answer is proven smallest: for count-only tiers when no single change can stand in for two required
 * nodes or count twice, otherwise by trying every smaller set (at most `searchLimit` sets); `false` means
 * a good answer that was not proven.
 *
 * @param framework - A parsed framework.
 * @param assessment - A parsed assessment of it; never mutated.
 * @param tierId - The tier to reach.
 * @param context - The evaluation context, as for `evaluate`.
 * @param options - `kinds`, `includeDisqualifying`, `searchLimit`.
 * @returns `reached`, `reachable` with the nodes (framework order) and the summary after, or `unreachable`.
 * @example
 * // Nghi Hương, 26/4/2023, QĐ 9745: 31 of 34 met
 * stepsToTier(qd9745, nghiHuong, "dien_hinh")
 * //=> { status: "reachable", tier: "dien_hinh", nodes: ["tc9", "tc17", "tc28"], exact: true, before: {…}, after: {…} }
 * @category Scoring
 */
export function stepsToTier(
  framework: Framework,
  assessment: Assessment,
  tierId: string,
  context?: EvaluationContext,
  options: StepsToTierOptions = {},
): TierSteps {
  const compiled = compileFramework(framework);
  const evaluation = compiled.evaluate(assessment, context);
  const before = summaryOf(evaluation);
  const tiers = framework.tiers ?? [];
  const target = tiers.find((t) => t.id === tierId);
  if (target === undefined) {
    return {
      status: "unreachable",
      tier: tierId,
      reason: "unknown_tier",
      failing: [],
      before,
    };
  }
  if (achieved(evaluation, tierId)) {
    return { status: "reached", tier: tierId, before };
  }

  const chain = tierChain(tiers, target);
  const candidates = changeCandidates(framework, assessment, evaluation, options);
  const search = new StepSearch(
    compiled,
    assessment,
    context,
    tierId,
    options.budget ?? DEFAULT_BUDGET,
  );

  if (!search.reaches(candidates)) {
    const all = compiled.evaluate(meetInFull(assessment, nodesOf(candidates)), context);
    const failing = failingConditions(all, chain);
    return {
      status: "unreachable",
      tier: tierId,
      reason: "not_reachable_by_meeting_nodes",
      failing,
      before,
    };
  }

  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const required = new Set<string>();
  for (const { condition } of failingConditions(evaluation, chain)) {
    if (!TIER_CONDITIONS[condition.type].namesNodes || !Array.isArray(condition.actual)) continue;
    for (const id of condition.actual as readonly string[]) if (byId.has(id)) required.add(id);
  }
  const chosen: Candidate[] = candidates.filter((candidate) => required.has(candidate.id));
  const countChain = failingConditions(evaluation, chain).every(
    (failing) => TIER_CONDITIONS[failing.condition.type].countsNodes,
  );
  let countOnly = true;

  if (!search.reaches(chosen)) {
    // minCount: any unmet criteria of its list will do; prefer those that also earn the most points.
    const gains = new Map<string, number>();
    const gain = (candidate: Candidate): number => {
      let found = gains.get(candidate.id);
      if (found === undefined) {
        found = search.summarize([candidate]).points?.earned ?? 0;
        gains.set(candidate.id, found);
      }
      return found;
    };
    const current = compiled.evaluate(meetInFull(assessment, nodesOf(chosen)), context);
    for (const id of chain) {
      const tier = tiers.find((t) => t.id === id);
      const result = current.tiers.find((t) => t.id === id);
      tier?.conditions.forEach((condition, position) => {
        const outcome = result?.conditions[position];
        if (condition.type !== "minCount" || outcome === undefined || outcome.met) return;
        const inList = (candidate: Candidate): boolean =>
          condition.of === undefined
            ? candidate.node.kind === "criterion"
            : condition.of.includes(candidate.id);
        const pool = candidates
          .filter((candidate) => inList(candidate) && !chosen.includes(candidate))
          .sort((a, b) => gain(b) - gain(a) || a.order - b.order);
        for (const candidate of pool.slice(0, outcome.shortBy ?? 0)) chosen.push(candidate);
      });
    }
  }

  if (!search.reaches(chosen) && pointsOnly(evaluation, chain)) {
    // Points tiers are knapsack-shaped and every candidate costs one step: take the candidates that
    // earn the most on their own first, and the shortest such prefix that reaches the tier (found by
    // bisection, as meeting more never earns less). Linear in evaluations instead of the cubic search
    // below, which stays the fallback when no prefix reaches.
    countOnly = false;
    const gainOf = new Map<Candidate, number>();
    for (const candidate of candidates) {
      if (!chosen.includes(candidate)) {
        gainOf.set(candidate, search.summarize([...chosen, candidate]).points?.earned ?? 0);
      }
    }
    const pool = [...gainOf.keys()].sort(
      (a, b) => gainOf.get(b)! - gainOf.get(a)! || a.order - b.order,
    );
    const withPrefix = (k: number): Candidate[] => chosen.concat(pool.slice(0, k));
    if (search.reaches(withPrefix(pool.length))) {
      let low = 0;
      let high = pool.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (search.reaches(withPrefix(middle))) high = middle;
        else low = middle + 1;
      }
      for (const candidate of pool.slice(0, low)) chosen.push(candidate);
    }
  }

  if (!search.reaches(chosen)) {
    countOnly = false;
    let current = distance(search.evaluate(chosen), chain);
    while (!search.reaches(chosen)) {
      if (search.spent()) {
        // Out of budget: take every candidate left (they reach the tier, checked above) and stop.
        for (const candidate of candidates) if (!chosen.includes(candidate)) chosen.push(candidate);
        break;
      }
      let best: { candidate: Candidate; distance: [number, number]; reached: boolean } | undefined;
      for (const candidate of candidates) {
        if (chosen.includes(candidate)) continue;
        const trial = search.evaluate([...chosen, candidate]);
        const reached = achieved(trial, tierId);
        const d = distance(trial, chain);
        if (
          best === undefined ||
          (reached && !best.reached) ||
          (reached === best.reached && closer(d, best.distance))
        ) {
          best = { candidate, distance: d, reached };
        }
      }
      if (best === undefined) break;
      if (!best.reached && !closer(best.distance, current)) {
        // No single node moves closer (gains that only come in pairs): take them all, then prune.
        for (const candidate of candidates) if (!chosen.includes(candidate)) chosen.push(candidate);
        break;
      }
      chosen.push(best.candidate);
      current = best.distance;
    }
  }

  // Drop what turned out unnecessary: latest picks first, then required nodes that another chosen node
  // meets through a rule (a criterion whose only unmet indicator is chosen too).
  for (const pass of [false, true]) {
    for (let i = chosen.length - 1; i >= 0 && !search.spent(); i--) {
      if (required.has(chosen[i]!.id) !== pass) continue;
      const without = chosen.filter((_, position) => position !== i);
      if (search.reaches(without)) chosen.splice(i, 1);
    }
  }

  const reads = candidateReads(framework, candidates);
  const base = chosen.filter((candidate) => required.has(candidate.id));
  const extra = chosen.length - base.length;
  const limit = options.searchLimit ?? DEFAULT_SEARCH_LIMIT;
  let result = chosen;
  let exact = false;
  if (search.spent()) {
    // The budget ran out while improving the answer: it reaches the tier but is not proven smallest.
  } else if (countChain) {
    // Each kept required node needs one change among itself and the candidates its rule reads. When
    // those sets are disjoint and hold no criterion, and no criterion reads a candidate, no change can
    // stand in for two required nodes or count twice: the required nodes plus the minCount fill is a
    // minimum.
    const seen = new Set<string>();
    let disjoint = true;
    for (const candidate of base) {
      for (const id of reads.get(candidate.id) ?? []) {
        if (byId.get(id)?.node.kind === "criterion") disjoint = false;
      }
      for (const id of [candidate.id, ...(reads.get(candidate.id) ?? [])]) {
        if (seen.has(id)) disjoint = false;
        seen.add(id);
      }
    }
    const independentCriteria = candidates.every(
      (candidate) =>
        candidate.node.kind !== "criterion" || (reads.get(candidate.id)?.length ?? 0) === 0,
    );
    exact = countOnly && disjoint && independentCriteria;
  } else if (base.every((candidate) => (reads.get(candidate.id)?.length ?? 0) === 0)) {
    // Every kept required node can only be met by itself, so any answer holds them all: trying every
    // smaller set of the others is a proof.
    const pool = candidates.filter((candidate) => !base.includes(candidate));
    let sets = 0;
    for (let k = 0; k < extra; k++) sets += binomial(pool.length, k);
    if (sets <= limit) {
      exact = true;
      for (let k = 0; k < extra; k++) {
        const found = someSubset(pool, k, (subset) => {
          if (search.spent()) {
            exact = false;
            return true;
          }
          if (!search.reaches([...base, ...subset])) return false;
          result = [...base, ...subset];
          return true;
        });
        if (found) break;
      }
    }
  }

  if (!exact && !search.spent()) {
    // Required nodes that could stand in for each other, or a greedy answer not proven: when every
    // smaller set of candidates fits in the limit, try them all.
    let sets = 0;
    for (let k = 0; k < result.length; k++) sets += binomial(candidates.length, k);
    if (sets <= limit) {
      exact = true;
      for (let k = 0; k < result.length; k++) {
        const found = someSubset(candidates, k, (subset) => {
          if (search.spent()) {
            exact = false;
            return true;
          }
          if (!search.reaches(subset)) return false;
          result = subset;
          return true;
        });
        if (found) break;
      }
    }
  }

  const nodes = [...result].sort((a, b) => a.order - b.order);
  return {
    status: "reachable",
    tier: tierId,
    nodes: nodes.map((candidate) => candidate.id),
    exact,
    before,
    after: search.summarize(nodes),
  };
}

/** Per candidate: the other candidates its rule reads, directly or through the nodes it reads. */
function candidateReads(
  framework: Framework,
  candidates: readonly Candidate[],
): Map<string, string[]> {
  const byId = nodesById(framework);
  const isCandidate = new Set(candidates.map((candidate) => candidate.id));
  const direct = (id: string): readonly string[] => {
    const node = byId.get(id);
    if (node === undefined) return [];
    // Only what the judgement reads by status: a `{ node }` target reads a value, which meeting does not change.
    return ruleReads(node, framework).flatMap((read) => (read.via === "status" ? [read.to] : []));
  };
  const reads = new Map<string, string[]>();
  for (const candidate of candidates) {
    const found = new Set<string>();
    const stack = [...direct(candidate.id)];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (found.has(id) || id === candidate.id) continue;
      found.add(id);
      for (const next of direct(id)) stack.push(next);
    }
    reads.set(
      candidate.id,
      [...found].filter((id) => isCandidate.has(id)),
    );
  }
  return reads;
}

function nodesOf(candidates: readonly Candidate[]) {
  return candidates.map((candidate) => candidate.node);
}

/** Evaluations of the assessment with some candidates met. */
/** Whether every failing condition of the chain is a points condition (`minPoints`, `minPercent`). */
function pointsOnly(evaluation: Evaluation, chain: readonly string[]): boolean {
  const failing = failingConditions(evaluation, chain);
  return (
    failing.length > 0 &&
    failing.every(({ condition }) => TIER_CONDITIONS[condition.type].countsPoints)
  );
}

class StepSearch {
  constructor(
    private readonly compiled: CompiledFramework,
    private readonly assessment: Assessment,
    private readonly context: EvaluationContext | undefined,
    private readonly tier: string,
    private readonly budget: number,
  ) {
    this.cost = compiled.framework.nodes.length === 0 ? 1 : countNodes(compiled.framework);
  }

  /** Node evaluations done by full evaluations so far. */
  private used = 0;
  private readonly cost: number;

  /** Whether the budget is used up. */
  spent(): boolean {
    return this.used >= this.budget;
  }

  summarize(candidates: readonly Candidate[]): EvaluationSummary {
    return this.compiled.summarize(meetInFull(this.assessment, nodesOf(candidates)), this.context);
  }

  evaluate(candidates: readonly Candidate[]): Evaluation {
    this.used += this.cost;
    return this.compiled.evaluate(meetInFull(this.assessment, nodesOf(candidates)), this.context);
  }

  reaches(candidates: readonly Candidate[]): boolean {
    return achieved(this.evaluate(candidates), this.tier);
  }
}

/** The number of nodes of a framework, at every depth. */
function countNodes(framework: Framework): number {
  let count = 0;
  const stack = [...framework.nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    for (const child of node.children ?? []) stack.push(child);
  }
  return count;
}
