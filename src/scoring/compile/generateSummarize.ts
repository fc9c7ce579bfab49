import type { Assessment } from "../../assessment/schema.js";
import type { Framework, FrameworkNode, TierCondition } from "../../framework/schema.js";
import { cmp, compareToExact, type Exact, exact, mul, toNumber } from "../../internal/exact.js";
import { walkNodes } from "../../internal/walk.js";
import type { EvaluationSummary } from "../types.js";

/** A generated summarize: the summary, or `undefined` when the assessment needs the interpreter. */
export type GeneratedSummarize = (assessment: Assessment) => EvaluationSummary | undefined;

const OPERATORS: Readonly<Record<string, string>> = {
  ">=": ">=",
  ">": ">",
  "<=": "<=",
  "<": "<",
  "=": "===",
  "!=": "!==",
};

/** A finite number as a JavaScript literal; anything else is not generated. */
function literal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError("generateSummarize: not a finite number");
  // JSON.stringify writes a number as a plain literal; parenthesised so that a minus sign is safe.
  return `(${JSON.stringify(value)})`;
}

/** Thrown (and caught in `generateSummarize`) when a framework is outside the generated subset. */
class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

/**
 * Compiles a framework's bulk path (`summarize`) to one straight-line function, as ajv does for
 * schemas: leaf comparisons inlined with their exact thresholds, combinators as boolean expressions,
 * whole-number points as integer sums, tiers as one chain of conditions.
 *
 * Only the common subset is generated: no `appliesTo`, compare rules with fixed number or boolean
 * targets, boolean leaves without a rule, `all` / `any` / `atLeast` over children, `met` and `sum`
 * points with whole maxima and no deductions or bonus, the `count` and `points` models, and tier
 * conditions that read only those (prerequisite tiers only on lower tiers). At run time the function
 * handles only assessments in which every leaf has a value of its type and no entry records a status:
 * then every node is met or not met, so policies cannot matter. Anything else returns `undefined`
 * and the caller runs the interpreter, which stays the reference.
 *
 * No text from the framework or the assessment is written into the code: ids and tier names are
 * passed in as arrays, numbers are written with `JSON.stringify` after a finiteness check.
 *
 * @param framework - A parsed framework.
 * @returns The generated function, or `undefined` when the framework is outside the subset or the
 *   runtime forbids `new Function` (a CSP without `unsafe-eval`, some workers).
 */
export function generateSummarize(framework: Framework): GeneratedSummarize | undefined {
  let source: Generated;
  try {
    source = generate(framework);
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
  try {
    const factory = new Function(...source.parameters, source.body) as (
      ...args: unknown[]
    ) => GeneratedSummarize;
    return factory(...source.arguments);
  } catch {
    // EvalError under a CSP, or any other refusal: the interpreter does the work.
    return undefined;
  }
}

interface Generated {
  readonly parameters: readonly string[];
  readonly arguments: readonly unknown[];
  readonly body: string;
}

/**
 * The source of the generated summarize, exported for tests that inspect what is written into it.
 *
 * @param framework - A parsed framework.
 * @returns The parameter names, their values and the function body.
 * @throws When the framework is outside the subset.
 */
export function generateSummarizeSource(framework: Framework): Generated {
  return generate(framework);
}

function generate(framework: Framework): Generated {
  const scoring = framework.scoring;
  if (scoring.kind !== "count" && scoring.kind !== "points") unsupported();
  const walk = walkNodes(framework.nodes);
  if (walk.duplicates.length > 0) unsupported();
  const nodes: FrameworkNode[] = walk.entries.map((entry) => entry.node);
  const size = nodes.length;
  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  for (const entry of walk.entries) {
    if (entry.parentIndex < 0) roots.push(entry.index);
    else children[entry.parentIndex]!.push(entry.index);
  }
  const indexOf = new Map<string, number>();
  for (const [id, entry] of walk.byId) indexOf.set(id, entry.index);

  // Slots: one per leaf, in framework order (the order entries usually come in).
  const slotOf = new Int32Array(size).fill(-1);
  const slotIds: string[] = [];
  for (let i = 0; i < size; i++) {
    if (nodes[i]!.appliesTo !== undefined) unsupported();
    if (children[i]!.length === 0) {
      slotOf[i] = slotIds.length;
      slotIds.push(nodes[i]!.id);
    }
  }
  const slots = slotIds.length;

  const lines: string[] = [];
  // Thresholds that no double represents exactly (1.1 × 50.3) are compared by `compareToExact`.
  const exactThresholds: Exact[] = [];
  const approxThresholds: number[] = [];

  // Statuses as booleans (met / not met), children before parents.
  for (let i = size - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const kids = children[i]!;
    const rule = node.rule;
    if (kids.length === 0) {
      const slot = slotOf[i]!;
      const type = node.value?.type;
      if (rule === undefined) {
        if (type !== "boolean") unsupported();
        lines.push(`x = v[${slot}]; if (typeof x !== "boolean") return; const s${i} = x;`);
        continue;
      }
      if (rule.type !== "compare") unsupported();
      const operator = OPERATORS[rule.comparator] ?? unsupported();
      if (typeof rule.target === "number") {
        if (type !== "number" && type !== "percent" && type !== "count") unsupported();
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
        lines.push(`x = v[${slot}]; if (${check}) return; const s${i} = ${comparison};`);
      } else if (typeof rule.target === "boolean") {
        if (type !== "boolean") unsupported();
        lines.push(
          `x = v[${slot}]; if (typeof x !== "boolean") return; const s${i} = (x ? 1 : 0) - ${rule.target ? 1 : 0} ${operator} 0;`,
        );
      } else unsupported();
      continue;
    }
    let need: number;
    if (rule === undefined || (rule.type === "all" && rule.of === undefined)) need = kids.length;
    else if (rule.type === "any" && rule.of === undefined) need = 1;
    else if (rule.type === "atLeast" && rule.of === undefined) need = rule.count;
    else unsupported();
    if (!Number.isSafeInteger(need)) unsupported();
    const met = kids.map((c) => `(s${c} ? 1 : 0)`).join(" + ");
    lines.push(`const s${i} = ${met} >= ${literal(need)};`);
  }

  // Criteria counts: every criterion is met or not met.
  const criteria: number[] = [];
  for (let i = 0; i < size; i++) if (nodes[i]!.kind === "criterion") criteria.push(i);
  const total = criteria.length;
  lines.push(
    `const cm = ${criteria.map((c) => `(s${c} ? 1 : 0)`).join(" + ") || "0"};`,
    `const count = { met: cm, notMet: ${literal(total)} - cm, notApplicable: 0, unknown: 0, error: 0, applicable: ${literal(total)}, total: ${literal(total)} };`,
  );

  // Points: whole numbers, so integer sums are exact; what is possible does not depend on statuses.
  const hasPoints = nodes.some((node) => node.points !== undefined);
  const inSubtree = new Uint8Array(size);
  const possible = new Array<number>(size).fill(0);
  let magnitude = 0;
  for (let i = size - 1; i >= 0; i--) {
    const points = nodes[i]!.points;
    const kids = children[i]!.filter((c) => inSubtree[c] === 1);
    if (points === undefined) {
      if (kids.length === 0) continue;
      inSubtree[i] = 1;
      possible[i] = kids.reduce((sum, c) => sum + possible[c]!, 0);
      lines.push(`const e${i} = ${kids.map((c) => `e${c}`).join(" + ")};`);
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
      unsupported();
    magnitude += points.max;
    possible[i] = points.max;
    if (earn === "met") lines.push(`const e${i} = s${i} ? ${literal(points.max)} : 0;`);
    else if (earn === "sum") {
      const sum = kids.map((c) => `e${c}`).join(" + ") || "0";
      lines.push(`const e${i} = Math.min(${sum}, ${literal(points.max)});`);
    } else unsupported();
  }
  if (!Number.isSafeInteger(magnitude)) unsupported();
  const top = roots.filter((r) => inSubtree[r] === 1);
  const possibleTotal = top.reduce((sum, r) => sum + possible[r]!, 0);
  if (hasPoints) {
    lines.push(
      `const earned = ${top.map((r) => `e${r}`).join(" + ") || "0"};`,
      `const points = { earned, possible: ${literal(possibleTotal)}, bonus: 0, deducted: 0 };`,
    );
  }

  // Score, as src/scoring/models/scoreCount.ts and scorePoints.ts compute it.
  let scoreValue: string | undefined; // the exact score's value, when scorable
  let scoreMax: number | undefined; // and its maximum
  if (scoring.kind === "count") {
    if (total === 0)
      lines.push(`const score = { status: "unscorable", reason: "no_applicable_criteria" };`);
    else {
      lines.push(
        `const score = { status: "scored", value: cm, max: ${literal(total)}, percent: (cm * 100) / ${literal(total)} };`,
      );
      scoreValue = "cm";
      scoreMax = total;
    }
  } else if (!hasPoints) {
    lines.push(`const score = { status: "unscorable", reason: "no_points" };`);
  } else {
    const max = scoring.scale ?? possibleTotal;
    if (max <= 0)
      lines.push(`const score = { status: "unscorable", reason: "no_possible_points" };`);
    else {
      lines.push(
        `const score = { status: "scored", value: earned, max: ${literal(max)}, percent: (earned * 100) / ${literal(max)} };`,
      );
      scoreValue = "earned";
      scoreMax = max;
    }
  }

  // Tiers, lowest first; a prerequisite tier must come earlier, so each tier is decided once, in order.
  const tiers = framework.tiers ?? [];
  const tierPosition = new Map<string, number>();
  tiers.forEach((tier, position) => {
    if (!tierPosition.has(tier.id)) tierPosition.set(tier.id, position);
  });
  const mandatory = nodes.flatMap((node, i) => (node.mandatory === true ? [i] : []));
  const disqualifying = nodes.flatMap((node, i) => (node.disqualifying === true ? [i] : []));
  const conditionCode = (condition: TierCondition, position: number): string => {
    switch (condition.type) {
      case "minCount": {
        if (condition.of === undefined) return `cm >= ${literal(condition.count)}`;
        const met = condition.of.flatMap((id) => {
          const index = indexOf.get(id);
          return index === undefined ? [] : [`(s${index} ? 1 : 0)`];
        });
        return `${met.join(" + ") || "0"} >= ${literal(condition.count)}`;
      }
      case "minPoints":
        // An integer and a double order as the exact decimals they print as.
        return hasPoints ? `earned >= ${literal(condition.points)}` : "false";
      case "minScore":
        return scoreValue === undefined ? "false" : `${scoreValue} >= ${literal(condition.score)}`;
      case "minPercent": {
        if (scoreValue === undefined || scoreMax === undefined) return "false";
        const required = condition.percent * scoreMax;
        // value × 100 ≥ percent × max, in integers only while both sides stay exact.
        if (
          !Number.isSafeInteger(condition.percent) ||
          !Number.isSafeInteger(scoreMax) ||
          !Number.isSafeInteger(required) ||
          !Number.isSafeInteger(magnitude * 100) ||
          !Number.isSafeInteger(total * 100)
        )
          unsupported();
        return `${scoreValue} * 100 >= ${literal(required)}`;
      }
      case "allMet":
        return total === 0 ? "false" : `cm === ${literal(total)}`;
      case "mandatoryMet":
        return mandatory.map((m) => `s${m}`).join(" && ") || "true";
      case "nodesMet":
        return (
          condition.nodes
            .map((id) => {
              const index = indexOf.get(id);
              return index === undefined ? "false" : `s${index}`;
            })
            .join(" && ") || "true"
        );
      case "noDisqualifier":
        return disqualifying.map((d) => `s${d}`).join(" && ") || "true";
      case "tier": {
        const other = tierPosition.get(condition.tier);
        if (other === undefined) return "false";
        if (other >= position) unsupported();
        return `t${other}`;
      }
      default:
        return unsupported();
    }
  };
  tiers.forEach((tier, position) => {
    const conditions = tier.conditions.map(
      (condition) => `(${conditionCode(condition, position)})`,
    );
    lines.push(`const t${position} = ${conditions.join(" && ") || "true"};`);
  });
  const choice = tiers
    .map((_, position) => position)
    .reverse()
    .map((position) => `t${position} ? tierIds[${position}] : `)
    .join("");
  lines.push(`const tier = ${choice}null;`);
  lines.push(
    hasPoints ? "return { count, points, score, tier };" : "return { count, score, tier };",
  );

  const body = `
"use strict";
const v = new Array(${slots}).fill(undefined);
const mark = new Int32Array(${slots});
let stamp = 0;
const cx = (x, k) => compareToExact(x, exactThresholds[k], approxThresholds[k]);
return function summarize(assessment) {
  stamp = (stamp + 1) | 0;
  if (stamp === 0) { mark.fill(0); stamp = 1; }
  const list = assessment.entries;
  let filled = 0;
  let guess = 0;
  for (let k = 0; k < list.length; k++) {
    const entry = list[k];
    if (entry.status !== undefined || entry.value === undefined) return;
    const id = entry.node;
    let slot;
    if (guess < ${slots} && slotIds[guess] === id) slot = guess;
    else {
      const index = nodeIndex.get(id);
      if (index === undefined) continue;
      slot = slotOfNode[index];
      if (slot < 0) return;
    }
    if (mark[slot] !== stamp) {
      mark[slot] = stamp;
      v[slot] = entry.value;
      filled++;
    }
    guess = slot + 1;
  }
  if (filled !== ${slots}) return;
  let x;
  ${lines.join("\n  ")}
};`;
  return {
    parameters: [
      "slotIds",
      "nodeIndex",
      "slotOfNode",
      "tierIds",
      "compareToExact",
      "exactThresholds",
      "approxThresholds",
    ],
    arguments: [
      slotIds,
      indexOf,
      slotOf,
      tiers.map((tier) => tier.id),
      compareToExact,
      exactThresholds,
      approxThresholds,
    ],
    body,
  };
}
