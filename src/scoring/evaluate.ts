import type { Assessment } from "../assessment/schema.js";
import type { Framework } from "../framework/schema.js";
import { compileFramework } from "./compileFramework.js";
import type { Evaluation, EvaluationContext } from "./types.js";

const NO_CODEGEN = { codegen: false } as const;

/**
 * Evaluates an assessment against a framework: every node's status with its reason (a code with typed
 * parameters), the criteria count ("31/34"), points, the score of the framework's model, tiers with the
 * conditions that hold or fail, and disqualifiers. The result holds no sentences: `explain(evaluation,
 * framework, "vi")` writes them, and the trace, in Vietnamese, English or any message table.
 *
 * Judging one node: a node whose `appliesTo` excludes the subject kind is not applicable (but is still
 * judged where another node's `of` list reuses it); an entry `status` is the assessor's verdict and
 * overrides the rule; otherwise the rule decides. A missing value is `unknown` (`missing_value`), a value
 * of the wrong type is `error` (`wrong_value_type`), and a target that needs context that was not given
 * is `unknown` (`missing_context`) — never a guess. Nothing throws on a parsed framework and assessment.
 *
 * The context is checked as by `safeParseContext`: an invalid member (`{ subject: null }`, a `date` that
 * is not a calendar date, a non-finite cohort value…) is ignored, as if absent, so the nodes that need it
 * are `unknown` (`missing_context`), and its issues are listed in `contextIssues` (absent when the context
 * is valid). A context is checked once per object; do not edit it between calls.
 *
 * The result is plain JSON: the same input gives byte-identical `JSON.stringify` output, no input is
 * mutated, and the result shares no mutable object with the inputs (values, targets and lists are
 * copied), so editing one never edits the other. It never generates code (it runs the interpreter of
 * `compileFramework(framework, { codegen: false })`, which a Content Security Policy without
 * `unsafe-eval` allows). For many assessments of one framework, `compileFramework(framework).evaluate`
 * runs generated code with the same results, and `compileFramework(framework).summarize` skips the
 * per-node results.
 *
 * @param framework - A parsed framework.
 * @param assessment - A parsed assessment of that framework.
 * @param context - What rules may need beyond the assessment: previous period, baselines, child units,
 *   other frameworks' outcomes, references, subject overrides, evaluation date, cohorts.
 * @returns The evaluation.
 * @example
 * evaluate(tt124, xaNghiHuong, { children }).count
 * //=> { met: 3, notMet: 1, notApplicable: 0, unknown: 0, error: 0, applicable: 4, total: 4 }
 * @category Scoring
 */
export function evaluate(
  framework: Framework,
  assessment: Assessment,
  context?: EvaluationContext,
): Evaluation {
  return compileFramework(framework, NO_CODEGEN).evaluate(assessment, context);
}
