import type { Assessment } from "../../assessment/schema.js";
import { cmp, compareToExact, type Exact, exact, mul, toNumber } from "../../core/exact.js";
import type { FrameworkNode, Rule, TierCondition } from "../../framework/schema.js";
import { type Plan, Status } from "../engine/plan.js";
import type { EvaluationContext, EvaluationSummary } from "../types.js";
import { literal, OPERATORS } from "./source.js";

type CompareRule = Extract<Rule, { type: "compare" }>;

/** A generated summarize: the summary, or `undefined` when the assessment needs the interpreter. */
export type GeneratedSummarize = (
  assessment: Assessment,
  context?: EvaluationContext,
) => EvaluationSummary | undefined;

/** Thrown (and caught in `generateSummarize`) when a framework is outside the generated subset. */
class Unsupported extends Error {}

/** Leaves the framework to the interpreter, naming what the generated code does not cover. */
function unsupported(what: string): never {
  throw new Unsupported(what);
}

/**
 * Compiles a framework's bulk path (`summarize`) to one straight-line function, as ajv does for
 * schemas: leaf comparisons inlined with their exact thresholds, combinators as boolean expressions,
 * whole-number points as integer sums, tiers as one chain of conditions.
 *
 * Only the common subset is generated: nodes with or without `appliesTo`, `judged` rules and leaves
 * that wait for the assessor's verdict (`verdict` values, no value, a value with no rule), compare rules
 * with fixed number or boolean targets, boolean leaves without a rule, `all` / `any` / `atLeast` over
 * children (no `of` lists: a node read through one is judged even where it does not apply), `met` and
 * `sum` points with whole maxima and no deductions or bonus, the `count` and `points` models, and tier
 * conditions that read only those (prerequisite tiers only on lower tiers). Statuses are the
 * interpreter's five (met, not met, not applicable, unknown, error): an entry's recorded status
 * overrides the rule of any node that applies, and the framework's and nodes' policies act on counts,
 * points and tiers as in the interpreter. At run time an assessment in which a compare or boolean leaf
 * without a recorded status has no value of its type returns `undefined`, and the caller runs the
 * interpreter, which stays the reference.
 *
 * Frameworks of more than 20 000 nodes, or with a node of more than 1 000 children (more than 1 000
 * top-level nodes with points, a tier list of more than 1 000 ids), are left to the interpreter: V8
 * compiles such a body slowly or overflows its stack on it. The generated function is called once on
 * an empty assessment before it is returned, so a body the engine still refuses also falls back.
 *
 * No text from the framework or the assessment is written into the code: ids and tier names are
 * passed in as arrays, numbers are written with `JSON.stringify` after a finiteness check.
 *
 * @param plan - The framework's plan (`planOf`): order, applicability, statuses and policies are read
 *   from it, never re-derived.
 * @returns The generated function, or `undefined` when the framework is outside the subset or the
 *   runtime forbids `new Function` (a CSP without `unsafe-eval`, some workers).
 */
export function generateSummarize(plan: Plan): GeneratedSummarize | undefined {
  let source: Generated;
  try {
    source = generate(plan);
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
  try {
    const factory = new Function(...source.parameters, source.body) as (
      ...args: unknown[]
    ) => GeneratedSummarize;
    const summarize = factory(...source.arguments);
    // V8 compiles the inner function on its first call: make that call here, on an empty assessment,
    // so that a body the engine cannot compile falls back to the interpreter instead of throwing later.
    summarize(WARM_UP);
    return summarize;
  } catch {
    // EvalError under a CSP, or any other refusal: the interpreter does the work.
    return undefined;
  }
}

const WARM_UP = {
  framework: { id: "", version: "" },
  subject: { id: "" },
  period: { id: "", start: "2000-01-01", end: "2000-12-31" },
  entries: [],
} as unknown as Assessment;

interface Generated {
  readonly parameters: readonly string[];
  readonly arguments: readonly unknown[];
  readonly body: string;
}

/**
 * The source of the generated summarize, exported for tests that inspect what is written into it.
 *
 * @param plan - The framework's plan (`planOf`).
 * @returns The parameter names, their values and the function body.
 * @throws When the framework is outside the subset.
 */
export function generateSummarizeSource(plan: Plan): Generated {
  return generate(plan);
}

/**
 * What keeps a framework out of the generated subset, in words (`"rule share"`, `"the weighted scoring
 * model"`, `"duplicate node ids"`), or `undefined` when `generateSummarize` covers it. Such frameworks,
 * and at run time assessments in which a compare or boolean leaf has no value of its type, are handed
 * back to the interpreter.
 *
 * @param plan - The framework's plan (`planOf`).
 * @returns The first construct outside the subset, or `undefined`.
 * @example
 * codegenGap(planOf(framework)) //=> "rule share"
 */
export function codegenGap(plan: Plan): string | undefined {
  try {
    generate(plan);
    return undefined;
  } catch (error) {
    if (error instanceof Unsupported) return error.message;
    if (error instanceof RangeError) return "a number that is not finite";
    throw error;
  }
}

/** The most terms written into one generated expression (children, roots, a tier's lists). */
const MAX_TERMS = 1000;
/**
 * The most nodes generated: one local per node, and past a few tens of thousands V8 spends seconds on
 * the function or refuses it; the interpreter is as fast per node there.
 */
const MAX_NODES = 20_000;

// Status codes, from the plan: the numbers written into the generated code.
const {
  met: MET,
  notMet: NOT_MET,
  notApplicable: NOT_APPLICABLE,
  unknown: UNKNOWN,
  error: ERROR,
} = Status;
const BIT_NOT_MET = 1 << NOT_MET;
const BIT_NOT_APPLICABLE = 1 << NOT_APPLICABLE;
const BIT_UNKNOWN = 1 << UNKNOWN;
const BIT_ERROR = 1 << ERROR;

function generate(plan: Plan): Generated {
  const framework = plan.framework;
  const scoring = framework.scoring;
  if (scoring.kind !== "count" && scoring.kind !== "points") {
    unsupported(`the ${scoring.kind} scoring model`);
  }
  const { size, nodes, children, roots, indexOf, policies, varies } = plan;
  if (size > MAX_NODES) unsupported(`more than ${MAX_NODES} nodes`);
  if (plan.hasDuplicates) unsupported("duplicate node ids");
  // Expressions are written as one chain of terms (`s1 + s2 + …`); past MAX_TERMS, V8's compiler can
  // overflow its stack on the first call, so such frameworks stay with the interpreter.
  const tooMany = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > MAX_TERMS;
  const wide = `more than ${MAX_TERMS} terms in one expression`;
  // Roots are summed only for points; a flat count framework of any width is fine.
  if (children.some(tooMany)) unsupported(wide);
  if (tooMany(roots) && nodes.some((node) => node.points !== undefined)) unsupported(wide);
  if (tooMany(plan.mandatory)) unsupported(wide);
  if (tooMany(plan.disqualifying)) unsupported(wide);
  for (const tier of framework.tiers ?? []) {
    if (tooMany(tier.conditions)) unsupported(wide);
    for (const condition of tier.conditions) {
      if (condition.type === "minCount" && tooMany(condition.of)) unsupported(wide);
      if (condition.type === "nodesMet" && tooMany(condition.nodes)) unsupported(wide);
    }
  }
  const naMet = (i: number): boolean => policies[i]!.notApplicable === 1;
  const anyVaries = varies.includes(1);

  const lines: string[] = [];
  // Thresholds that no double represents exactly (1.1 × 50.3) are compared by `compareToExact`.
  const exactThresholds: Exact[] = [];
  const approxThresholds: number[] = [];

  // Displayed statuses (`Status`: met … error), children before parents. A node that does not apply is
  // not judged (no `of` lists are generated, so nothing else reads it); one that applies takes its
  // entry's recorded status, else its rule's.
  // Each child's counted status (not applicable is met under its policy `notApplicable: "met"`).
  const item = (c: number): string =>
    naMet(c) ? `(s${c} === ${NOT_APPLICABLE} ? ${MET} : s${c})` : `s${c}`;
  /** Every applicable child met: decided by which statuses occur, a bit per status. */
  const allOf = (z: string, kids: readonly number[]): string => {
    const bits = kids.map((c) => `(1 << ${item(c)})`).join(" | ");
    return `b = ${bits}; ${z} = (b & ${BIT_NOT_MET | BIT_UNKNOWN | BIT_ERROR}) === 0 ? (b === 0 || b === ${BIT_NOT_APPLICABLE} ? ${NOT_APPLICABLE} : ${MET}) : (b & ${BIT_NOT_MET}) !== 0 ? ${NOT_MET} : (b & ${BIT_ERROR}) !== 0 ? ${ERROR} : ${UNKNOWN};`;
  };
  /** At least `need` children met (src/scoring/rules/atLeast.ts `compileCombinator`). */
  const atLeastOf = (z: string, kids: readonly number[], need: string): string => {
    const met = kids.map((c) => `(${item(c)} === ${MET} ? 1 : 0)`).join(" + ");
    const notMet = kids.map((c) => `(s${c} === ${NOT_MET} ? 1 : 0)`).join(" + ");
    const open = kids.map((c) => `(s${c} > ${NOT_APPLICABLE} ? 1 : 0)`).join(" + ");
    const error = kids.map((c) => `s${c} === ${ERROR}`).join(" || ");
    return `m = ${met}; n = ${notMet}; o = ${open}; ${z} = m + n + o === 0 ? ${NOT_APPLICABLE} : m >= ${need} ? ${MET} : m + o >= ${need} ? (${error} ? ${ERROR} : ${UNKNOWN}) : ${NOT_MET};`;
  };
  const overChildren = (
    rule: { readonly type: string; readonly of?: unknown },
    kids: readonly number[],
  ) => {
    if (rule.of !== undefined) unsupported(`rule ${rule.type} with an \`of\` list`);
    if (kids.length === 0) unsupported(`rule ${rule.type} on a node without children`);
  };
  /** A compare rule on a leaf with a fixed number or boolean target. */
  const compareOf = (z: string, i: number, rule: CompareRule, node: FrameworkNode): string => {
    const type = node.value?.type;
    const operator = OPERATORS[rule.comparator] ?? unsupported(`comparator ${rule.comparator}`);
    if (typeof rule.target === "number") {
      if (type !== "number" && type !== "percent" && type !== "count") {
        unsupported(`compare with a number target on a ${type ?? "untyped"} value`);
      }
      const check =
        type === "count"
          ? `typeof x !== "number" || !(Number.isInteger(x) && x >= 0)`
          : `typeof x !== "number" || x - x !== 0`;
      const factor = rule.factor === undefined || rule.factor === 1 ? undefined : rule.factor;
      let comparison: string;
      if (factor === undefined) {
        comparison = `x ${operator} ${literal(rule.target)}`;
      } else {
        const product = mul(exact(factor), exact(rule.target));
        const approx = toNumber(product);
        // A double that prints as the exact product orders against values exactly as it does.
        if (Number.isFinite(approx) && cmp(exact(approx), product) === 0) {
          comparison = `x ${operator} ${literal(approx)}`;
        } else {
          comparison = `cx(x, ${exactThresholds.length}) ${operator} 0`;
          exactThresholds.push(product);
          approxThresholds.push(approx);
        }
      }
      return `if (st[${i}] === -2) return; x = v[${i}]; if (${check}) return; ${z} = ${comparison} ? ${MET} : ${NOT_MET};`;
    }
    if (typeof rule.target === "boolean") {
      if (type !== "boolean")
        unsupported(`compare with a boolean target on a ${type ?? "untyped"} value`);
      return `if (st[${i}] === -2) return; x = v[${i}]; if (typeof x !== "boolean") return; ${z} = (x ? 1 : 0) - ${rule.target ? 1 : 0} ${operator} 0 ? ${MET} : ${NOT_MET};`;
    }
    return unsupported("compare with a target other than a fixed number or boolean");
  };
  for (let i = size - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const kids = children[i]!;
    const rule = node.rule;
    let judge: string; // statements that set `s<i>` to the rule's status, or return to fall back
    const z = `s${i}`;
    if (rule === undefined) {
      if (kids.length > 0) judge = allOf(z, kids);
      else if (node.value?.type === "boolean") {
        judge = `if (st[${i}] === -2) return; x = v[${i}]; if (typeof x !== "boolean") return; ${z} = x ? ${MET} : ${NOT_MET};`;
      } else if (node.value?.type === "events") unsupported("an events value without a rule");
      // A verdict, no value, or a value with nothing to judge it: the assessor's status, else unknown.
      else judge = `${z} = ${UNKNOWN};`;
    } else {
      switch (rule.type) {
        case "judged":
          judge = `${z} = ${UNKNOWN};`;
          break;
        case "compare":
          if (kids.length > 0) unsupported("rule compare on a node with children");
          judge = compareOf(z, i, rule, node);
          break;
        case "all":
          overChildren(rule, kids);
          judge = allOf(z, kids);
          break;
        case "any":
          overChildren(rule, kids);
          judge = atLeastOf(z, kids, "1");
          break;
        case "atLeast":
          overChildren(rule, kids);
          if (!Number.isSafeInteger(rule.count))
            unsupported("rule atLeast with a count that is not an integer");
          judge = atLeastOf(z, kids, literal(rule.count));
          break;
        // Handed back to the interpreter: they read context, child units or event lists.
        case "share":
        case "noEvents":
        case "outcome":
          return unsupported(`rule ${rule.type}`);
        default:
          return unsupported(`rule ${(rule satisfies never as Rule).type}`);
      }
    }
    const decide = `if (st[${i}] >= 0) ${z} = st[${i}]; else { ${judge} }`;
    if (varies[i] === 1) {
      lines.push(
        `let ${z}; if (A[${i}] !== 1) ${z} = A[${i}] === 0 ? ${NOT_APPLICABLE} : ${UNKNOWN}; else { ${decide} }`,
      );
    } else lines.push(`let ${z}; ${decide}`);
  }

  // Criteria counts, as `run` in src/scoring/compileFramework.ts buckets them.
  const criteria: number[] = [];
  for (let i = 0; i < size; i++) if (nodes[i]!.kind === "criterion") criteria.push(i);
  const total = criteria.length;
  // c5: unknown criteria under the policy `unknown: "exclude"`, left out of the denominator.
  lines.push("let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;");
  // A loop, not push(...criteria.map(…)): a spread of 150 000 lines overflows the stack.
  for (const c of criteria) {
    lines.push(
      `if (s${c} === ${MET}) c0++; else if (s${c} === ${NOT_MET}) c1++; else if (s${c} === ${NOT_APPLICABLE}) ${naMet(c) ? "c0++" : "c2++"}; else if (s${c} === ${UNKNOWN}) ${policies[c]!.unknown === 0 ? "c5++" : "c3++"}; else c4++;`,
    );
  }
  lines.push(
    "const cm = c0;",
    "const ca = c0 + c1 + c3 + c4;",
    `const count = { met: cm, notMet: c1, notApplicable: c2, unknown: c3 + c5, error: c4, applicable: ca, total: ${literal(total)} };`,
  );

  // Points: whole numbers, so integer sums are exact (src/scoring/points.ts `totalPoints`).
  const hasPoints = nodes.some((node) => node.points !== undefined);
  const inSubtree = new Uint8Array(size);
  let magnitude = 0;
  for (let i = size - 1; i >= 0; i--) {
    const points = nodes[i]!.points;
    const kids = children[i]!.filter((c) => inSubtree[c] === 1);
    if (points === undefined) {
      if (kids.length === 0) continue;
      inSubtree[i] = 1;
      lines.push(
        `const e${i} = ${kids.map((c) => `e${c}`).join(" + ")};`,
        `const p${i} = ${kids.map((c) => `p${c}`).join(" + ")};`,
      );
      continue;
    }
    inSubtree[i] = 1;
    const earn = points.earn?.type ?? "met";
    if (
      (points.deductions ?? []).length > 0 ||
      points.bonus === true ||
      !Number.isSafeInteger(points.max) ||
      points.max < 0
    )
      unsupported("points with deductions, a bonus or a maximum that is not a whole number");
    magnitude += points.max;
    const max = literal(points.max);
    const policy = policies[i]!;
    if (earn === "met") {
      const left = [
        policy.notApplicable === 0 ? `s${i} === ${NOT_APPLICABLE}` : "",
        policy.unknown === 0 ? `s${i} === ${UNKNOWN}` : "",
        policy.error === 1 ? `s${i} === ${ERROR}` : "",
      ].filter((part) => part !== "");
      const offered = left.length === 0 ? "true" : `!(${left.join(" || ")})`;
      lines.push(
        `const q${i} = ${offered};`,
        `const e${i} = q${i} && (s${i} === ${MET} || s${i} === ${NOT_APPLICABLE}) ? ${max} : 0;`,
        `const p${i} = q${i} ? ${max} : 0;`,
      );
    } else if (earn === "sum") {
      const sum = kids.map((c) => `e${c}`).join(" + ") || "0";
      const offered = policy.notApplicable === 0 ? `s${i} !== ${NOT_APPLICABLE}` : "true";
      lines.push(
        `const q${i} = ${offered};`,
        `const e${i} = q${i} ? Math.min(${sum}, ${max}) : 0;`,
        `const p${i} = q${i} ? ${max} : 0;`,
      );
    } else unsupported(`points earned by ${earn}`);
  }
  if (!Number.isSafeInteger(magnitude)) unsupported("points beyond the safe integers");
  const top = roots.filter((r) => inSubtree[r] === 1);
  if (hasPoints) {
    lines.push(
      `const earned = ${top.map((r) => `e${r}`).join(" + ") || "0"};`,
      `const possible = ${top.map((r) => `p${r}`).join(" + ") || "0"};`,
      "const points = { earned, possible, bonus: 0, deducted: 0 };",
    );
  }

  // Score, as src/scoring/models/scoreCount.ts and scorePoints.ts compute it; `scored` is the
  // expression that is true when there is a score, `scoreValue` / `scoreMax` its exact parts.
  let scored: string;
  let scoreValue: string;
  let scoreMax: string;
  let maxBound: number; // the largest the maximum can be, for the integer bounds below
  if (scoring.kind === "count") {
    lines.push(
      `const score = ca === 0 ? { status: "unscorable", reason: "no_applicable_criteria" } : { status: "scored", value: cm, max: ca, percent: (cm * 100) / ca };`,
    );
    scored = "ca > 0";
    scoreValue = "cm";
    scoreMax = "ca";
    maxBound = total;
  } else if (!hasPoints) {
    lines.push(`const score = { status: "unscorable", reason: "no_points" };`);
    scored = "false";
    scoreValue = "0";
    scoreMax = "1";
    maxBound = 1;
  } else {
    const max = scoring.scale === undefined ? "possible" : literal(scoring.scale);
    lines.push(
      `const sm = ${max};`,
      `const score = sm <= 0 ? { status: "unscorable", reason: "no_possible_points" } : { status: "scored", value: earned, max: sm, percent: (earned * 100) / sm };`,
    );
    scored = "sm > 0";
    scoreValue = "earned";
    scoreMax = "sm";
    maxBound = scoring.scale ?? magnitude;
    // A fractional scale would need exact arithmetic in the percent conditions.
    if (scoring.scale !== undefined && !Number.isSafeInteger(scoring.scale)) maxBound = Number.NaN;
  }

  // Tiers, lowest first; a prerequisite tier must come earlier, so each tier is decided once, in order.
  const tiers = framework.tiers ?? [];
  const tierPosition = new Map<string, number>();
  tiers.forEach((tier, position) => {
    if (!tierPosition.has(tier.id)) tierPosition.set(tier.id, position);
  });
  const { mandatory, disqualifying } = plan;
  const countedMet = (i: number): string =>
    naMet(i)
      ? `(s${i} === ${MET} || s${i} === ${NOT_APPLICABLE} ? 1 : 0)`
      : `(s${i} === ${MET} ? 1 : 0)`;
  const conditionCode = (condition: TierCondition, position: number): string => {
    switch (condition.type) {
      case "minCount": {
        if (condition.of === undefined) return `cm >= ${literal(condition.count)}`;
        const met = condition.of.flatMap((id) => {
          const index = indexOf.get(id);
          return index === undefined ? [] : [countedMet(index)];
        });
        return `${met.join(" + ") || "0"} >= ${literal(condition.count)}`;
      }
      case "minPoints":
        // An integer and a double order as the exact decimals they print as.
        return hasPoints ? `earned >= ${literal(condition.points)}` : "false";
      case "minScore":
        return `${scored} && ${scoreValue} >= ${literal(condition.score)}`;
      case "minPercent": {
        // value × 100 ≥ percent × max, in integers only while both sides stay exact.
        if (
          !Number.isSafeInteger(condition.percent) ||
          !Number.isSafeInteger(maxBound) ||
          !Number.isSafeInteger(condition.percent * maxBound) ||
          !Number.isSafeInteger(magnitude * 100) ||
          !Number.isSafeInteger(total * 100)
        )
          unsupported("a minPercent condition outside the safe integers");
        return `${scored} && ${scoreValue} * 100 >= ${literal(condition.percent)} * ${scoreMax}`;
      }
      case "allMet":
        return "ca > 0 && cm === ca";
      case "mandatoryMet":
        // Met, or not applicable (then counted as met or left out): `failing` in src/scoring/tiers.ts.
        return (
          mandatory.map((m) => `(s${m} === ${MET} || s${m} === ${NOT_APPLICABLE})`).join(" && ") ||
          "true"
        );
      case "nodesMet": {
        const naOk = condition.notApplicable === "met";
        return (
          condition.nodes
            .map((id) => {
              const index = indexOf.get(id);
              if (index === undefined) return "false";
              return naOk
                ? `(s${index} === ${MET} || s${index} === ${NOT_APPLICABLE})`
                : `s${index} === ${MET}`;
            })
            .join(" && ") || "true"
        );
      }
      case "noDisqualifier":
        return (
          disqualifying.map((d) => `s${d} !== ${NOT_MET} && s${d} !== ${ERROR}`).join(" && ") ||
          "true"
        );
      case "tier": {
        const other = tierPosition.get(condition.tier);
        if (other === undefined) return "false";
        if (other >= position) unsupported("a tier condition on a tier that is not lower");
        return `t${other}`;
      }
      // Handed back to the interpreter: shares of groups and other frameworks' outcomes.
      case "groupMinShare":
      case "outcome":
        return unsupported(`tier condition ${condition.type}`);
      default:
        return unsupported(`tier condition ${(condition satisfies never as TierCondition).type}`);
    }
  };
  tiers.forEach((tier, position) => {
    const conditions = tier.conditions.map(
      (condition) => `(${conditionCode(condition, position)})`,
    );
    lines.push(`const t${position} = ${conditions.join(" && ") || "true"};`);
  });
  // The highest tier reached: one flat statement per tier (a chain of `?:` would nest as deep as
  // there are tiers, and overflow the parser's stack on a few thousand).
  lines.push("let tier = null;");
  tiers.forEach((_, position) => {
    lines.push(`if (t${position}) tier = tierIds[${position}];`);
  });
  lines.push(
    hasPoints ? "return { count, points, score, tier };" : "return { count, score, tier };",
  );

  // The next leaf after each node in pre-order (the position the following entry usually has).
  const { nextLeaf, firstLeaf } = plan;
  // The subject kind after `context.subject`, as `run` in src/scoring/compileFramework.ts merges it.
  const applicability = anyVaries
    ? `const ck = context === undefined || context.subject === undefined ? undefined : context.subject.kind;
  const A = applies(ck !== undefined ? ck : assessment.subject.kind);`
    : "";
  const body = `
"use strict";
const v = new Array(${size}).fill(undefined);
// Per node: -2 no entry, -1 an entry without a status, else the recorded status code.
const st = new Int8Array(${size});
const cx = (x, k) => compareToExact(x, exactThresholds[k], approxThresholds[k]);
return function summarize(assessment, context) {
  st.fill(-2);
  const list = assessment.entries;
  let guess = ${firstLeaf};
  for (let k = 0; k < list.length; k++) {
    const entry = list[k];
    const id = entry.node;
    let index;
    if (guess >= 0 && ids[guess] === id) index = guess;
    else {
      index = nodeIndex.get(id);
      if (index === undefined) continue;
    }
    guess = nextLeaf[index];
    if (st[index] !== -2) continue;
    const recorded = entry.status;
    if (recorded === undefined) st[index] = -1;
    else {
      // Compared in the order of how often assessors record them; anything else is the interpreter's.
      if (recorded === "met") st[index] = 0;
      else if (recorded === "notMet") st[index] = 1;
      else if (recorded === "notApplicable") st[index] = 2;
      else if (recorded === "unknown") st[index] = 3;
      else if (recorded === "error") st[index] = ${ERROR};
      else return;
    }
    v[index] = entry.value;
  }
  ${applicability}
  let x, b, m, n, o;
  ${lines.join("\n  ")}
};`;

  // 1 applies, 0 not, 2 unknown (no kind): the plan's applicability, computed once per kind.
  const applies = (kind: string | undefined): Uint8Array => plan.applicability(kind).all;
  return {
    parameters: [
      "ids",
      "nodeIndex",
      "nextLeaf",
      "applies",
      "tierIds",
      "compareToExact",
      "exactThresholds",
      "approxThresholds",
    ],
    arguments: [
      plan.ids,
      indexOf,
      nextLeaf,
      applies,
      tiers.map((tier) => tier.id),
      compareToExact,
      exactThresholds,
      approxThresholds,
    ],
    body,
  };
}
