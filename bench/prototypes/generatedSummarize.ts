import type { Assessment } from "../../src/assessment/schema.js";
import { exact, mul } from "../../src/core/exact.js";
import type { Framework, FrameworkNode } from "../../src/framework/schema.js";
import { walkNodes } from "../../src/framework/walk.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import type { EvaluationContext, EvaluationSummary } from "../../src/scoring/types.js";
import type { Implementation } from "../outcome.js";

/*
 * PROTOTYPE, not library code: what `summarize` costs when the framework is compiled to straight-line
 * JavaScript (`new Function`), as ajv does for schemas. It covers only a subset (compare leaves with
 * fixed number or boolean thresholds, all / any / atLeast over children, `met` and `sum` points in
 * whole numbers, minCount / minPoints / allMet tiers, no appliesTo, policies or recorded statuses) and
 * returns undefined otherwise; at run time, an entry with a `status` or any context falls back to the
 * library's `summarize`. It exists to measure the headroom (see bench/README.md), and agrees with
 * `summarize` on the workload (test/bench/agreement.test.ts).
 */

type Summarize = (assessment: Assessment, context?: EvaluationContext) => EvaluationSummary;

/** Generates a straight-line summarize for `framework`, or undefined when it is outside the subset. */
export function generateSummarize(
  framework: Framework,
  fallback: Summarize,
): Summarize | undefined {
  if (framework.policies !== undefined) return undefined;
  if (framework.scoring.kind !== "points") return undefined;
  const walk = walkNodes(framework.nodes);
  const nodes = walk.entries.map((e) => e.node);
  const size = nodes.length;
  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  for (const e of walk.entries)
    (e.parentIndex < 0 ? roots : children[e.parentIndex]!).push(e.index);
  if (walk.duplicates.length > 0) return undefined;
  const lines: string[] = [];
  const slots: number[] = []; // leaf node index per value slot
  const slotOf = new Map<number, number>();
  for (let i = 0; i < size; i++) {
    const n: FrameworkNode = nodes[i]!;
    if (n.appliesTo || n.policies || n.mandatory || n.disqualifying || n.role || n.normalize)
      return undefined;
    if (children[i]!.length === 0) {
      slotOf.set(i, slots.length);
      slots.push(i);
    }
  }
  // statuses, children before parents (reverse pre-order)
  for (let i = size - 1; i >= 0; i--) {
    const n = nodes[i]!;
    const kids = children[i]!;
    if (kids.length === 0) {
      const rule = n.rule;
      const type = n.value?.type;
      if (rule?.type !== "compare") return undefined;
      const slot = slotOf.get(i)!;
      let t: number | boolean;
      if (typeof rule.target === "number") {
        if (type !== "number" && type !== "percent" && type !== "count") return undefined;
        if (rule.factor === undefined || rule.factor === 1) t = rule.target;
        else {
          const p = mul(exact(rule.factor), exact(rule.target));
          if (typeof p !== "number") return undefined;
          t = p;
        }
      } else if (
        typeof rule.target === "boolean" &&
        type === "boolean" &&
        rule.factor === undefined
      ) {
        t = rule.target;
      } else return undefined;
      const op = { ">=": ">=", ">": ">", "<=": "<=", "<": "<", "=": "===", "!=": "!==" }[
        rule.comparator
      ];
      const typeCheck =
        type === "boolean"
          ? `typeof x !== "boolean"`
          : type === "count"
            ? `typeof x !== "number" || !(Number.isInteger(x) && x >= 0)`
            : `typeof x !== "number"`;
      lines.push(
        `x = v[${slot}]; const s${i} = x === undefined ? 3 : ${typeCheck} ? 4 : x ${op} ${JSON.stringify(t)} ? 0 : 1;`,
      );
    } else {
      const rule = n.rule;
      let need: string;
      if (rule === undefined || (rule.type === "all" && rule.of === undefined)) need = "a";
      else if (rule.type === "atLeast" && rule.of === undefined) need = String(rule.count);
      else if (rule.type === "any" && rule.of === undefined) need = "1";
      else return undefined;
      lines.push("m = 0; n = 0; o = 0; h = false;");
      for (const c of kids) {
        lines.push(
          `if (s${c} === 0) m++; else if (s${c} === 1) n++; else if (s${c} !== 2) { o++; if (s${c} === 4) h = true; }`,
        );
      }
      lines.push(
        `a = m + n + o; const s${i} = a === 0 ? 2 : m >= ${need} ? 0 : m + o >= ${need} ? (h ? 4 : 3) : 1;`,
      );
    }
  }
  // count over criteria
  const criteria = nodes.flatMap((n, i) => (n.kind === "criterion" ? [i] : []));
  lines.push("let cm = 0, cn = 0, cna = 0, cu = 0, ce = 0;");
  for (const c of criteria) {
    lines.push(
      `switch (s${c}) { case 0: cm++; break; case 1: cn++; break; case 2: cna++; break; case 3: cu++; break; default: ce++; }`,
    );
  }
  // points: integer `met` leaves / criteria, `sum` groups
  const hasPoints = nodes.map((n) => n.points !== undefined);
  const inSub = new Uint8Array(size);
  for (let i = size - 1; i >= 0; i--)
    if (hasPoints[i] || children[i]!.some((c) => inSub[c] === 1)) inSub[i] = 1;
  for (let i = size - 1; i >= 0; i--) {
    if (inSub[i] !== 1) continue;
    const p = nodes[i]!.points;
    const kids = children[i]!.filter((c) => inSub[c] === 1);
    if (p === undefined) {
      lines.push(
        `const e${i} = ${kids.map((c) => `e${c}`).join(" + ") || "0"}, p${i} = ${kids.map((c) => `p${c}`).join(" + ") || "0"};`,
      );
      continue;
    }
    if (p.deductions || p.bonus || p.floor !== undefined || !Number.isSafeInteger(p.max))
      return undefined;
    const earn = p.earn?.type ?? "met";
    if (earn === "met") {
      lines.push(
        `const e${i} = s${i} === 2 ? 0 : s${i} === 0 ? ${p.max} : 0, p${i} = s${i} === 2 ? 0 : ${p.max};`,
      );
    } else if (earn === "sum") {
      const sum = kids.map((c) => `e${c}`).join(" + ") || "0";
      lines.push(
        `const e${i} = s${i} === 2 ? 0 : Math.min(${sum}, ${p.max}), p${i} = s${i} === 2 ? 0 : ${p.max};`,
      );
    } else return undefined;
  }
  const top = roots.filter((r) => inSub[r] === 1);
  lines.push(
    `const earned = ${top.map((r) => `e${r}`).join(" + ") || "0"}, possible = ${top.map((r) => `p${r}`).join(" + ") || "0"};`,
  );
  const scale = framework.scoring.scale;
  lines.push(`const max = ${scale === undefined ? "possible" : scale};`);
  lines.push(
    `const score = max <= 0 ? { status: "unscorable", reason: "no_possible_points" } : { status: "scored", value: earned, max, percent: (earned * 100) / max };`,
  );
  // tiers, highest first (no `tier` conditions in the subset)
  const tiers = framework.tiers ?? [];
  const tierChecks: string[] = [];
  for (let t = tiers.length - 1; t >= 0; t--) {
    const conds: string[] = [];
    for (const c of tiers[t]!.conditions) {
      if (c.type === "minCount" && c.of === undefined) conds.push(`cm >= ${c.count}`);
      else if (c.type === "minPoints" && Number.isSafeInteger(c.points))
        conds.push(`earned >= ${c.points}`);
      else if (c.type === "allMet") conds.push("cm + cn + cu + ce > 0 && cn + cu + ce === 0");
      else return undefined;
    }
    tierChecks.push(`if (${conds.join(" && ") || "true"}) tier = ${JSON.stringify(tiers[t]!.id)};`);
  }
  lines.push(`let tier = null; ${tierChecks.join(" else ")}`);
  lines.push(
    `return { count: { met: cm, notMet: cn, notApplicable: cna, unknown: cu, error: ce, applicable: cm + cn + cu + ce, total: ${criteria.length} }, points: { earned, possible, bonus: 0, deducted: 0 }, score, tier };`,
  );
  const ids = slots.map((i) => nodes[i]!.id);
  const body = `
    const slotOf = new Map(ids.map((id, k) => [id, k]));
    const v = new Array(${slots.length}).fill(undefined);
    const seen = new Uint8Array(${slots.length});
    return function summarize(assessment, context) {
      if (context !== undefined) return fallback(assessment, context);
      const list = assessment.entries;
      v.fill(undefined); seen.fill(0);
      for (let k = 0; k < list.length; k++) {
        const entry = list[k];
        if (entry.status !== undefined) return fallback(assessment);
        const slot = k < ${slots.length} && ids[k] === entry.node ? k : slotOf.get(entry.node);
        if (slot === undefined) { continue; }
        if (seen[slot] === 0) { seen[slot] = 1; v[slot] = entry.value; }
      }
      let x, m, n, o, h, a;
      ${lines.join("\n      ")}
    };`;
  // an entry with a status overrides a rule, so such assessments go to the library's summarize
  return new Function("ids", "fallback", body)(ids, fallback) as Summarize;
}

/** The prototype as a benchmark implementation; compiling and generating are set-up. */
export const generatedSummarize: Implementation<EvaluationSummary> = {
  name: "prototype: generated summarize",
  prepare: (framework) => {
    const compiled = compileFramework(framework);
    const generated = generateSummarize(framework, (assessment, context) =>
      compiled.summarize(assessment, context),
    );
    if (generated === undefined)
      throw new Error("generatedSummarize: framework outside the subset");
    return (assessment) => generated(assessment);
  },
  outcome: (result) => ({
    met: result.count.met,
    points: result.points?.earned ?? Number.NaN,
    tier: result.tier,
  }),
};
