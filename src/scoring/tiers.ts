import { add, cmp, div, type Exact, exact, mul, sub, toNumber } from "../core/exact.js";
import type { Framework, Tier, TierCondition } from "../framework/schema.js";
import { exactPoints, type PointsPlan, type PointsTotals } from "./points.js";
import { tierReached } from "./rules/outcome.js";
import { type CompileScope, MET, NOT_APPLICABLE, UNKNOWN } from "./rules/rule.js";
import type { ConditionResult, Count, EvaluationContext, Score, TierResult } from "./types.js";

/*
 * Tiers (DESIGN.md §3 items 15–16): ordered lowest first, each a conjunction of conditions. Numeric
 * conditions compare exactly and report how much is missing (`shortBy`).
 */

/** Everything a tier condition may read about one evaluation. */
export interface TierInputs {
  readonly framework: Framework;
  readonly scope: CompileScope;
  /** Displayed status per node. */
  readonly status: Uint8Array;
  readonly criteria: readonly number[];
  readonly mandatory: readonly number[];
  readonly count: Count;
  readonly plan: PointsPlan | undefined;
  readonly totals: PointsTotals | undefined;
  readonly score: Score;
  /** Ids of the disqualifying nodes that fired. */
  readonly disqualifiers: readonly string[];
  readonly context: EvaluationContext;
  /** From `indexTiers`. */
  readonly tierIndex: ReadonlyMap<string, number>;
  /** Whether to list failing node ids (explaining) or only decide. */
  readonly explain: boolean;
}

const NO_TIERS: TiersOutcome = { tier: null, tiers: [] };

/**
 * Positions of the tiers by id (the first tier of an id wins), built once per framework.
 *
 * @param tiers - The framework's tiers.
 * @returns Tier id → position.
 */
export function indexTiers(tiers: readonly Tier[] | undefined): ReadonlyMap<string, number> {
  const byId = new Map<string, number>();
  (tiers ?? []).forEach((tier, position) => {
    if (!byId.has(tier.id)) byId.set(tier.id, position);
  });
  return byId;
}

/** The outcome of all tiers: the highest achieved, and (when explaining) each tier's conditions. */
export interface TiersOutcome {
  readonly tier: string | null;
  readonly tiers: readonly TierResult[];
}

/** What a tier condition's check finds: the condition's result itself, keys in their JSON order. */
export type Draft = ConditionResult;

/** A numeric minimum compared exactly; `shortBy` only when it is not reached. */
function atLeast(
  type: ConditionResult["type"],
  actual: Exact,
  minimum: Exact,
  required: number,
): Draft {
  const met = cmp(actual, minimum) >= 0;
  return met
    ? { type, met, actual: toNumber(actual), required }
    : { type, met, actual: toNumber(actual), required, shortBy: toNumber(sub(minimum, actual)) };
}

/** Decides the tiers of one evaluation: `compileTiers`'s result. */
export type TiersRunner = (inputs: TierInputs, explain: boolean) => TiersOutcome;

/**
 * Prepares the tiers of a framework for evaluation: the scratch that deciding them needs (tier states,
 * the prerequisite stack, the kept condition results) is allocated once here and reused by every run,
 * which is synchronous. The runner gives the highest tier achieved, where a tier whose prerequisite tier
 * is not achieved is not achieved either, and (when explaining) every tier's conditions.
 *
 * @param tiers - The framework's tiers, lowest first.
 * @param byId - Tier positions by id (`indexTiers`).
 * @returns The runner: `(inputs, explain) => { tier, tiers }`.
 */
export function compileTiers(
  tiers: readonly Tier[] | undefined,
  byId: ReadonlyMap<string, number>,
): TiersRunner {
  const list = tiers ?? [];
  if (list.length === 0) return () => NO_TIERS;
  // 0 not yet, 1 in progress (a cycle reads as not achieved), 2 achieved, 3 not achieved.
  const state = new Uint8Array(list.length);
  // Prerequisite tiers are resolved with an explicit stack, not recursion: a parsed framework may chain
  // thousands of tiers (each requiring the one below), deeper than the call stack. Pairs: tier position,
  // index of its next condition; `top` is the stack's length (kept apart: setting `length` is a runtime call).
  const stack: number[] = [];
  // When explaining, each condition's result is kept from deciding the tiers and reused in the output.
  const kept: (Draft | undefined)[][] = list.map((tier) =>
    new Array<Draft | undefined>(tier.conditions.length).fill(undefined),
  );
  let inputs: TierInputs | undefined;
  let keep = false;

  const achieved = (start: number): boolean => {
    if (state[start]! >= 2) return state[start] === 2;
    if (state[start] === 1) return false;
    state[start] = 1;
    let top = 0;
    stack[top++] = start;
    stack[top++] = 0;
    while (top > 0) {
      const position = stack[top - 2]!;
      const next = stack[top - 1]!;
      const conditions = list[position]!.conditions;
      let outcome = 0; // 0 go on, 2 achieved, 3 not achieved
      if (next >= conditions.length) outcome = 2;
      else {
        const condition = conditions[next]!;
        let met: boolean;
        if (condition.type === "tier") {
          const other = byId.get(condition.tier);
          const seen = other === undefined ? 3 : state[other]!;
          if (seen === 0) {
            // Decide the prerequisite first, then come back to this condition.
            state[other!] = 1;
            stack[top++] = other!;
            stack[top++] = 0;
            continue;
          }
          met = seen === 2;
        } else {
          const draft = check(condition, inputs!, achievedById);
          if (keep) kept[position]![next] = draft;
          met = draft.met;
        }
        if (met) stack[top - 1] = next + 1;
        else outcome = 3;
      }
      if (outcome !== 0) {
        state[position] = outcome;
        top -= 2;
      }
    }
    return state[start] === 2;
  };
  const achievedById = (id: string): boolean => {
    const position = byId.get(id);
    return position !== undefined && achieved(position);
  };

  return (runInputs, explain) => {
    inputs = runInputs;
    keep = explain;
    // Loops, not `fill`: for a handful of slots a builtin call costs more than the stores.
    for (let position = 0; position < state.length; position++) state[position] = 0;
    if (explain) {
      for (const conditions of kept) {
        for (let k = 0; k < conditions.length; k++) conditions[k] = undefined;
      }
    }
    let tier: string | null = null;
    for (let position = list.length - 1; position >= 0; position--) {
      if (achieved(position)) {
        tier = list[position]!.id;
        break;
      }
    }
    if (!explain) {
      inputs = undefined;
      return { tier, tiers: [] };
    }
    const results: TierResult[] = new Array(list.length);
    for (let position = 0; position < list.length; position++) {
      const t = list[position]!;
      const conditions: ConditionResult[] = new Array(t.conditions.length);
      for (let k = 0; k < t.conditions.length; k++) {
        conditions[k] = kept[position]![k] ?? check(t.conditions[k]!, runInputs, achievedById);
      }
      results[position] = { id: t.id, achieved: achieved(position), conditions };
    }
    inputs = undefined;
    return { tier, tiers: results };
  };
}

function exactScore(inputs: TierInputs): { value: Exact; max: Exact } | null {
  const scoring = inputs.framework.scoring;
  if (scoring.kind === "count" && inputs.count.applicable > 0) {
    return { value: inputs.count.met, max: inputs.count.applicable };
  }
  if (scoring.kind === "points" && inputs.plan !== undefined && inputs.totals !== undefined) {
    const points = exactPoints(inputs.plan, inputs.totals, -1);
    const max = scoring.scale === undefined ? points.possible : exact(scoring.scale);
    return cmp(max, 0) > 0 ? { value: points.earned, max } : null;
  }
  const score = inputs.score;
  // A model may score "0 of 0" (XCCDF flat with nothing scorable): there is no percent of nothing.
  if (score.status !== "scored" || !(score.max > 0)) return null;
  return { value: exact(score.value), max: exact(score.max) };
}

/** Counted status: not applicable counts as met under the policy `notApplicable: "met"`. */
function countedMet(inputs: TierInputs, index: number): boolean {
  const status = inputs.status[index];
  return (
    status === MET ||
    (status === NOT_APPLICABLE && inputs.scope.policies[index]!.notApplicable === 1)
  );
}

function excluded(inputs: TierInputs, index: number): boolean {
  return (
    inputs.status[index] === NOT_APPLICABLE && inputs.scope.policies[index]!.notApplicable === 0
  );
}

/** Left out of `Count.applicable`: unknown under the policy `unknown: "exclude"`. */
function unknownExcluded(inputs: TierInputs, index: number): boolean {
  return inputs.status[index] === UNKNOWN && inputs.scope.policies[index]!.unknown === 0;
}

/**
 * The ids of the nodes that are neither met nor excluded; with `applicableOnly`, unknown nodes that
 * `Count.applicable` leaves out are not listed either (`allMet` is about the applicable criteria).
 */
function failing(inputs: TierInputs, indexes: readonly number[], applicableOnly = false): string[] {
  const ids: string[] = [];
  for (const index of indexes) {
    if (excluded(inputs, index) || countedMet(inputs, index)) continue;
    if (applicableOnly && unknownExcluded(inputs, index)) continue;
    ids.push(inputs.scope.nodes[index]!.id);
  }
  return ids;
}

/** Evaluates one tier condition of type `C` for one evaluation. */
export type Check<C extends TierCondition> = (
  condition: C,
  inputs: TierInputs,
  achievedById: (id: string) => boolean,
) => Draft;

/** One check per tier condition type of the schema's union: a type missing here is a type error. */
export type TierChecks = {
  readonly [K in TierCondition["type"]]: Check<Extract<TierCondition, { type: K }>>;
};

/**
 * How each tier condition is evaluated, one entry per `TierCondition["type"]` (checked with
 * `satisfies`: a condition of the schema missing here does not compile). What the framework layer
 * knows about each condition is `TIER_CONDITIONS` in `src/framework/kinds/conditions.ts`.
 */
export const TIER_CHECKS = {
  minPoints: (condition, inputs) => {
    if (inputs.plan === undefined || inputs.totals === undefined) {
      return { type: condition.type, met: false, actual: null, required: condition.points };
    }
    const earned = exactPoints(inputs.plan, inputs.totals, -1).earned;
    return atLeast(condition.type, earned, exact(condition.points), condition.points);
  },
  minPercent: (condition, inputs) => {
    const score = exactScore(inputs);
    if (score === null) {
      return { type: condition.type, met: false, actual: null, required: condition.percent };
    }
    // exact: value / max × 100 as a rational, never a rounded float
    return atLeast(
      condition.type,
      div(mul(score.value, 100), score.max),
      exact(condition.percent),
      condition.percent,
    );
  },
  minScore: (condition, inputs) => {
    const score = exactScore(inputs);
    if (score === null) {
      return { type: condition.type, met: false, actual: null, required: condition.score };
    }
    return atLeast(condition.type, score.value, exact(condition.score), condition.score);
  },
  minCount: (condition, inputs) => {
    let met = 0;
    if (condition.of === undefined) met = inputs.count.met;
    else {
      for (const id of condition.of) {
        const index = inputs.scope.indexOf.get(id);
        if (index !== undefined && countedMet(inputs, index)) met++;
      }
    }
    return met >= condition.count
      ? { type: condition.type, met: true, actual: met, required: condition.count }
      : {
          type: condition.type,
          met: false,
          actual: met,
          required: condition.count,
          shortBy: condition.count - met,
        };
  },
  allMet: (condition, inputs) => {
    // Not met nor excluded = applicable − met, so deciding needs no list.
    if (!inputs.explain) {
      return {
        type: condition.type,
        met: inputs.count.applicable > 0 && inputs.count.met === inputs.count.applicable,
      };
    }
    const ids = failing(inputs, inputs.criteria, true);
    const met = ids.length === 0 && inputs.count.applicable > 0;
    return met
      ? { type: condition.type, met, actual: ids }
      : { type: condition.type, met, actual: ids, shortBy: ids.length };
  },
  mandatoryMet: (condition, inputs) => {
    const ids = failing(inputs, inputs.mandatory);
    return ids.length === 0
      ? { type: condition.type, met: true, actual: ids }
      : { type: condition.type, met: false, actual: ids, shortBy: ids.length };
  },
  nodesMet: (condition, inputs) => {
    const naMet = condition.notApplicable === "met";
    const ids: string[] = [];
    for (const id of condition.nodes) {
      const index = inputs.scope.indexOf.get(id);
      const status = index === undefined ? undefined : inputs.status[index];
      const ok = status === MET || (status === NOT_APPLICABLE && naMet);
      if (!ok) ids.push(id);
    }
    return ids.length === 0
      ? { type: condition.type, met: true, actual: ids, required: [...condition.nodes] }
      : {
          type: condition.type,
          met: false,
          actual: ids,
          required: [...condition.nodes],
          shortBy: ids.length,
        };
  },
  groupMinShare: (condition, inputs) => {
    if (inputs.plan === undefined || inputs.totals === undefined) {
      return { type: condition.type, met: false, actual: null, required: condition.percent };
    }
    const plan = inputs.plan;
    const totals = inputs.totals;
    const indexes =
      condition.nodes === undefined
        ? plan.top
        : condition.nodes.map((id) => inputs.scope.indexOf.get(id) ?? -2);
    const percent = exact(condition.percent);
    const ids: string[] = [];
    let missing: Exact = 0;
    condition.nodes?.forEach((id, position) => {
      if (indexes[position] === -2) ids.push(id);
    });
    for (const index of indexes) {
      if (index < 0) continue;
      const { earned, possible } = exactPoints(plan, totals, index);
      if (cmp(possible, 0) <= 0) continue;
      const needed = div(mul(percent, possible), 100);
      if (cmp(earned, needed) < 0) {
        ids.push(inputs.scope.nodes[index]!.id);
        missing = add(missing, sub(needed, earned));
      }
    }
    return ids.length === 0
      ? { type: condition.type, met: true, actual: ids, required: condition.percent }
      : {
          type: condition.type,
          met: false,
          actual: ids,
          required: condition.percent,
          shortBy: toNumber(missing),
        };
  },
  noDisqualifier: (condition, inputs) => {
    const ids = inputs.disqualifiers;
    return ids.length === 0
      ? { type: condition.type, met: true, actual: [] }
      : { type: condition.type, met: false, actual: [...ids], shortBy: ids.length };
  },
  tier: (condition, _inputs, achievedById) => ({
    type: condition.type,
    met: achievedById(condition.tier),
    required: condition.tier,
  }),
  outcome: (condition, inputs) => {
    const outcomes = inputs.context.outcomes;
    const outcome =
      outcomes !== undefined && Object.hasOwn(outcomes, condition.framework)
        ? outcomes[condition.framework]
        : undefined;
    // Nothing measured: no `actual` (an outcome that reached no tier has `actual: null`).
    if (outcome === undefined)
      return { type: condition.type, met: false, required: condition.tier };
    return {
      type: condition.type,
      met: tierReached(outcome, condition.tier) === true,
      actual: outcome.tier,
      required: condition.tier,
    };
  },
} as const satisfies TierChecks;

function check(
  condition: TierCondition,
  inputs: TierInputs,
  achievedById: (id: string) => boolean,
): Draft {
  return (TIER_CHECKS[condition.type] as Check<TierCondition>)(condition, inputs, achievedById);
}
