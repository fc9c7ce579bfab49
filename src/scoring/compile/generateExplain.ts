import { compareToExact } from "../../core/exact.js";
import type { Applicability, Plan } from "../engine/plan.js";
import type { PointsTotals } from "../points.js";
import type { InlineCompare, Judge, RunState } from "../rules/rule.js";
import type { EvaluationContext, NodeResult } from "../types.js";

/*
 * The explained run (`evaluate`) as straight-line code per framework: the interpreter's two loops, the
 * judging of every node in evaluation order and the building of every node result, unrolled with what
 * the plan fixes written in (which nodes always apply, which have children, points or a count, the
 * fixed thresholds of compare leaves). It is a specialisation, not a second engine: whatever is not
 * written inline calls the interpreter's own `step` (a node's status and reason) and `resultOf` (a node
 * result), so a node whose value is missing, of another type, recorded by the assessor or outside the
 * inline kinds gets exactly the interpreter's result. The differential tests in
 * test/scoring/runners.prop.test.ts compare full evaluations of both.
 */

/** The interpreter's parts the generated code calls (closures over one compiled framework). */
export interface ExplainParts {
  /** Judges node `i` as the interpreter's loop does. */
  readonly step: (state: RunState, applies: Applicability, i: number) => void;
  /** Node `i`'s result as the interpreter's loop builds it. */
  readonly resultOf: (run: ExplainRun, context: EvaluationContext, i: number) => NodeResult;
  /** The count of the criteria below node `i` (a node with some). */
  readonly countOf: (i: number) => unknown;
  /** The points of node `i` (shared between evaluations, frozen). */
  readonly pointsOf: (totals: PointsTotals, i: number) => unknown;
  /** The count shown by a node with children but no criterion below (frozen). */
  readonly zeroCount: unknown;
  /** The reason of a node nothing judged. */
  readonly notJudged: unknown;
  /** A node's score by status, for nodes without `normalize`. */
  readonly statusScore: readonly (number | null)[];
  readonly statusNames: readonly string[];
  /** Criteria below each node. */
  readonly criteriaBelow: Int32Array;
}

/** What the interpreter's run hands to the result phase. */
export interface ExplainRun {
  readonly state: RunState;
  readonly status: Uint8Array;
  readonly totals: PointsTotals | undefined;
}

/** The generated explained run: the two phases of the interpreter's `evaluate`, unrolled. */
export interface GeneratedExplain {
  /** Judges every node in evaluation order, filling `status` and the state's reasons, values, targets. */
  readonly judge: (state: RunState, applies: Applicability, status: Uint8Array) => void;
  /** Writes every node result into `out`. */
  readonly results: (run: ExplainRun, context: EvaluationContext, out: NodeResult[]) => void;
}

/**
 * The most nodes written out: each node is a few hundred characters of source, and V8 compiles a body
 * of a few megabytes slowly; past this the interpreter's loops, which give the same results, run.
 */
const MAX_NODES = 5000;

const OPERATORS: Readonly<Record<string, string>> = {
  ">=": ">=",
  ">": ">",
  "<=": "<=",
  "<": "<",
  "=": "===",
  "!=": "!==",
};

/** A finite number as a JavaScript literal (parenthesised, so a minus sign is safe). */
function literal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError("generateExplain: not a finite number");
  return `(${JSON.stringify(value)})`;
}

/**
 * Generates the explained run of a framework, or returns `undefined` when it is too large or the
 * runtime forbids `new Function` (a CSP without `unsafe-eval`); the caller then runs its loops.
 *
 * No text from the framework or the assessment is written into the code: ids, kinds and reasons are
 * read from arrays passed in, numbers are written with `JSON.stringify` after a finiteness check.
 *
 * @param plan - The framework's plan (`planOf`).
 * @param judges - The compiled judge of each node (their `inline` descriptors are written out).
 * @param parts - The interpreter's parts the generated code calls.
 * @returns The generated phases, or `undefined`.
 */
export function generateExplain(
  plan: Plan,
  judges: readonly Judge[],
  parts: ExplainParts,
): GeneratedExplain | undefined {
  if (plan.size > MAX_NODES) return undefined;
  let source: { parameters: string[]; arguments: unknown[]; body: string };
  try {
    source = generateExplainSource(plan, judges, parts);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  try {
    const factory = new Function(...source.parameters, source.body) as (
      ...args: unknown[]
    ) => GeneratedExplain;
    return factory(...source.arguments);
  } catch {
    return undefined;
  }
}

/**
 * The source of the generated explained run, exported for tests that inspect what is written into it.
 *
 * @param plan - The framework's plan.
 * @param judges - The compiled judges.
 * @param parts - The interpreter's parts.
 * @returns The parameter names, their values and the body.
 */
export function generateExplainSource(
  plan: Plan,
  judges: readonly Judge[],
  parts: ExplainParts,
): { parameters: string[]; arguments: unknown[]; body: string } {
  const { size, nodes, order, varies, cyclic, hasChildren, hasPoints } = plan;
  const withPoints = plan.points !== undefined;
  const inlines: InlineCompare[] = [];
  const judgeLines: string[] = [];
  for (const i of order) {
    const inline = judges[i]!.inline;
    // Inline only where the node always applies and is judged by its rule alone.
    if (inline === undefined || varies[i] === 1 || cyclic[i] === 1) {
      judgeLines.push(`step(state, applies, ${i});`);
      continue;
    }
    const k = inlines.length;
    inlines.push(inline);
    const operator = OPERATORS[inline.comparator];
    if (operator === undefined) throw new RangeError(`comparator ${inline.comparator}`);
    let check: string;
    let comparison: string;
    if (inline.type === "boolean") {
      check = `typeof x !== "boolean"`;
      comparison = `(x ? 1 : 0) - ${inline.target === true ? 1 : 0} ${operator} 0`;
    } else {
      check =
        inline.type === "count"
          ? `typeof x !== "number" || !(Number.isInteger(x) && x >= 0)`
          : `typeof x !== "number"`;
      comparison =
        inline.exact === undefined
          ? `x ${operator} ${literal(inline.target as number)}`
          : `compareToExact(x, X[${k}].exact, X[${k}].approx) ${operator} 0`;
    }
    judgeLines.push(
      `e = E[${i}]; x = e === undefined ? undefined : e.value;`,
      `if ((e !== undefined && e.status !== undefined) || ${check}) step(state, applies, ${i});`,
      `else { s = ${comparison} ? 0 : 1; J[${i}] = s; S[${i}] = s; V[${i}] = x; T[${i}] = X[${k}].target; R[${i}] = X[${k}].reason(s, x); }`,
    );
  }

  const resultLines: string[] = [];
  for (let i = 0; i < size; i++) {
    // `normalize` makes the score depend on the value and the cohort: the interpreter builds those.
    if (nodes[i]!.normalize !== undefined) {
      resultLines.push(`out[${i}] = resultOf(run, context, ${i});`);
      continue;
    }
    const head = `id: I[${i}], kind: K[${i}], status: N[s], reason: R[${i}] === undefined ? NJ : R[${i}]`;
    const points = withPoints && hasPoints[i] === 1 ? `, points: pointsOf(totals, ${i})` : "";
    const score = ", score: SS[s]";
    let fast: string;
    if (hasChildren[i] === 1) {
      const count = parts.criteriaBelow[i] === 0 ? "ZC" : `countOf(${i})`;
      fast = `if (x === undefined && t === undefined) out[${i}] = { ${head}, count: ${count}${points}${score}, children: C[${i}] };`;
    } else {
      fast =
        `if (x === undefined && t === undefined) out[${i}] = { ${head}${points}${score} };` +
        ` else if (typeof x !== "object" && typeof t !== "object" && x !== undefined && t !== undefined) out[${i}] = { ${head}, value: x, target: t${points}${score} };`;
    }
    resultLines.push(
      `e = E[${i}]; x = V[${i}]; t = T[${i}]; s = S[${i}];`,
      `if (e !== undefined && (e.selfScore !== undefined || e.verifiedScore !== undefined)) out[${i}] = resultOf(run, context, ${i});`,
      `else { ${fast} else out[${i}] = resultOf(run, context, ${i}); }`,
    );
  }

  const body = `
"use strict";
return {
  judge: function judge(state, applies, S) {
    const E = state.entries, J = state.judged, V = state.values, T = state.targets, R = state.reasons;
    let e, x, s;
    ${judgeLines.join("\n    ")}
  },
  results: function results(run, context, out) {
    const state = run.state, S = run.status, totals = run.totals;
    const E = state.entries, V = state.values, T = state.targets, R = state.reasons;
    let e, x, t, s;
    ${resultLines.join("\n    ")}
  },
};`;
  return {
    parameters: [
      "step",
      "resultOf",
      "countOf",
      "pointsOf",
      "ZC",
      "NJ",
      "SS",
      "N",
      "I",
      "K",
      "C",
      "X",
      "compareToExact",
    ],
    arguments: [
      parts.step,
      parts.resultOf,
      parts.countOf,
      parts.pointsOf,
      parts.zeroCount,
      parts.notJudged,
      parts.statusScore,
      parts.statusNames,
      nodes.map((node) => node.id),
      nodes.map((node) => node.kind),
      plan.childIds,
      inlines,
      compareToExact,
    ],
    body,
  };
}
