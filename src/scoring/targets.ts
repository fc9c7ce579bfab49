import type { Assessment, Entry, Value } from "../assessment/schema.js";
import { type Exact, exact, mul, toNumber } from "../core/exact.js";
import type { Target, TargetCase, YearLookup } from "../framework/schema.js";
import type { ReasonCode } from "./reasons.js";
import {
  type CompileScope,
  ERROR,
  type ReasonParams,
  type RunState,
  type StatusCode,
  UNKNOWN,
} from "./rules/rule.js";

/*
 * Resolving what a value is compared with (DESIGN.md §3 items 5–6). Everything that does not depend on
 * the assessment — scalar thresholds, table rows, `factor × target` in exact rationals — is computed once
 * per framework; a resolver then only picks a row or reads another record.
 */

/** A target value, with `factor × value` in exact form when it is a number. */
export interface ResolvedTarget {
  readonly ok: true;
  readonly value: number | boolean | string;
  /** `factor × value` exactly (numbers only). */
  readonly exact: Exact | undefined;
  /** The nearest number to `exact`. */
  readonly approx: number;
}

/** Why no target could be used: `no_target`, `missing_context`, `missing_target`, `reference_cycle`… */
export interface UnresolvedTarget {
  readonly ok: false;
  readonly status: StatusCode;
  readonly code: ReasonCode;
  readonly params?: ReasonParams;
}

export type TargetResolution = ResolvedTarget | UnresolvedTarget;

/** Resolves the target of node `index` in one evaluation. */
export type TargetResolver = (state: RunState) => TargetResolution;

const MAX_REFERENCE_DEPTH = 16;

/** Resolves a scalar once: the value, and `factor × value` exactly when numeric. */
export function resolvedScalar(
  value: number | boolean | string,
  factor: Exact | undefined,
): ResolvedTarget {
  if (typeof value !== "number") return { ok: true, value, exact: undefined, approx: Number.NaN };
  const product = factor === undefined ? exact(value) : mul(factor, exact(value));
  return { ok: true, value, exact: product, approx: toNumber(product) };
}

function unresolved(status: StatusCode, code: ReasonCode, params?: ReasonParams): UnresolvedTarget {
  return params === undefined ? { ok: false, status, code } : { ok: false, status, code, params };
}

const entryIndexes = new WeakMap<Assessment, ReadonlyMap<string, Entry>>();

/** The entry of `nodeId` in another assessment (previous period, baseline), indexed once per record. */
export function entryOf(assessment: Assessment, nodeId: string): Entry | undefined {
  let index = entryIndexes.get(assessment);
  if (index === undefined) {
    const map = new Map<string, Entry>();
    for (const entry of assessment.entries) if (!map.has(entry.node)) map.set(entry.node, entry);
    index = map;
    entryIndexes.set(assessment, map);
  }
  return index.get(nodeId);
}

function fromRecordValue(
  value: Value | undefined,
  factor: Exact | undefined,
  missing: () => UnresolvedTarget,
): TargetResolution {
  if (value === undefined) return missing();
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return resolvedScalar(value, factor);
  }
  return unresolved(ERROR, "target_not_scalar");
}

interface CompiledCase {
  readonly when: TargetCase;
  readonly weight: number;
  readonly resolved: ResolvedTarget;
}

/**
 * Compiles a target into a resolver for node `nodeId`.
 *
 * Tables: a row applies when every key it gives matches the subject (region after its class's
 * `useRegion`), kind and evaluation year; the row with the most matching keys wins, ties broken by
 * class > kind > region > year, then by order. A `year` key matches the evaluation year exactly, or,
 * with `yearLookup: "latestNotAfter"`, any year up to it: among rows equally specific the latest such
 * year wins (a 2021 row applies in 2022 until a 2023 row replaces it; a 2024 row never applies in
 * 2023). Specificity comes first: an older row for the subject's region beats a newer national row.
 * When no row applies and the subject lacks a region or
 * kind some row is keyed on, the result is `missing_context` rather than the default, which would be a
 * guess; a missing class simply means "no special class".
 *
 * @param target - The target as written in the framework (or in `context.references`).
 * @param factor - The rule's `factor`, exact; `undefined` for 1.
 * @param scope - The compiled framework.
 * @param nodeId - The node whose previous or baseline value `{ previous }` / `{ baseline }` read.
 * @param depth - Reference depth, to stop reference cycles.
 * @returns A resolver to call once per evaluation.
 */
export function compileTarget(
  target: Target,
  factor: Exact | undefined,
  scope: CompileScope,
  nodeId: string,
  depth = 0,
): TargetResolver {
  if (typeof target !== "object") {
    const resolved = resolvedScalar(target, factor);
    return () => resolved;
  }
  if ("cases" in target) {
    return compileTable(target.cases, target.default, factor, target.yearLookup ?? "exact");
  }
  if ("ref" in target) return compileReference(target.ref, factor, scope, nodeId, depth);
  if ("previous" in target) {
    const missingPrevious = unresolved(UNKNOWN, "missing_context", { context: "previous" });
    const missingValue = unresolved(UNKNOWN, "missing_context", {
      context: "previous",
      node: nodeId,
    });
    return (state) => {
      const previous = state.context.previous;
      if (previous === undefined) return missingPrevious;
      return fromRecordValue(entryOf(previous, nodeId)?.value, factor, () => missingValue);
    };
  }
  if ("baseline" in target) {
    const key = target.baseline;
    const missingBaseline = unresolved(UNKNOWN, "missing_context", {
      context: `baselines.${key}`,
    });
    const missingValue = unresolved(UNKNOWN, "missing_context", {
      context: `baselines.${key}`,
      node: nodeId,
    });
    return (state) => {
      const baselines = state.context.baselines;
      const baseline =
        baselines !== undefined && Object.hasOwn(baselines, key) ? baselines[key] : undefined;
      if (baseline === undefined) return missingBaseline;
      return fromRecordValue(entryOf(baseline, nodeId)?.value, factor, () => missingValue);
    };
  }
  const other = scope.indexOf.get(target.node);
  if (other === undefined) {
    const unknownNode = unresolved(ERROR, "unknown_node", { node: target.node });
    return () => unknownNode;
  }
  const missingValue = unresolved(UNKNOWN, "missing_target", { node: target.node });
  return (state) => fromRecordValue(state.entries[other]?.value, factor, () => missingValue);
}

function compileTable(
  cases: readonly TargetCase[],
  fallback: number | boolean | string | undefined,
  factor: Exact | undefined,
  yearLookup: YearLookup,
): TargetResolver {
  const latest = yearLookup === "latestNotAfter";
  const compiled: CompiledCase[] = cases.map((when) => {
    const keys =
      (when.class === undefined ? 0 : 1) +
      (when.kind === undefined ? 0 : 1) +
      (when.region === undefined ? 0 : 1) +
      (when.year === undefined ? 0 : 1);
    const precedence =
      (when.class === undefined ? 0 : 8) +
      (when.kind === undefined ? 0 : 4) +
      (when.region === undefined ? 0 : 2) +
      (when.year === undefined ? 0 : 1);
    return { when, weight: keys * 16 + precedence, resolved: resolvedScalar(when.value, factor) };
  });
  const usesRegion = cases.some((when) => when.region !== undefined);
  const usesKind = cases.some((when) => when.kind !== undefined);
  const defaultResolved = fallback === undefined ? undefined : resolvedScalar(fallback, factor);
  const missingRegion = unresolved(UNKNOWN, "missing_context", { context: "subject.region" });
  const missingKind = unresolved(UNKNOWN, "missing_context", { context: "subject.kind" });
  const noTarget = unresolved(UNKNOWN, "no_target");
  return (state) => {
    const subject = state.subject;
    let best: CompiledCase | undefined;
    for (const row of compiled) {
      const when = row.when;
      if (when.region !== undefined && when.region !== state.region) continue;
      if (when.class !== undefined && when.class !== subject.class) continue;
      if (when.kind !== undefined && when.kind !== subject.kind) continue;
      if (
        when.year !== undefined &&
        (latest ? !(when.year <= state.year) : when.year !== state.year)
      ) {
        continue;
      }
      if (
        best === undefined ||
        row.weight > best.weight ||
        // Equally specific rows differ only in their years: the latest one in force wins.
        (latest && row.weight === best.weight && (row.when.year ?? 0) > (best.when.year ?? 0))
      ) {
        best = row;
      }
    }
    if (best !== undefined) return best.resolved;
    if (usesRegion && state.region === undefined) return missingRegion;
    if (usesKind && subject.kind === undefined) return missingKind;
    return defaultResolved ?? noTarget;
  };
}

function compileReference(
  ref: string,
  factor: Exact | undefined,
  scope: CompileScope,
  nodeId: string,
  depth: number,
): TargetResolver {
  const cycle = unresolved(ERROR, "reference_cycle", { reference: ref });
  if (depth >= MAX_REFERENCE_DEPTH) return () => cycle;
  const references = scope.framework.references;
  const own =
    references !== undefined && Object.hasOwn(references, ref) ? references[ref] : undefined;
  let compiledOwn: TargetResolver | undefined;
  const missing = unresolved(UNKNOWN, "missing_context", { context: `references.${ref}` });
  // Context references are compiled per distinct target object, so bulk runs sharing one context pay once.
  const fromContext = new WeakMap<object, TargetResolver>();
  return (state) => {
    const given = state.context.references;
    if (given !== undefined && Object.hasOwn(given, ref)) {
      const target = given[ref]!;
      if (typeof target !== "object") return resolvedScalar(target, factor);
      let resolver = fromContext.get(target);
      if (resolver === undefined) {
        resolver = compileTarget(target, factor, scope, nodeId, depth + 1);
        fromContext.set(target, resolver);
      }
      return resolver(state);
    }
    if (own === undefined) return missing;
    compiledOwn ??= compileTarget(own, factor, scope, nodeId, depth + 1);
    return compiledOwn(state);
  };
}
