/**
 * tieuchi/vitest: registers the tieuchi matchers on vitest's `expect` and types them.
 * `import { setupMatchers } from "tieuchi/vitest"`; the runner-agnostic helpers stay in `tieuchi/testing`.
 *
 * @packageDocumentation
 * @module tieuchi/vitest
 */
import type { EvaluationContext, Framework } from "../index.js";
import type { NoLintIssuesOptions } from "../testing/tieuchiMatchers.js";

export { setupMatchers } from "../testing/setupMatchers.js";

declare module "vitest" {
  interface Assertion<T> {
    /** Passes when `safeParseFramework` accepts the value (schema and structural checks). */
    toBeValidFramework(): T;
    /** Passes when the value is a valid framework and `lintFramework` reports nothing outside `allow`. */
    toHaveNoLintIssues(options?: NoLintIssuesOptions): T;
    /** Passes when the value is a valid assessment and `checkAssessment` reports no errors against `framework`. */
    toBeValidAssessmentFor(framework: Framework): T;
    /** Passes when evaluating the assessment against `framework` reaches tier `tierId`. */
    toMeetTier(framework: Framework, tierId: string, context?: EvaluationContext): T;
  }
}
