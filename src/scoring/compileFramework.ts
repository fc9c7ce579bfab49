import type { Assessment, Entry, Subject, Value } from "../assessment/schema.js";
import type { Framework } from "../framework/schema.js";
import {
  type ExplainRun,
  type GeneratedExplain,
  generateExplain,
} from "./compile/generateExplain.js";
import { type GeneratedSummarize, generateSummarize } from "./compile/generateSummarize.js";
import { usableContext } from "./context.js";
import { type Applicability, planOf } from "./engine/plan.js";
import { normalizeValue } from "./models/normalize.js";
import { score as scoreModel } from "./models/score.js";
import {
  type PointsTotals,
  pointsResult,
  pointsScratch,
  sharedPointsResult,
  simplePointsByStatus,
  totalPoints,
} from "./points.js";
import { compileRule } from "./rules/compileRule.js";
import {
  conclude,
  ERROR,
  type Judge,
  MET,
  NOT_APPLICABLE,
  NOT_MET,
  type ReasonDraft,
  type RunState,
  STATUS_CODES,
  STATUS_NAMES,
  type StatusCode,
  UNKNOWN,
} from "./rules/rule.js";
import { compileTiers } from "./tiers.js";
import type {
  CompiledFramework,
  Count,
  Disqualifier,
  Evaluation,
  EvaluationContext,
  EvaluationSummary,
  NodeResult,
  PointsResult,
  Reason,
  Score,
} from "./types.js";

/** One run's node-level outcome, before it becomes results and totals. */
interface Run {
  readonly state: RunState;
  readonly status: Uint8Array;
  readonly count: Count;
  readonly totals: PointsTotals | undefined;
  readonly disqualifiers: readonly number[];
}

const EMPTY_RESULTS: ReadonlyMap<string, NodeResult> = new Map();
/** What a run without explanations records reasons, values and targets in: nothing reads them. */
const NO_DRAFTS: never[] = [];
const NO_CONTEXT: EvaluationContext = {};
/** `usableContext(NO_CONTEXT)`, without a lookup per call. */
const NO_CONTEXT_CHECKED = { data: NO_CONTEXT, issues: [] as const };
const compiledCache = new WeakMap<Framework, CompiledFramework>();
const interpretedCache = new WeakMap<Framework, CompiledFramework>();

/** Options of `compileFramework`. */
export interface CompileFrameworkOptions {
  /**
   * Whether `summarize` and `evaluate` may run generated code (`new Function`): `summarize` for
   * frameworks in the common subset, `evaluate` for frameworks of up to 3 000 nodes (default `true`).
   * Where the runtime forbids it (a CSP without `unsafe-eval`, some workers) the interpreter is used
   * anyway; `false` forces the interpreter. Results are identical either way.
   */
  readonly codegen?: boolean | undefined;
}

/** Buckets per node of the criteria counts below it: the five statuses, then excluded unknowns. */
const BUCKETS = 6;
/** Unknown criteria under the policy `unknown: "exclude"`: counted as unknown, not as applicable. */
const UNKNOWN_EXCLUDED = 5;

function toCount(buckets: Int32Array, offset: number): Count {
  const met = buckets[offset]!;
  const notMet = buckets[offset + 1]!;
  const notApplicable = buckets[offset + 2]!;
  const unknownCounted = buckets[offset + 3]!;
  const unknownExcluded = buckets[offset + UNKNOWN_EXCLUDED]!;
  const error = buckets[offset + 4]!;
  const unknown = unknownCounted + unknownExcluded;
  return {
    met,
    notMet,
    notApplicable,
    unknown,
    error,
    applicable: met + notMet + unknownCounted + error,
    total: met + notMet + notApplicable + unknown + error,
  };
}

/**
 * Prepares a framework for evaluation: indexes, evaluation order, compiled rules and targets (with
 * thresholds such as `1.10 × threshold` in exact form), policies, the points plan and the tier list are
 * built once; `evaluate` and `summarize` then only read the assessment. Compiled frameworks are cached
 * per framework object, so calling this again with the same object is free.
 *
 * `summarize` runs straight-line generated code for the common subset of frameworks (verdicts and
 * recorded statuses, `appliesTo`, policies, fixed numeric and boolean thresholds, all / any / atLeast
 * over children, whole `met` and `sum` points, the count and points models, up to 20 000 nodes; see
 * `generateSummarize`), generated on the first `summarize` call, and the interpreter otherwise; both
 * give the same summary. `evaluate` runs the interpreter's explained run written out per framework
 * (`generateExplain`, frameworks of up to 3 000 nodes), generated on the first `evaluate` call, with
 * the same evaluations. Pass `{ codegen: false }` to use only the interpreter.
 *
 * @param framework - A parsed framework (see `safeParseFramework`); it is never mutated.
 * @param options - `codegen: false` keeps `summarize` and `evaluate` off generated code.
 * @returns `{ framework, evaluate(assessment, context?), summarize(assessment, context?) }`.
 * @example
 * const compiled = compileFramework(framework);
 * assessments.map((assessment) => compiled.summarize(assessment).tier)
 * //=> ["dat", null, "dat"]
 * @category Scoring
 */
export function compileFramework(
  framework: Framework,
  options?: CompileFrameworkOptions,
): CompiledFramework {
  const codegen = options?.codegen !== false;
  const cache = codegen ? compiledCache : interpretedCache;
  const cached = cache.get(framework);
  if (cached !== undefined) return cached;
  const compiled = build(framework, codegen);
  cache.set(framework, compiled);
  return compiled;
}

function build(framework: Framework, codegen: boolean): CompiledFramework {
  const plan = planOf(framework);
  const {
    size,
    nodes,
    parents,
    indexOf,
    ids,
    policies,
    scope,
    order,
    cyclic,
    needed,
    criteria,
    mandatory,
    disqualifying,
    nextLeaf,
    firstLeaf,
    childIds,
    hasChildren,
    hasPoints,
  } = plan;
  const pointsPlan = plan.points;
  const useRegion = scope.useRegion;

  const cycleJudge: Judge = (state, index) => conclude(state, index, ERROR, "dependency_cycle");
  const judges: Judge[] = nodes.map((node, index) =>
    cyclic[index] === 1 ? cycleJudge : compileRule(node, index, scope),
  );
  const scoring = framework.scoring;
  // The count and points models read only the totals (src/scoring/models/scoreCount.ts, scorePoints.ts),
  // so their results map can stay empty; the compileFramework tests check summarize === evaluate.
  const modelReadsResults = scoring.kind !== "count" && scoring.kind !== "points";

  const scratchEntries: (Entry | undefined)[] = new Array(size).fill(undefined);
  const scratchJudged = new Uint8Array(size);
  const scratchStatus = new Uint8Array(size);
  const scratchPoints = pointsPlan === undefined ? undefined : pointsScratch(pointsPlan, size);
  const scratchBelow = new Int32Array(size * BUCKETS);
  // Explaining runs fill these; `evaluate` copies what it keeps out of them before returning.
  const scratchReasons = new Array<ReasonDraft | undefined>(size).fill(undefined);
  const scratchValues = new Array<Value | undefined>(size).fill(undefined);
  const scratchTargets = new Array<Value | undefined>(size).fill(undefined);
  // Node points shared between evaluations (two slots per node, see `sharedPointsResult`).
  const pointsCache = new Array<PointsResult | undefined>(size * 2).fill(undefined);
  // Criteria below each node: a node with none shows the one frozen zero count.
  const criteriaBelow = new Int32Array(size);
  for (const c of criteria) for (let a = parents[c]!; a >= 0; a = parents[a]!) criteriaBelow[a]!++;

  /**
   * Judges node `i` of a run (its children and `of` references are judged already): the entry's
   * recorded status, else its rule; where it does not apply, not applicable or unknown with the reason.
   * The one definition of a node's status, which the loop below and the generated code both call.
   */
  const step = (state: RunState, applies: Applicability, i: number): void => {
    const judged = state.judged;
    const explain = state.explain;
    const applicable = applies.all[i]!;
    if (applicable !== 1 && needed[i] === 0) {
      judged[i] = applicable === 0 ? NOT_APPLICABLE : UNKNOWN;
    } else {
      const entry = state.entries[i];
      const recorded = entry?.status;
      if (recorded !== undefined) {
        judged[i] = STATUS_CODES[recorded];
        if (explain) {
          state.reasons[i] = ENTRY_STATUS_REASONS.get(recorded) ?? {
            code: "entry_status",
            params: { status: recorded },
          };
          const value = entry!.value;
          if (value !== undefined) state.values[i] = value;
        }
      } else judged[i] = judges[i]!(state, i);
    }
    if (applicable === 1) scratchStatus[i] = judged[i]!;
    else {
      scratchStatus[i] = applicable === 0 ? NOT_APPLICABLE : UNKNOWN;
      if (explain) {
        state.reasons[i] =
          applicable === 0
            ? {
                code: "not_applicable_kind",
                params: {
                  kind: state.subject.kind ?? null,
                  appliesTo: (applies.blocker[i] ?? []).join(", "),
                },
              }
            : { code: "missing_context", params: { context: "subject.kind" } };
      }
    }
  };

  // The explained run as generated code (`generateExplain`), written on the first `evaluate` when
  // `codegen` allows; `undefined` runs the loops below, which it calls for whatever it does not inline.
  let explainCode: GeneratedExplain | undefined;

  /** A run's state: the subject, its applicability and the entries by node, scratch cleared. */
  const prepare = (
    assessment: Assessment,
    context: EvaluationContext,
    explain: boolean,
    clear = explain,
  ): { state: RunState; applies: Applicability } => {
    const subject: Subject =
      context.subject === undefined
        ? assessment.subject
        : { ...assessment.subject, ...definedOnly(context.subject) };
    const kind = subject.kind;
    const applies = plan.applicability(kind);
    // Scratch arrays are reused across runs: a run is synchronous and nothing it returns keeps them.
    const entries = scratchEntries;
    // Cleared with one loop: for arrays of this size, four `fill` calls cost more than the loop.
    // Generated code (`clear` false) clears the reasons, values and targets of the nodes it hands to
    // `step` itself, and overwrites the others.
    if (clear) {
      for (let i = 0; i < size; i++) {
        entries[i] = undefined;
        scratchReasons[i] = undefined;
        scratchValues[i] = undefined;
        scratchTargets[i] = undefined;
      }
    } else for (let i = 0; i < size; i++) entries[i] = undefined;
    // Entries usually follow the framework's leaf order: try the next leaf before hashing the id.
    let guess = firstLeaf;
    for (const entry of assessment.entries) {
      const id = entry.node;
      const index = guess >= 0 && ids[guess] === id ? guess : indexOf.get(id);
      if (index === undefined) continue;
      if (entries[index] === undefined) entries[index] = entry;
      guess = nextLeaf[index]!;
    }
    const judged = scratchJudged;
    const state: RunState = {
      framework,
      assessment,
      context,
      subject,
      region:
        (subject.class === undefined ? undefined : useRegion.get(subject.class)) ?? subject.region,
      year: Number((context.date ?? assessment.period.end).slice(0, 4)),
      entries,
      judged,
      ownApplies: applies.own,
      explain,
      reasons: explain ? scratchReasons : NO_DRAFTS,
      values: explain ? scratchValues : NO_DRAFTS,
      targets: explain ? scratchTargets : NO_DRAFTS,
    };
    return { state, applies };
  };

  /** A run's totals once every node is judged: the criteria count, disqualifiers and points. */
  const aggregate = (state: RunState): Run => {
    const status = scratchStatus;
    let met = 0;
    let notMet = 0;
    let notApplicable = 0;
    let unknown = 0;
    let unknownExcluded = 0;
    let error = 0;
    for (const c of criteria) {
      const s = status[c]!;
      if (s === MET || (s === NOT_APPLICABLE && policies[c]!.notApplicable === 1)) met++;
      else if (s === NOT_MET) notMet++;
      else if (s === NOT_APPLICABLE) notApplicable++;
      else if (s === UNKNOWN) {
        unknown++;
        // The policy `unknown: "exclude"` leaves the criterion out of the denominator.
        if (policies[c]!.unknown === 0) unknownExcluded++;
      } else error++;
    }
    const count: Count = {
      met,
      notMet,
      notApplicable,
      unknown,
      error,
      applicable: met + notMet + unknown - unknownExcluded + error,
      total: criteria.length,
    };
    const disqualifiers: number[] = [];
    for (const d of disqualifying) {
      if (status[d] === NOT_MET || status[d] === ERROR) disqualifiers.push(d);
    }
    const totals =
      pointsPlan === undefined
        ? undefined
        : totalPoints(pointsPlan, status, state.entries, policies, scratchPoints);
    return { state, status, count, totals, disqualifiers };
  };

  /**
   * `aggregate` for an explained run, which also counts the criteria below each node (each criterion
   * counts once in each of its ancestors) for the node results.
   */
  const aggregateBelow = (state: RunState): Run => {
    const r = aggregate(state);
    const status = r.status;
    const below = scratchBelow;
    below.fill(0);
    for (const c of criteria) {
      const s = status[c]!;
      const bucket =
        s === NOT_APPLICABLE && policies[c]!.notApplicable === 1
          ? MET
          : s === UNKNOWN && policies[c]!.unknown === 0
            ? UNKNOWN_EXCLUDED
            : s;
      for (let a = parents[c]!; a >= 0; a = parents[a]!) below[a * BUCKETS + bucket]!++;
    }
    return r;
  };

  /** The interpreter's run: every node judged in evaluation order by `step`, then the totals. */
  const run = (assessment: Assessment, context: EvaluationContext, explain: boolean): Run => {
    const { state, applies } = prepare(assessment, context, explain);
    for (const i of order) step(state, applies, i);
    return aggregate(state);
  };

  const nodeScore = (
    index: number,
    status: number,
    entry: Entry | undefined,
    context: EvaluationContext,
  ): number | null => {
    const normalize = nodes[index]!.normalize;
    const value = entry?.value;
    if (normalize !== undefined && typeof value === "number" && status !== NOT_APPLICABLE) {
      const cohorts = context.cohort;
      const id = nodes[index]!.id;
      const cohort = cohorts !== undefined && Object.hasOwn(cohorts, id) ? cohorts[id] : undefined;
      return normalizeValue(normalize, value, cohort);
    }
    return status === MET ? 1 : status === NOT_MET ? 0 : null;
  };

  const tiersRun = compileTiers(framework.tiers, plan.tierIndex);
  const tiersFor = (r: Run, score: Score, context: EvaluationContext, explain: boolean) =>
    tiersRun(
      {
        framework,
        scope,
        status: r.status,
        criteria,
        mandatory,
        count: r.count,
        plan: pointsPlan,
        totals: r.totals,
        score,
        disqualifiers: r.disqualifiers.map((index) => nodes[index]!.id),
        context,
        tierIndex: plan.tierIndex,
        explain,
      },
      explain,
    );

  /** A node result with any combination of keys, added in their order. */
  const generalResult = (
    id: string,
    kind: NodeResult["kind"],
    statusName: NodeResult["status"],
    reason: Reason,
    value: Value | undefined,
    target: Value | undefined,
    count: Count | undefined,
    points: PointsResult | undefined,
    score: number | null,
    entry: Entry | undefined,
    i: number,
  ): NodeResult => {
    const result: { -readonly [K in keyof NodeResult]: NodeResult[K] } = {
      id,
      kind,
      status: statusName,
      reason,
    };
    if (value !== undefined) result.value = value;
    if (target !== undefined) result.target = target;
    if (count !== undefined) result.count = count;
    if (points !== undefined) result.points = points;
    result.score = score;
    if (entry?.selfScore !== undefined) result.selfScore = entry.selfScore;
    if (entry?.verifiedScore !== undefined) result.verifiedScore = entry.verifiedScore;
    if (hasChildren[i] === 1) result.children = childIds[i]!;
    return result;
  };

  // Whether a node's score needs its `normalize` (else it follows from the status alone).
  const normalized = Uint8Array.from(nodes, (node) => (node.normalize === undefined ? 0 : 1));

  /**
   * The result of node `i` after a run: status, reason, value and target, count, points and score. The
   * one definition of a node result, which the loop in `evaluate` and the generated code both call.
   */
  const resultOf = (r: ExplainRun, context: EvaluationContext, i: number): NodeResult => {
    const { state, status } = r;
    const below = scratchBelow;
    const node = nodes[i]!;
    // A draft is the reason itself: a code and its params, no sentences.
    const reason = (state.reasons[i] ?? NOT_JUDGED_REASON) as Reason;
    const entry = state.entries[i];
    const statusName = STATUS_NAMES[status[i]!]!;
    // Copied: the output shares no mutable object with the assessment, framework or context.
    // Scalars, the common case, need no copy (nor a call).
    const rawValue = state.values[i];
    const rawTarget = state.targets[i];
    const value = typeof rawValue === "object" ? copyValue(rawValue) : rawValue;
    const target = typeof rawTarget === "object" ? copyValue(rawTarget) : rawTarget;
    let count: Count | undefined;
    if (hasChildren[i] === 1) {
      count = criteriaBelow[i] === 0 ? ZERO_COUNT : toCount(below, i * BUCKETS);
    }
    let points: PointsResult | undefined;
    if (hasPoints[i] === 1 && r.totals !== undefined) {
      points = sharedPointsResult(pointsPlan!, r.totals, i, pointsCache);
    }
    const score =
      normalized[i] === 1 ? nodeScore(i, status[i]!, entry, context) : STATUS_SCORE[status[i]!]!;
    const id = node.id;
    const kind = node.kind;
    let result: NodeResult;
    // Whole object literals for the common shapes: adding keys one by one would grow each object's
    // property store several times. Keys keep the order of the general case below.
    if (
      entry?.selfScore !== undefined ||
      entry?.verifiedScore !== undefined ||
      (count !== undefined && (value !== undefined || target !== undefined))
    ) {
      result = generalResult(
        id,
        kind,
        statusName,
        reason,
        value,
        target,
        count,
        points,
        score,
        entry,
        i,
      );
    } else if (count !== undefined) {
      result =
        points === undefined
          ? { id, kind, status: statusName, reason, count, score, children: childIds[i]! }
          : {
              id,
              kind,
              status: statusName,
              reason,
              count,
              points,
              score,
              children: childIds[i]!,
            };
    } else if (points === undefined) {
      result =
        value === undefined
          ? target === undefined
            ? { id, kind, status: statusName, reason, score }
            : { id, kind, status: statusName, reason, target, score }
          : target === undefined
            ? { id, kind, status: statusName, reason, value, score }
            : { id, kind, status: statusName, reason, value, target, score };
    } else {
      result =
        value === undefined
          ? target === undefined
            ? { id, kind, status: statusName, reason, points, score }
            : { id, kind, status: statusName, reason, target, points, score }
          : target === undefined
            ? { id, kind, status: statusName, reason, value, points, score }
            : { id, kind, status: statusName, reason, value, target, points, score };
    }
    return result;
  };

  let explainTried = !codegen;
  const evaluate = (
    assessment: Assessment,
    rawContext: EvaluationContext = NO_CONTEXT,
  ): Evaluation => {
    if (!explainTried) {
      explainTried = true;
      explainCode = generateExplain(plan, judges, {
        step,
        resultOf,
        countOf: (i) => toCount(scratchBelow, i * BUCKETS),
        pointsOf: (totals, i) => sharedPointsResult(pointsPlan!, totals, i, pointsCache),
        simplePoints: (i) => simplePointsByStatus(pointsPlan!, policies, i),
        zeroCount: ZERO_COUNT,
        notJudged: NOT_JUDGED_REASON,
        statusScore: STATUS_SCORE,
        statusNames: STATUS_NAMES,
        criteriaBelow,
      });
    }
    // Invalid context members are left out (dependent nodes become unknown) and reported.
    const { data: context, issues: contextIssues } =
      rawContext === NO_CONTEXT ? NO_CONTEXT_CHECKED : usableContext(rawContext);
    const results: NodeResult[] = new Array(size);
    let r: Run;
    if (explainCode !== undefined) {
      const { state, applies } = prepare(assessment, context, true, false);
      r = explainCode(state, applies, scratchStatus, aggregateBelow, context, results);
    } else {
      const { state, applies } = prepare(assessment, context, true);
      for (const i of order) step(state, applies, i);
      r = aggregateBelow(state);
      for (let i = 0; i < size; i++) results[i] = resultOf(r, context, i);
    }
    const { state } = r;
    const points =
      pointsPlan === undefined || r.totals === undefined
        ? undefined
        : pointsResult(pointsPlan, r.totals, -1);
    let byId = EMPTY_RESULTS;
    if (modelReadsResults) {
      const map = new Map<string, NodeResult>();
      for (const result of results) if (!map.has(result.id)) map.set(result.id, result);
      byId = map;
    }
    // `points` may be undefined: the models read it, none lists the input's keys.
    const score = scoreModel({ framework, assessment, results: byId, count: r.count, points });
    const tiers = tiersFor(r, score, context, true);
    const disqualifiers: Disqualifier[] = r.disqualifiers.map((index) => ({
      node: nodes[index]!.id,
      reason: results[index]!.reason,
    }));
    // Whole literals (no conditional spread, which V8 copies key by key); keys in their JSON order.
    const id = { id: framework.id, version: framework.version };
    const subject = { ...state.subject };
    const period = {
      id: assessment.period.id,
      start: assessment.period.start,
      end: assessment.period.end,
    };
    const { tier, tiers: tierResults } = tiers;
    const count = r.count;
    const evaluation: Evaluation =
      points === undefined
        ? {
            framework: id,
            subject,
            period,
            nodes: results,
            count,
            score,
            tier,
            tiers: tierResults,
            disqualifiers,
          }
        : {
            framework: id,
            subject,
            period,
            nodes: results,
            count,
            points,
            score,
            tier,
            tiers: tierResults,
            disqualifiers,
          };
    if (contextIssues.length > 0) return { ...evaluation, contextIssues };
    return evaluation;
  };

  const summarize = (
    assessment: Assessment,
    rawContext: EvaluationContext = NO_CONTEXT,
  ): EvaluationSummary => {
    const context = usableContext(rawContext).data;
    const r = run(assessment, context, false);
    const points =
      pointsPlan === undefined || r.totals === undefined
        ? undefined
        : pointsResult(pointsPlan, r.totals, -1);
    let results = EMPTY_RESULTS;
    if (modelReadsResults) {
      const byId = new Map<string, NodeResult>();
      for (let i = 0; i < size; i++) {
        const id = nodes[i]!.id;
        if (byId.has(id)) continue;
        const s = r.status[i]! as StatusCode;
        byId.set(id, {
          id,
          kind: nodes[i]!.kind,
          status: STATUS_NAMES[s]!,
          reason: SUMMARY_REASON,
          score: nodeScore(i, s, r.state.entries[i], context),
        });
      }
      results = byId;
    }
    const score = scoreModel({ framework, assessment, results, count: r.count, points });
    const tier = tiersFor(r, score, context, false).tier;
    return points === undefined
      ? { count: r.count, score, tier }
      : { count: r.count, points, score, tier };
  };

  if (!codegen) return { framework, evaluate, summarize };
  // Generated on the first summarize, so that evaluate alone never pays for it.
  let generated: GeneratedSummarize | undefined | null = null;
  return {
    framework,
    evaluate,
    summarize: (assessment, context) => {
      if (generated === null) generated = generateSummarize(plan);
      if (generated === undefined) return summarize(assessment, context);
      return generated(assessment, usableContext(context).data) ?? summarize(assessment, context);
    },
  };
}

/** A node's score by status when it has no `normalize`: met 1, not met 0, else null. */
const STATUS_SCORE: readonly (number | null)[] = [1, 0, null, null, null];

/** The count of a node with no criterion below it, shared by every evaluation and hence frozen. */
const ZERO_COUNT: Count = Object.freeze({
  met: 0,
  notMet: 0,
  notApplicable: 0,
  unknown: 0,
  error: 0,
  applicable: 0,
  total: 0,
});

/** Fixed reasons, shared by every evaluation and hence frozen. */
const NOT_JUDGED_REASON: Reason = Object.freeze({ code: "not_judged" });

/** The reason of the node results `summarize` hands to scoring models, which read statuses only. */
const SUMMARY_REASON: Reason = NOT_JUDGED_REASON;

const ENTRY_STATUS_REASONS: ReadonlyMap<string, Reason> = /* @__PURE__ */ (() =>
  new Map(
    STATUS_NAMES.map((status) => [
      status,
      Object.freeze({ code: "entry_status", params: Object.freeze({ status }) }) as Reason,
    ]),
  ))();

/**
 * A copy of a value (plain JSON: a number, boolean, string, list of ids or tally); scalars, the
 * common case, are returned as they are.
 */
function copyValue<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copyValue) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // An own "__proto__" key (JSON.parse makes them) stays a key, never the copy's prototype.
    Object.defineProperty(copy, key, {
      value: copyValue(inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

function definedOnly(subject: Partial<Subject>): Partial<Subject> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(subject)) if (value !== undefined) result[key] = value;
  return result as Partial<Subject>;
}
