import type { Value } from "../../assessment/schema.js";
import { isIsoDate } from "../../core/dates.js";
import { compareToExact, exact } from "../../core/exact.js";
import type { FrameworkNode, Rule } from "../../framework/schema.js";
import { compileTarget, type ResolvedTarget, resolvedScalar } from "../targets.js";
import {
  COMPARATOR_CODES,
  type CompileScope,
  conclude,
  ERROR,
  holds,
  type InlineCompare,
  type Judge,
  MET,
  NOT_MET,
  type ReasonDraft,
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
  // In the params, for messages that write it after every number ("1,5 m²/học sinh không đạt ≥ 2 m²/học sinh").
  const unit =
    valueType?.type === "percent"
      ? "%"
      : valueType?.type === "number" || valueType?.type === "count"
        ? valueType.unit
        : undefined;

  // `factor × target` is defined for numbers only, and reported only while it is a finite double.
  const factorFits = (target: ResolvedTarget): boolean =>
    factor === undefined || (typeof target.value === "number" && Number.isFinite(target.approx));
  const scalarTarget =
    typeof rule.target === "object" ? undefined : resolvedScalar(rule.target, factor);
  const fixedTarget =
    scalarTarget !== undefined && factorFits(scalarTarget) ? scalarTarget : undefined;
  // The reason is a fresh `{ code, params }` per evaluation, written as one of four object literals so
  // that every reason of a node has the same shape (no sentences: `explain` writes them on demand).
  const factorParam = rule.factor;
  /** The reason of a compared value: a fresh `{ code, params }`, one of four shapes per node. */
  const reasonFor = (status: StatusCode, value: Value, target: ResolvedTarget): ReasonDraft => {
    const shown = typeof value === "object" ? null : value;
    const params: ReasonParams =
      factor === undefined
        ? unit === undefined
          ? { value: shown, comparator, target: target.value }
          : { value: shown, comparator, target: target.value, unit }
        : unit === undefined
          ? {
              value: shown,
              comparator,
              target: target.value,
              factor: factorParam!,
              threshold: target.approx,
            }
          : {
              value: shown,
              comparator,
              target: target.value,
              factor: factorParam!,
              threshold: target.approx,
              unit,
            };
    return { code: status === MET ? "compare_met" : "compare_not_met", params };
  };
  const explainResult = (
    state: RunState,
    index: number,
    status: StatusCode,
    value: Value,
    target: ResolvedTarget,
  ): StatusCode => {
    state.reasons[index] = reasonFor(status, value, target);
    return status;
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
    const judge: Judge = (state, index) => {
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
    const inline: InlineCompare = {
      type: integral ? "count" : "number",
      target: t,
      comparator,
      exact: factor === undefined ? undefined : threshold,
      approx,
      reason: (status, value) => reasonFor(status, value, fixed),
    };
    return Object.assign(judge, { inline });
  }
  if (fixed !== undefined && typeof fixed.value === "boolean" && ordering === "boolean") {
    const t = Number(fixed.value);
    // A boolean against a fixed target has four possible reasons: built once each, then shared (frozen).
    const booleanReasons: (ReasonDraft | undefined)[] = [
      undefined,
      undefined,
      undefined,
      undefined,
    ];
    const sharedReason = (status: StatusCode, value: number | boolean): ReasonDraft => {
      const slot = status * 2 + (value === true ? 1 : 0);
      let reason = booleanReasons[slot];
      if (reason === undefined) {
        const fresh = reasonFor(status, value, fixed);
        Object.freeze(fresh.params);
        reason = Object.freeze(fresh);
        booleanReasons[slot] = reason;
      }
      return reason;
    };
    const judge: Judge = (state, index) => {
      const value = state.entries[index]?.value;
      if (typeof value !== "boolean") return general(state, index);
      const status = holds(Number(value) - t, code) ? MET : NOT_MET;
      if (!state.explain) return status;
      state.values[index] = value;
      state.targets[index] = fixed.value;
      state.reasons[index] = sharedReason(status, value);
      return status;
    };
    const inline: InlineCompare = {
      type: "boolean",
      target: fixed.value,
      comparator,
      exact: undefined,
      approx: t,
      reason: sharedReason,
    };
    return Object.assign(judge, { inline });
  }
  return general;
}

/** Reasons kept per compare rule with a fixed target (a power of two). */

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
