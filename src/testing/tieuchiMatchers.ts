import {
  type Assessment,
  checkAssessment,
  type EvaluationContext,
  evaluate,
  explain,
  type Framework,
  lintFramework,
  safeParseAssessment,
  safeParseFramework,
} from "../index.js";
import { describeIssues } from "./describeIssues.js";

/** What a matcher returns: the shape `expect.extend` expects from vitest (and jest). */
export interface TieuchiMatcherResult {
  /** Whether the assertion held (before `.not` is applied by the runner). */
  readonly pass: boolean;
  /** The failure message, written only when the runner shows it. */
  readonly message: () => string;
}

/** The part of the matcher context the matchers read (vitest's and jest's `MatcherState` both fit). */
export interface TieuchiMatcherContext {
  readonly isNot: boolean;
}

/** Options for `toHaveNoLintIssues`. */
export interface NoLintIssuesOptions {
  /** Issue codes that are deliberate here and should not fail the test. */
  readonly allow?: readonly string[] | undefined;
}

/** The matchers, as passed to `expect.extend` (a type alias, so it fits vitest's string-indexed `MatchersObject`). */
export type TieuchiMatchers = {
  /** Passes when `safeParseFramework` accepts the value (schema and structural checks). */
  toBeValidFramework(this: TieuchiMatcherContext, received: unknown): TieuchiMatcherResult;
  /** Passes when the value is a valid framework and `lintFramework` reports nothing outside `allow`. */
  toHaveNoLintIssues(
    this: TieuchiMatcherContext,
    received: unknown,
    options?: NoLintIssuesOptions,
  ): TieuchiMatcherResult;
  /** Passes when the value is a valid assessment and `checkAssessment` reports no errors against `framework`. */
  toBeValidAssessmentFor(
    this: TieuchiMatcherContext,
    received: unknown,
    framework: Framework,
  ): TieuchiMatcherResult;
  /** Passes when evaluating the assessment against `framework` reaches tier `tierId`. */
  toMeetTier(
    this: TieuchiMatcherContext,
    received: unknown,
    framework: Framework,
    tierId: string,
    context?: EvaluationContext,
  ): TieuchiMatcherResult;
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * Matchers for test suites that check framework and assessment files. Register them with
 * `expect.extend(tieuchiMatchers)` or {@link "tieuchi/vitest"!setupMatchers}; they do not import any test runner.
 *
 * @example
 * expect.extend(tieuchiMatchers);
 * expect(JSON.parse(readFileSync("framework.json", "utf8"))).toBeValidFramework();
 * //=> passes, or fails listing each issue with its path
 * @category Testing
 */
export const tieuchiMatchers: TieuchiMatchers = {
  toBeValidFramework(received) {
    const result = safeParseFramework(received);
    return {
      pass: result.success,
      message: () =>
        result.success
          ? `expected the value not to be a valid framework, but "${result.data.id}" ${result.data.version} is valid`
          : `expected a valid framework, found ${plural(result.error.issues.length, "issue")}:\n${describeIssues(result.error.issues)}`,
    };
  },

  toHaveNoLintIssues(received, options = {}) {
    const parsed = safeParseFramework(received);
    if (!parsed.success) {
      return {
        pass: false,
        message: () =>
          `expected a framework without lint issues, but it is not a valid framework (${plural(parsed.error.issues.length, "issue")}):\n${describeIssues(parsed.error.issues)}`,
      };
    }
    const allow = options.allow ?? [];
    const issues = lintFramework(parsed.data).filter((issue) => !allow.includes(issue.code));
    return {
      pass: issues.length === 0,
      message: () =>
        issues.length === 0
          ? `expected lint issues in "${parsed.data.id}", found none`
          : `expected no lint issues in "${parsed.data.id}", found ${plural(issues.length, "issue")}:\n${describeIssues(issues)}`,
    };
  },

  toBeValidAssessmentFor(received, framework) {
    const parsed = safeParseAssessment(received);
    if (!parsed.success) {
      return {
        pass: false,
        message: () =>
          `expected a valid assessment for "${framework.id}", found ${plural(parsed.error.issues.length, "issue")}:\n${describeIssues(parsed.error.issues)}`,
      };
    }
    const errors = checkAssessment(parsed.data, framework).filter(
      (issue) => issue.severity === "error",
    );
    return {
      pass: errors.length === 0,
      message: () =>
        errors.length === 0
          ? `expected the assessment not to fit "${framework.id}" ${framework.version}, but it does`
          : `expected the assessment to fit "${framework.id}" ${framework.version}, found ${plural(errors.length, "error")}:\n${describeIssues(errors)}`,
    };
  },

  toMeetTier(received, framework, tierId, context) {
    const parsed = safeParseAssessment(received);
    if (!parsed.success) {
      return {
        pass: false,
        message: () =>
          `expected an assessment meeting tier "${tierId}", but it is not a valid assessment:\n${describeIssues(parsed.error.issues)}`,
      };
    }
    const known = (framework.tiers ?? []).map((tier) => tier.id);
    if (!known.includes(tierId)) {
      return {
        pass: false,
        message: () =>
          `framework "${framework.id}" has no tier "${tierId}" (its tiers: ${known.length === 0 ? "none" : known.join(", ")})`,
      };
    }
    const assessment: Assessment = parsed.data;
    const evaluation = evaluate(framework, assessment, context);
    const tier = evaluation.tiers.find((result) => result.id === tierId);
    const position = evaluation.tiers.findIndex((result) => result.id === tierId);
    const failed =
      explain(evaluation, framework, "en").tiers[position]?.conditions.filter(
        (condition) => !condition.met,
      ) ?? [];
    const pass = tier?.achieved === true;
    const who = assessment.subject.name ?? assessment.subject.id;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${who} (${assessment.period.id}) not to meet tier "${tierId}", but it does (${evaluation.count.met}/${evaluation.count.applicable} met)`
          : `expected ${who} (${assessment.period.id}) to meet tier "${tierId}" of "${framework.id}", but ${plural(failed.length, "condition")} failed (${evaluation.count.met}/${evaluation.count.applicable} met):\n${failed.map((condition) => `  - ${condition.message}`).join("\n")}`,
    };
  },
};
