/*
 * tieuchi/testing: vitest matchers and a runner-agnostic assertion for test suites that check their own
 * framework and assessment files. `import "tieuchi/testing"` types the matchers; `setupMatchers()`
 * registers them.
 */
import type { EvaluationContext, Framework } from "../index.js";
import type { NoLintIssuesOptions } from "./tieuchiMatchers.js";

export { assertValidFramework, type InvalidFrameworkError } from "./assertValidFramework.js";
export { setupMatchers } from "./setupMatchers.js";
export {
  type NoLintIssuesOptions,
  type TieuchiMatcherContext,
  type TieuchiMatcherResult,
  type TieuchiMatchers,
  tieuchiMatchers,
} from "./tieuchiMatchers.js";

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
