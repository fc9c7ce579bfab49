import { compareToExact } from "../../core/exact.js";
import type { Applicability, Plan } from "../engine/plan.js";
import type { PointsTotals } from "../points.js";
import type { Judge, RunState } from "../rules/rule.js";
import type { EvaluationContext, NodeResult } from "../types.js";
import { literal, OPERATORS } from "./source.js";

/*
 * The explained run (`evaluate`) as straight-line code per framework: the interpreter's two loops, the
 * judging of every node in evaluation order and the building of every node result, unrolled with what
 * the plan fixes written in (which nodes always apply, which have children, points or a count, the
 * fixed thresholds of compare leaves). It is a specialisation, not a second engine: whatever is not
 * written inline calls the interpreter's own `step` (a node's status and reason) and `resultOf` (a node
 * result), so a node whose value is missing, of another type, recorded by the assessor or outside the
 * inline kinds gets exactly the interpreter's result. The counts, points, score, tiers and
 * disqualifiers are the interpreter's too (`aggregate`). The code is written as functions of at most
 * `CHUNK` nodes that pass statuses, reasons and values through the run's arrays: V8 optimises a function
 * only below a bytecode size, and one function for a framework of a hundred nodes stayed unoptimised.
 * The differential tests in test/scoring/compile/generateExplain.test.ts and
 * test/scoring/runners.prop.test.ts (and `npm run fuzz`) compare full evaluations of both.
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
  /** A node's points by status when they are simple (`simplePointsByStatus`), else `undefined`. */
  readonly simplePoints: (i: number) => readonly unknown[] | undefined;
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

/**
 * The generated explained run: judges every node in evaluation order (filling `status` and, for the
 * nodes it hands to the interpreter, the state's reasons, values and targets), calls `aggregate` for the
 * run's totals, writes every node result into `out` and returns what `aggregate` returned.
 */
export type GeneratedExplain = <R extends ExplainRun>(
  state: RunState,
  applies: Applicability,
  status: Uint8Array,
  aggregate: (state: RunState) => R,
  context: EvaluationContext,
  out: NodeResult[],
) => R;

/**
 * The most nodes written out: each node is a few hundred characters of source, and V8 compiles a body
 * of a few megabytes slowly; past this the interpreter's loops, which give the same results, run.
 */
const MAX_NODES = 3000;

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
 * @returns The generated run, or `undefined`.
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
  const inlines: unknown[] = [];
  const targets: unknown[] = new Array(size).fill(undefined);
  // How each node is written: 0 through `step`, 1 an inlined compare, 2 an inlined combinator, 3 an
  // inlined compare without points, whose result the judge phase writes. An
  // inlined node whose entry or value takes it to `step` is flagged in `F` for the result phase.
  const how = new Uint8Array(size);
  const judgeBlocks: string[] = [];
  // The run's arrays are not cleared for generated code (`prepare` with `clear` false): what the
  // interpreter's step may leave unset for a node is cleared just before it runs.
  const stepLine = (i: number) =>
    `V[${i}] = undefined; T[${i}] = undefined; R[${i}] = undefined; step(state, applies, ${i});`;
  for (const i of order) {
    const inline = judges[i]!.inline;
    const node = nodes[i]!;
    // Inline only where the node always applies, is judged by its rule alone and scores by status.
    if (
      inline === undefined ||
      varies[i] === 1 ||
      cyclic[i] === 1 ||
      node.normalize !== undefined ||
      (inline.type === "combinator" && inline.items.some((item) => varies[item] === 1))
    ) {
      judgeBlocks.push(stepLine(i));
      continue;
    }
    const k = inlines.length;
    inlines.push(inline);
    const fallBack = `{ F[${i}] = 1; ${stepLine(i)} }`;
    if (inline.type === "combinator") {
      how[i] = 2;
      const terms = inline.items.map((item, position) => {
        const q = inline.naMet[position] ? `(S[${item}] === 2 ? 0 : S[${item}])` : `S[${item}]`;
        return `q = ${q}; k = k * 5 + q; if (q === 0) m++; else if (q === 1) n++; else if (q !== 2) { o++; if (q === 4) f = 1; }`;
      });
      const need = inline.required === "all" ? "a" : literal(inline.required);
      judgeBlocks.push(
        [
          // Any entry on a combinator (a recorded status, entered scores) is the interpreter's case.
          `if (E[${i}] !== undefined) ${fallBack}`,
          `else { F[${i}] = 0; k = 0; m = 0; n = 0; o = 0; f = 0; ${terms.join(" ")}`,
          `  a = m + n + o; s = a === 0 ? 2 : m >= ${need} ? 0 : m + o >= ${need} ? (f === 1 ? 4 : 3) : 1;`,
          `  J[${i}] = s; S[${i}] = s; r = X[${k}].cachedReason(k);`,
          // A key not seen yet: the judge itself writes (and keeps) the reason.
          `  if (r === undefined) J[${i}] = judge${i}(state, ${i}); else R[${i}] = r; }`,
        ].join("\n  "),
      );
      continue;
    }
    how[i] = 1;
    targets[i] = inline.target;
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
    // A leaf without points needs nothing from the totals: its result is written here, at once.
    const early = !(withPoints && hasPoints[i] === 1);
    if (early) how[i] = 3;
    const keep = early
      ? `out[${i}] = { id: I[${i}], kind: K[${i}], status: N[s], reason: X[${k}].reason(s, x), value: x, target: TG[${i}], score: SS[s] };`
      : `V[${i}] = x; R[${i}] = X[${k}].reason(s, x);`;
    judgeBlocks.push(
      [
        `e = E[${i}]; x = e === undefined ? undefined : e.value;`,
        `if ((e !== undefined && (e.status !== undefined || e.selfScore !== undefined || e.verifiedScore !== undefined)) || ${check}) ${fallBack}`,
        `else { F[${i}] = 0; s = ${comparison} ? 0 : 1; J[${i}] = s; S[${i}] = s; ${keep} }`,
      ].join("\n  "),
    );
  }

  const resultBlocks: string[] = [];
  // Simple points (`met`, whole, no deductions) are read off by status, as `totalPoints` totals them.
  const byStatus = new Array<readonly unknown[] | undefined>(size).fill(undefined);
  for (let i = 0; i < size; i++) {
    if (withPoints && hasPoints[i] === 1) byStatus[i] = parts.simplePoints(i);
  }
  for (let i = 0; i < size; i++) {
    const points =
      withPoints && hasPoints[i] === 1
        ? `, points: ${byStatus[i] === undefined ? `pointsOf(totals, ${i})` : `PS[${i}][s]`}`
        : "";
    const count =
      hasChildren[i] === 1
        ? `, count: ${parts.criteriaBelow[i] === 0 ? "ZC" : `countOf(${i})`}`
        : "";
    const children = hasChildren[i] === 1 ? `, children: C[${i}]` : "";
    const interpreter = `out[${i}] = resultOf(run, context, ${i});`;
    if (how[i] === 3) {
      // Written in the judge phase, unless flagged.
      resultBlocks.push(`if (F[${i}] === 1) ${interpreter}`);
      continue;
    }
    if (how[i] !== 0) {
      // Inlined, unless flagged: the status, reason and value are the ones the judge phase wrote.
      const head = `id: I[${i}], kind: K[${i}], status: N[s], reason: R[${i}]`;
      const value = how[i] === 1 ? `, value: V[${i}], target: TG[${i}]` : "";
      resultBlocks.push(
        `if (F[${i}] === 1) ${interpreter} else { s = S[${i}]; out[${i}] = { ${head}${value}${count}${points}, score: SS[s]${children} }; }`,
      );
      continue;
    }
    // `normalize` makes the score depend on the value and the cohort: the interpreter builds those.
    if (nodes[i]!.normalize !== undefined) {
      resultBlocks.push(interpreter);
      continue;
    }
    const head = `id: I[${i}], kind: K[${i}], status: N[s], reason: R[${i}] === undefined ? NJ : R[${i}]`;
    let fast: string;
    if (hasChildren[i] === 1) {
      fast = `if (x === undefined && t === undefined) out[${i}] = { ${head}${count}${points}, score: SS[s]${children} };`;
    } else {
      fast =
        `if (x === undefined && t === undefined) out[${i}] = { ${head}${points}, score: SS[s] };` +
        ` else if (typeof x !== "object" && typeof t !== "object" && x !== undefined && t !== undefined) out[${i}] = { ${head}, value: x, target: t${points}, score: SS[s] };`;
    }
    resultBlocks.push(
      [
        `e = E[${i}]; x = V[${i}]; t = T[${i}]; s = S[${i}];`,
        `if (e !== undefined && (e.selfScore !== undefined || e.verifiedScore !== undefined)) ${interpreter}`,
        `else { ${fast} else ${interpreter} }`,
      ].join("\n  "),
    );
  }

  // The judges of inlined combinators, for keys not seen yet.
  const combinatorJudges: string[] = [];
  const judgeArguments: unknown[] = [];
  for (let i = 0; i < size; i++) {
    if (how[i] === 2) {
      combinatorJudges.push(`judge${i}`);
      judgeArguments.push(judges[i]);
    }
  }
  // Written as functions of at most CHUNK nodes each: V8 optimises a function only below a bytecode
  // size, and takes longer the larger it is; one function for a framework of a hundred nodes stays in
  // the baseline tier, slower than the interpreter's loops.
  const chunks = (blocks: readonly string[], name: string, parameters: string, head: string) => {
    const functions: string[] = [];
    const calls: string[] = [];
    for (let start = 0; start < blocks.length; start += CHUNK) {
      const id = `${name}${functions.length}`;
      functions.push(
        `function ${id}(${parameters}) {\n  ${head}\n  ${blocks.slice(start, start + CHUNK).join("\n  ")}\n}`,
      );
      calls.push(`${id}(${parameters});`);
    }
    return { functions, calls };
  };
  const judgePhase = chunks(
    judgeBlocks,
    "judgeChunk",
    "state, applies, S, out",
    "const E = state.entries, J = state.judged, V = state.values, T = state.targets, R = state.reasons;\n  let e, x, s, r, q, k, m, n, o, f, a;",
  );
  const resultPhase = chunks(
    resultBlocks,
    "resultChunk",
    "run, context, out",
    "const state = run.state, S = run.status, totals = run.totals;\n  const E = state.entries, V = state.values, T = state.targets, R = state.reasons;\n  let e, x, t, s;",
  );
  const body = `
"use strict";
// Per inlined node: 1 when this run handed it to the interpreter.
const F = new Uint8Array(${size});
${judgePhase.functions.join("\n")}
${resultPhase.functions.join("\n")}
return function explain(state, applies, S, aggregate, context, out) {
  ${judgePhase.calls.join("\n  ")}
  const run = aggregate(state);
  ${resultPhase.calls.join("\n  ")}
  return run;
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
      "TG",
      "PS",
      "compareToExact",
      ...combinatorJudges,
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
      targets,
      byStatus,
      compareToExact,
      ...judgeArguments,
    ],
    body,
  };
}

/** Nodes per generated function (see `chunks` above). */
const CHUNK = 24;
