import type { Tally } from "../../assessment/schema.js";
import { ceil, cmp, div, type Exact, exact, floor, mul } from "../../core/exact.js";
import type { ChildPredicate, Comparator, Rule } from "../../framework/schema.js";
import type { Evaluation } from "../types.js";
import { tierReached } from "./outcome.js";
import {
  conclude,
  ERROR,
  type Judge,
  MET,
  NOT_MET,
  type ReasonParams,
  type RunState,
  type StatusCode,
  satisfies,
  UNKNOWN,
  valueTypeName,
} from "./rule.js";

type ShareRule = Extract<Rule, { type: "share" }>;

interface Condition {
  readonly category: string;
  readonly comparator: Comparator;
  readonly percent: number;
  readonly exactPercent: Exact;
}

/** Counts by category over a denominator, from a tally value or from child evaluations. */
type Counts =
  | { readonly ok: true; readonly tally: Tally }
  | { readonly ok: false; readonly status: StatusCode };

/**
 * Compiles a `share` rule: the share of child units in `category`, with prerequisites on other
 * categories (TT 124 xã criterion 4: 100 % registered **and** ≥ 70 % recognised).
 *
 * Counts come from the node's `tally` value, else from `context.children` through the `children`
 * predicates (filtered by `childKind`). Shares compare exactly in integers and rationals,
 * `count × 100 ⋚ percent × total`: 16 of 25 = 64 % fails ≥ 70 %, and the reason names 18 as the least
 * count that passes. A total of 0 is `unknown` (`empty_denominator`).
 *
 * @param rule - The `share` rule.
 * @returns The judge for this node.
 */
export function compileShare(rule: ShareRule): Judge {
  const condition = (category: string, comparator: Comparator, percent: number): Condition => ({
    category,
    comparator,
    percent,
    exactPercent: exact(percent),
  });
  const requires = (rule.requires ?? []).map((r) => condition(r.category, r.comparator, r.percent));
  const main = condition(rule.category, rule.comparator, rule.percent);
  const conditions = [...requires, main];
  const categories = [...new Set(conditions.map((c) => c.category))];
  const predicates = rule.children;
  const childKind = rule.childKind;

  const fromChildren = (state: RunState, index: number): Counts => {
    const children = state.context.children;
    if (children === undefined) {
      return {
        ok: false,
        status: conclude(state, index, UNKNOWN, "missing_context", { context: "children" }),
      };
    }
    const counts: Record<string, number> = {};
    for (const category of categories) {
      const predicate = Object.hasOwn(predicates!, category) ? predicates![category] : undefined;
      if (predicate === undefined) {
        return {
          ok: false,
          status: conclude(state, index, ERROR, "no_child_predicate", { category }),
        };
      }
      counts[category] = 0;
    }
    let total = 0;
    for (const child of children) {
      if (childKind !== undefined && child.subject.kind !== childKind) continue;
      total++;
      for (const category of categories) {
        if (childMatches(child, predicates![category]!)) counts[category]!++;
      }
    }
    return { ok: true, tally: { total, counts } };
  };

  return (state, index) => {
    const value = state.entries[index]?.value;
    let counts: Counts;
    if (value !== undefined) {
      if (!isTally(value)) {
        if (!state.explain) return ERROR;
        return conclude(state, index, ERROR, "wrong_value_type", {
          expected: "tally",
          actual: valueTypeName(value),
        });
      }
      counts = { ok: true, tally: value };
    } else if (predicates !== undefined) {
      counts = fromChildren(state, index);
    } else {
      return conclude(state, index, UNKNOWN, "missing_value");
    }
    if (!counts.ok) return counts.status;
    const tally = counts.tally;
    if (state.explain) state.values[index] = tally;
    const total = tally.total;
    if (total === 0) return conclude(state, index, UNKNOWN, "empty_denominator");
    for (const c of conditions) {
      const count = Object.hasOwn(tally.counts, c.category) ? tally.counts[c.category] : undefined;
      if (count === undefined) {
        return conclude(state, index, UNKNOWN, "missing_value", { category: c.category });
      }
      if (count > total) {
        return conclude(state, index, ERROR, "count_exceeds_total", {
          category: c.category,
          count,
          total,
        });
      }
      const holds = satisfies(cmp(count * 100, mul(c.exactPercent, total)), c.comparator);
      const last = c === main;
      if (holds && !last) continue;
      if (!state.explain) return holds ? MET : NOT_MET;
      const code = last ? (holds ? "share_met" : "share_not_met") : "share_requirement_not_met";
      return conclude(state, index, holds ? MET : NOT_MET, code, shareParams(c, count, total));
    }
    return MET;
  };
}

function shareParams(c: Condition, count: number, total: number): ReasonParams {
  const params: ReasonParams = {
    category: c.category,
    count,
    total,
    comparator: c.comparator,
    percent: c.percent,
    actual: (count * 100) / total,
  };
  // The boundary count: percent × total / 100, exact (0.7 × 25 = 17.5 → 18 must be met).
  const boundary = div(mul(c.exactPercent, total), 100);
  switch (c.comparator) {
    case ">=":
      params.leastPassing = ceil(boundary);
      break;
    case ">":
      params.leastPassing = floor(boundary) + 1;
      break;
    case "<=":
      params.mostPassing = floor(boundary);
      break;
    case "<":
      params.mostPassing = ceil(boundary) - 1;
      break;
    case "=":
      if (typeof boundary === "number") params.leastPassing = boundary;
      break;
    default:
      break;
  }
  return params;
}

function isTally(value: unknown): value is Tally {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Tally).total === "number" &&
    typeof (value as Tally).counts === "object" &&
    (value as Tally).counts !== null
  );
}

const nodeIndexes = new WeakMap<Evaluation, ReadonlyMap<string, string>>();

function childMatches(child: Evaluation, predicate: ChildPredicate): boolean {
  if ("tier" in predicate) return tierReached(child, predicate.tier) === true;
  if ("met" in predicate) {
    let statuses = nodeIndexes.get(child);
    if (statuses === undefined) {
      statuses = new Map(child.nodes.map((node) => [node.id, node.status]));
      nodeIndexes.set(child, statuses);
    }
    return statuses.get(predicate.met) === "met";
  }
  return true;
}
