import type { Value } from "../../assessment/schema.js";
import { isIsoDate } from "../../core/dates.js";
import { compareToExact, exact } from "../../core/exact.js";
import type { FrameworkNode, Rule } from "../../framework/schema.js";
import { comparisonMessagesFrom, comparisonText, requirementText } from "../messages.js";
import { compileTarget, type ResolvedTarget, resolvedScalar } from "../targets.js";
import type { Reason } from "../types.js";
import {
  COMPARATOR_CODES,
  type CompileScope,
  conclude,
  ERROR,
  holds,
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

type CompareRule = Extract<Rule, { type: "compare" }>;

/** How a value is ordered against its target, fixed by the node's value type. */
type Ordering = "number" | "count" | "boolean" | "ordinal" | "date" | "text" | "infer" | "none";

const ORDERING: Readonly<Record<string, Ordering>> = {
  number: "number",
  percent: "number",
  count: "count",
  boolean: "boolean",
  ordinal: "ordinal",
  date: "date",
};

/**
 * Compiles a `compare` rule: `value comparator factor × target`.
 *
 * Numbers compare exactly: each number is read as the decimal it prints as and `factor × target` is a
 * rational computed once (income ≥ 1.10 × threshold, `<=` 0.95 × the 2019 baseline). Booleans order
 * false < true, ordinal levels by their position, dates as `YYYY-MM-DD` strings. A missing value is
 * `unknown` (`missing_value`), a value of the wrong type or a target of another type is `error`.
 * A `factor` needs a number target whose product fits a double: on a boolean, date or level, or when
 * `factor × target` overflows, the node is `error` (`not_comparable`), never a NaN or Infinity
 * threshold (`lintFramework` reports the literal cases as `factor_not_numeric`).
 *
 * @param rule - The `compare` rule.
 * @param node - The node it judges (its value type fixes the ordering).
 * @param scope - The compiled framework.
 * @returns The judge for this node.
 */
export function compileCompare(rule: CompareRule, node: FrameworkNode, scope: CompileScope): Judge {
  const factor = rule.factor === undefined || rule.factor === 1 ? undefined : exact(rule.factor);
  const resolve = compileTarget(rule.target, factor, scope, node.id);
  const comparator = rule.comparator;
  const valueType = node.value;
  const ordering: Ordering =
    valueType === undefined ? "infer" : (ORDERING[valueType.type] ?? "none");
  const levels =
    valueType?.type === "ordinal"
      ? new Map(valueType.levels.map((level, position) => [level.id, position]))
      : undefined;
  const expected = valueType?.type ?? "scalar";
  // Written after every number of the messages: "1,5 m²/học sinh không đạt ≥ 2 m²/học sinh".
  const unit =
    valueType?.type === "percent"
      ? "%"
      : valueType?.type === "number" || valueType?.type === "count"
        ? valueType.unit
        : undefined;

  // `factor × target` is defined for numbers only, and reported only while it is a finite double.
  const factorFits = (target: ResolvedTarget): boolean =>
    factor === undefined || (typeof target.value === "number" && Number.isFinite(target.approx));
  // A fixed target's requirement text ("≥ 1,1 × 58 = 63,8") is written once, not per evaluation.
  const scalarTarget =
    typeof rule.target === "object" ? undefined : resolvedScalar(rule.target, factor);
  const fixedTarget =
    scalarTarget !== undefined && factorFits(scalarTarget) ? scalarTarget : undefined;
  const fixedRequirement =
    fixedTarget === undefined
      ? undefined
      : requirementText({
          comparator,
          target: fixedTarget.value,
          ...(factor === undefined ? {} : { factor: rule.factor!, threshold: fixedTarget.approx }),
          ...(unit === undefined ? {} : { unit }),
        });
  const fixedText =
    fixedRequirement === undefined ? undefined : comparisonText(fixedRequirement, unit);
  // With a fixed target the reason depends on the value alone, and values repeat across assessments
  // (booleans, counts, percentages with few decimals): each reason is written once and shared, frozen.
  // A direct-mapped table (a slot per hash of the value, the newest reason wins) rather than a Map: a hit
  // compares two doubles instead of hashing a boxed number.
  // The table is made on the node's second explained run: a framework of 150 000 nodes evaluated once
  // would otherwise allocate 300 MB of tables it never reads again.
  const cached = fixedText !== undefined;
  let cacheKeys: Float64Array | undefined;
  let cacheReasons: (Reason | undefined)[] | undefined;
  let explained = 0;
  const explainResult = (
    state: RunState,
    index: number,
    status: StatusCode,
    value: Value,
    target: ResolvedTarget,
  ): StatusCode => {
    // Slots 0 … CACHE_SLOTS − 1 hold numbers, the last two false and true. −0 is left out: it would
    // share the reason of 0, whose params hold +0.
    let slot = -1;
    if (cached && cacheKeys === undefined && ++explained > 1) {
      cacheKeys = new Float64Array(CACHE_SLOTS);
      cacheReasons = new Array<Reason | undefined>(CACHE_SLOTS + 2).fill(undefined);
    }
    if (cacheKeys !== undefined) {
      if (typeof value === "boolean") slot = value ? CACHE_SLOTS + 1 : CACHE_SLOTS;
      else if (typeof value === "number" && value - value === 0 && (value !== 0 || 1 / value > 0)) {
        const cents = (value * 100) | 0;
        slot = (cents ^ (cents >>> 7) ^ (cents >>> 15)) & (CACHE_SLOTS - 1);
      }
    }
    if (slot >= 0 && cacheKeys !== undefined && cacheReasons !== undefined) {
      const hit = cacheReasons[slot];
      if (
        hit !== undefined &&
        (slot >= CACHE_SLOTS || cacheKeys[slot] === value) &&
        (hit.code === "compare_met") === (status === MET)
      ) {
        state.reasons[index] = hit;
        return status;
      }
    }
    const params: ReasonParams = {
      value: typeof value === "object" ? null : value,
      comparator,
      target: target.value,
    };
    if (factor !== undefined) {
      params.factor = rule.factor!;
      params.threshold = target.approx;
    }
    if (unit !== undefined) params.unit = unit;
    const code = status === MET ? "compare_met" : "compare_not_met";
    if (fixedText !== undefined) {
      const reason: Reason = {
        code,
        params,
        messages: comparisonMessagesFrom(params.value, fixedText, status === MET),
      };
      state.reasons[index] = reason;
      if (slot >= 0 && cacheKeys !== undefined && cacheReasons !== undefined) {
        Object.freeze(params);
        Object.freeze(reason.messages);
        cacheReasons[slot] = Object.freeze(reason);
        if (slot < CACHE_SLOTS) cacheKeys[slot] = value as number;
      }
      return status;
    }
    return conclude(state, index, status, code, params);
  };

  const general: Judge = (state, index) => {
    const value = state.entries[index]?.value;
    if (value === undefined) return conclude(state, index, UNKNOWN, "missing_value");
    if (state.explain) state.values[index] = value;
    const kind = ordering === "infer" ? inferOrdering(value) : ordering;
    if (!accepts(kind, value, levels)) {
      if (!state.explain) return ERROR;
      return conclude(state, index, ERROR, "wrong_value_type", {
        expected,
        actual: valueTypeName(value),
      });
    }
    const target = resolve(state);
    if (!target.ok) return conclude(state, index, target.status, target.code, target.params);
    if (!factorFits(target)) {
      if (!state.explain) return ERROR;
      return conclude(state, index, ERROR, "not_comparable", {
        value: value as number | boolean | string,
        target: target.value,
      });
    }
    if (state.explain) state.targets[index] = target.value;
    const order = orderOf(
      kind,
      value as number | boolean | string,
      target,
      factor !== undefined,
      levels,
    );
    if (order === null) {
      if (!state.explain) return ERROR;
      return conclude(state, index, ERROR, "not_comparable", {
        value: value as number | boolean | string,
        target: target.value,
      });
    }
    const status = satisfies(order, comparator) ? MET : NOT_MET;
    return state.explain ? explainResult(state, index, status, value, target) : status;
  };

  // The bulk path: a fixed numeric or boolean threshold needs no resolution, reason or type dispatch.
  const fixed = fixedTarget;
  const code = COMPARATOR_CODES[comparator];
  if (
    fixed !== undefined &&
    typeof fixed.value === "number" &&
    (ordering === "number" || ordering === "count")
  ) {
    const t = fixed.value;
    const threshold = fixed.exact!;
    const approx = fixed.approx;
    const integral = ordering === "count";
    return (state, index) => {
      const value = state.entries[index]?.value;
      if (typeof value !== "number" || (integral && !(Number.isInteger(value) && value >= 0))) {
        return general(state, index);
      }
      const order =
        factor === undefined
          ? value < t
            ? -1
            : value > t
              ? 1
              : 0
          : compareToExact(value, threshold, approx);
      const status = holds(order, code) ? MET : NOT_MET;
      if (!state.explain) return status;
      // What `general` records for a fixed target, without resolving it again.
      state.values[index] = value;
      state.targets[index] = t;
      return explainResult(state, index, status, value, fixed);
    };
  }
  if (fixed !== undefined && typeof fixed.value === "boolean" && ordering === "boolean") {
    const t = Number(fixed.value);
    return (state, index) => {
      const value = state.entries[index]?.value;
      if (typeof value !== "boolean") return general(state, index);
      const status = holds(Number(value) - t, code) ? MET : NOT_MET;
      if (!state.explain) return status;
      state.values[index] = value;
      state.targets[index] = fixed.value;
      return explainResult(state, index, status, value, fixed);
    };
  }
  return general;
}

/** Reasons kept per compare rule with a fixed target (a power of two). */
const CACHE_SLOTS = 128;

function inferOrdering(value: Value): Ordering {
  switch (typeof value) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      return "text";
    default:
      return "none";
  }
}

function accepts(
  kind: Ordering,
  value: Value,
  levels: ReadonlyMap<string, number> | undefined,
): boolean {
  switch (kind) {
    case "number":
      return typeof value === "number";
    case "count":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    case "boolean":
      return typeof value === "boolean";
    case "ordinal":
      return typeof value === "string" && levels!.has(value);
    case "date":
      return isIsoDate(value);
    case "text":
      return typeof value === "string";
    default:
      return false;
  }
}

/** −1 / 0 / 1 for value against target, or `null` when the target is of another kind. */
function orderOf(
  kind: Ordering,
  value: number | boolean | string,
  target: ResolvedTarget,
  hasFactor: boolean,
  levels: ReadonlyMap<string, number> | undefined,
): number | null {
  const t = target.value;
  switch (kind) {
    case "number":
    case "count": {
      if (typeof t !== "number") return null;
      const v = value as number;
      // Without a factor two doubles order exactly as the decimals they print as.
      if (!hasFactor) return v < t ? -1 : v > t ? 1 : 0;
      return compareToExact(v, target.exact!, target.approx);
    }
    case "boolean":
      return typeof t === "boolean" ? Number(value) - Number(t) : null;
    case "ordinal": {
      const position = typeof t === "string" ? levels!.get(t) : undefined;
      return position === undefined ? null : levels!.get(value as string)! - position;
    }
    default: {
      if (typeof t !== "string") return null;
      // `YYYY-MM-DD` days order as strings; a date compared with a non-date is a framework error.
      if (kind === "date" && !isIsoDate(t)) return null;
      const v = value as string;
      return v < t ? -1 : v > t ? 1 : 0;
    }
  }
}
