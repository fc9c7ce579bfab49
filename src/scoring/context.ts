import { z } from "zod";
import { AssessmentSchema, SubjectSchema } from "../assessment/schema.js";
import { isIsoDate } from "../core/dates.js";
import { fromZodIssues, makeIssue } from "../core/issue.js";
import type { FrameworkIssue } from "../framework/issues.js";
import { TargetSchema } from "../framework/schema.js";
import type { EvaluationContext } from "./types.js";

const finite = /* @__PURE__ */ (() => z.number().refine(Number.isFinite))();

/** One schema per member, so that a bad member can be dropped while the others are kept. */
const MEMBERS = /* @__PURE__ */ (() =>
  ({
    previous: AssessmentSchema,
    baselines: z.record(z.string(), AssessmentSchema),
    children: z.array(
      z.looseObject({ nodes: z.array(z.looseObject({})), tiers: z.array(z.looseObject({})) }),
    ),
    outcomes: z.record(z.string(), z.looseObject({ tier: z.string().nullable() })),
    references: z.record(z.string(), TargetSchema),
    subject: SubjectSchema.partial(),
    date: z.string().refine(isIsoDate, { message: "invalid_date" }),
    cohort: z.record(z.string(), z.array(finite)),
  }) as const)();

type Member = keyof typeof MEMBERS;

/** The result of `safeParseContext`. */
export type SafeParseContextResult =
  | { readonly success: true; readonly data: EvaluationContext }
  | { readonly success: false; readonly issues: readonly FrameworkIssue[] };

function rootIssue(): FrameworkIssue {
  return makeIssue("invalid_type", [], {
    vi: "(root): ngữ cảnh đánh giá phải là một đối tượng",
    en: "(root): the evaluation context must be an object",
  });
}

/**
 * Splits a context into its valid members and issues for the invalid ones (which are left out).
 * An `undefined` member counts as absent. Never throws.
 *
 * @internal
 */
export function checkContext(input: unknown): {
  readonly data: EvaluationContext;
  readonly issues: readonly FrameworkIssue[];
} {
  if (input === undefined) return { data: {}, issues: [] };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { data: {}, issues: [rootIssue()] };
  }
  const data: Record<string, unknown> = {};
  const issues: FrameworkIssue[] = [];
  try {
    for (const key of Object.keys(input)) {
      const value = (input as Record<string, unknown>)[key];
      if (!Object.hasOwn(MEMBERS, key)) {
        issues.push(
          makeIssue("unrecognized_key", [key], {
            vi: `${key}: ngữ cảnh đánh giá không có mục "${key}"`,
            en: `${key}: the evaluation context has no member "${key}"`,
          }),
        );
        continue;
      }
      if (value === undefined) continue;
      const parsed = MEMBERS[key as Member].safeParse(value, { reportInput: true });
      if (parsed.success) data[key] = parsed.data;
      else issues.push(...fromZodIssues(parsed.error.issues, [key]));
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    return {
      data: {},
      issues: [
        makeIssue("unreadable_input", [], {
          vi: `(root): không kiểm tra được ngữ cảnh đánh giá (${name})`,
          en: `(root): the evaluation context could not be validated (${name})`,
        }),
      ],
    };
  }
  return { data: data as EvaluationContext, issues };
}

/**
 * Validates unknown input as an evaluation context (`evaluate`'s second argument) without throwing.
 *
 * Every member is optional; `date` must be a real calendar date (`2023-02-30` is rejected), `cohort`
 * values finite numbers, `previous` and `baselines` assessments, `references` targets, `subject` a
 * partial subject, `outcomes` objects with a `tier` (string or null). Unknown members are reported too.
 * Issues have `code`, `path` and Vietnamese and English messages, as from `safeParseAssessment`.
 *
 * @param input - Anything, typically `JSON.parse` output of a `--context` file.
 * @returns `{ success: true, data }`, or `{ success: false, issues }`.
 * @example
 * safeParseContext({ date: "2023-02-30", subject: null }).issues.map((issue) => issue.path)
 * //=> [["date"], ["subject"]]
 * @category Scoring
 */
export function safeParseContext(input: unknown): SafeParseContextResult {
  const { data, issues } = checkContext(input);
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

const CHECKED = new WeakMap<object, ReturnType<typeof checkContext>>();
const EMPTY: ReturnType<typeof checkContext> = { data: {}, issues: [] };

/**
 * The context `evaluate` and `summarize` work with: invalid members left out (as if absent) and
 * reported. Results are remembered per context object, so evaluating many assessments against one
 * context checks it once; a context is read-only data and must not be edited between calls.
 *
 * @internal
 */
export function usableContext(input: unknown): ReturnType<typeof checkContext> {
  if (input === undefined) return EMPTY;
  if (input === null || typeof input !== "object") return checkContext(input);
  const known = CHECKED.get(input);
  if (known !== undefined) return known;
  const checked = checkContext(input);
  const result =
    checked.issues.length === 0 ? { data: input as EvaluationContext, issues: [] } : checked;
  CHECKED.set(input, result);
  return result;
}
