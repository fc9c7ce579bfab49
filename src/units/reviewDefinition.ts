import { z } from "zod";
import { snapshotInput } from "../core/copyInput.js";
import { type FrameworkIssue, fromZodError, makeIssue } from "../core/issue.js";
import {
  type Framework,
  LabelsSchema,
  NODE_ID_MAX_LENGTH,
  NODE_ID_PATTERN,
  RESERVED_IDS,
} from "../framework/schema.js";

const id = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1, { abort: true })
    .max(NODE_ID_MAX_LENGTH, { abort: true })
    .regex(NODE_ID_PATTERN, { message: "invalid_id" })
    .refine((value) => !RESERVED_IDS.includes(value), { message: "reserved_id" }))();
const finite = /* @__PURE__ */ (() => z.number().finite())();
const percent = /* @__PURE__ */ (() => finite.min(0).max(100))();

/** When a unit earns a rating: every condition given must hold (none given: always). */
export const RatingConditionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The evaluation's tier is one of these. */
    tiers: z.array(id).min(1).optional(),
    /** The score is at least this percent of its maximum (compared exactly). */
    minPercent: percent.optional(),
    /** At least this many criteria met. */
    minMet: z.number().int().min(0).optional(),
    /** At most this many criteria not met. */
    maxNotMet: z.number().int().min(0).optional(),
    /** At least this many points earned. */
    minPoints: finite.optional(),
  }))();

/** One rating of a review (e.g. *hoàn thành xuất sắc*), with the condition that earns it from an evaluation. */
export const RatingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id,
    title: LabelsSchema,
    when: RatingConditionSchema.optional(),
    source: z.string().optional(),
    note: z.string().optional(),
  }))();
/** A rating of a review definition, as parsed. */
export type Rating = z.output<typeof RatingSchema>;

/** What decides who keeps a rating under a quota, best first; subject id (code-unit order) ends every order. */
export const KeepOrderSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    by: z.enum(["score", "points", "met", "notMet"]),
    /** `desc` (default): a higher value keeps the rating first; `asc` for `notMet`. */
    direction: z.enum(["desc", "asc"]).optional(),
  }))();
/** One key of a quota's keep order, as parsed. */
export type KeepOrder = z.output<typeof KeepOrderSchema>;

/**
 * A cap on the number of units with `rating`: at most `floor(maxPercent × base / 100)`, where `base` is
 * the number of units (rated, in the same group) whose rating is one of `of`. Units beyond the cap, last
 * in the `keep` order, move down to `moveTo` (default: the next lower rating), which may change the base;
 * the cap is applied again until it holds.
 */
export const QuotaSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    rating: id,
    maxPercent: percent,
    of: z.array(id).min(1),
    groupBy: z.enum(["region", "parent", "kind", "class"]).optional(),
    moveTo: id.optional(),
    keep: z.array(KeepOrderSchema).min(1).optional(),
    source: z.string().optional(),
    note: z.string().optional(),
  }))();
/** A cohort quota of a review definition, as parsed. */
export type Quota = z.output<typeof QuotaSchema>;

/**
 * A year-end review (*bình xét cuối năm*) as data: ordered ratings (highest first) with the conditions
 * that earn them from an evaluation, cohort quotas, the cap by the parent unit's rating, and eligibility.
 */
export const ReviewDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    $schema: z.string().optional(),
    id,
    version: z.string().min(1),
    title: LabelsSchema,
    source: z.string().optional(),
    note: z.string().optional(),
    example: z.boolean().optional(),
    /** The framework whose evaluations are reviewed (any version when `version` is absent). */
    framework: z.strictObject({ id, version: z.string().min(1).optional() }).optional(),
    /** Highest first. */
    ratings: z.array(RatingSchema).min(1),
    quotas: z.array(QuotaSchema).optional(),
    /** A unit's rating may not exceed its parent's (`subject.parent`). */
    capByParent: z
      .strictObject({
        /** The newly transferred (fact `newlyTransferred`) are exempt (HD 01: "trừ trường hợp mới điều chuyển"). */
        exceptNewlyTransferred: z.boolean().optional(),
        source: z.string().optional(),
      })
      .optional(),
    eligibility: z
      .strictObject({
        /** Units operating fewer whole months (fact `operatingSince` to the review date) are not rated. */
        minMonthsOperating: z.number().int().min(0).max(1200).optional(),
        /** Units under complaint or denunciation (fact `underComplaint`) are not rated. */
        excludeUnderComplaint: z.boolean().optional(),
        source: z.string().optional(),
      })
      .optional(),
  }))();
/** A year-end review definition, as parsed (see `safeParseReviewDefinition`). */
export type ReviewDefinition = z.output<typeof ReviewDefinitionSchema>;

/** The result of `safeParseReviewDefinition`. */
export type SafeParseReviewResult =
  | {
      readonly success: true;
      readonly data: ReviewDefinition;
      readonly issues: readonly FrameworkIssue[];
    }
  | { readonly success: false; readonly issues: readonly FrameworkIssue[] };

/**
 * The lint of a review definition: ratings named twice (`duplicate_rating`); a quota naming a rating the
 * definition does not have (`unknown_rating`); a quota that moves units to a rating that is not lower
 * (`move_not_lower`) or on the lowest rating with nowhere to move (`quota_on_lowest`); a lowest rating
 * with conditions, so that some units match none (`no_fallback_rating`, a warning); and, given the
 * framework, rating conditions naming tiers it does not have (`unknown_tier`) or a framework id that is
 * not the reviewed one (`framework_mismatch`).
 *
 * @param definition - A parsed review definition.
 * @param framework - The reviewed framework, for the tier checks.
 * @returns The issues, errors first in definition order.
 * @example
 * lintReviewDefinition({ ...review, quotas: [{ rating: "xuat_sac", maxPercent: 20, of: ["tot"] }] })
 * //=> [{ code: "unknown_rating", path: ["quotas", 0, "of", 0], … }]
 * @category Across units
 */
export function lintReviewDefinition(
  definition: ReviewDefinition,
  framework?: Framework,
): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const index = new Map<string, number>();
  definition.ratings.forEach((rating, i) => {
    if (index.has(rating.id)) {
      issues.push(
        makeIssue("duplicate_rating", ["ratings", i, "id"], {
          vi: `Xếp loại "${rating.id}" được khai báo hai lần`,
          en: `Rating "${rating.id}" is declared twice`,
        }),
      );
    } else index.set(rating.id, i);
  });
  const known = (name: string, path: (string | number)[]): boolean => {
    if (index.has(name)) return true;
    issues.push(
      makeIssue("unknown_rating", path, {
        vi: `Không có xếp loại "${name}" trong định nghĩa bình xét`,
        en: `The review has no rating "${name}"`,
      }),
    );
    return false;
  };
  (definition.quotas ?? []).forEach((quota, q) => {
    const ratingKnown = known(quota.rating, ["quotas", q, "rating"]);
    for (const [i, name] of quota.of.entries()) known(name, ["quotas", q, "of", i]);
    if (!ratingKnown) return;
    const at = index.get(quota.rating)!;
    if (quota.moveTo !== undefined) {
      if (known(quota.moveTo, ["quotas", q, "moveTo"]) && index.get(quota.moveTo)! <= at) {
        issues.push(
          makeIssue("move_not_lower", ["quotas", q, "moveTo"], {
            vi: `Hạn mức chuyển đơn vị từ "${quota.rating}" sang "${quota.moveTo}", không phải xếp loại thấp hơn`,
            en: `The quota moves units from "${quota.rating}" to "${quota.moveTo}", which is not a lower rating`,
          }),
        );
      }
    } else if (at === definition.ratings.length - 1) {
      issues.push(
        makeIssue("quota_on_lowest", ["quotas", q, "rating"], {
          vi: `"${quota.rating}" là xếp loại thấp nhất: không có xếp loại nào để chuyển xuống`,
          en: `"${quota.rating}" is the lowest rating: there is none to move units down to`,
        }),
      );
    }
  });
  const last = definition.ratings[definition.ratings.length - 1];
  if (last?.when !== undefined) {
    issues.push(
      makeIssue(
        "no_fallback_rating",
        ["ratings", definition.ratings.length - 1, "when"],
        {
          vi: `Xếp loại thấp nhất "${last.id}" có điều kiện: đơn vị không thỏa điều kiện nào sẽ không được xếp loại`,
          en: `The lowest rating "${last.id}" has conditions: a unit that meets none is not rated`,
        },
        "warning",
      ),
    );
  }
  if (framework !== undefined) {
    if (definition.framework !== undefined && definition.framework.id !== framework.id) {
      issues.push(
        makeIssue("framework_mismatch", ["framework", "id"], {
          vi: `Định nghĩa bình xét dành cho ${definition.framework.id}, không phải ${framework.id}`,
          en: `The review is for ${definition.framework.id}, not ${framework.id}`,
        }),
      );
    }
    const tiers = new Set((framework.tiers ?? []).map((tier) => tier.id));
    definition.ratings.forEach((rating, r) => {
      (rating.when?.tiers ?? []).forEach((tier, t) => {
        if (!tiers.has(tier)) {
          issues.push(
            makeIssue("unknown_tier", ["ratings", r, "when", "tiers", t], {
              vi: `Bộ tiêu chí ${framework.id} không có mức "${tier}"`,
              en: `Framework ${framework.id} has no tier "${tier}"`,
            }),
          );
        }
      });
    });
  }
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/**
 * Validates a review definition: the input is copied once (cycles, depth and size refused), checked
 * against `ReviewDefinitionSchema`, then linted (`lintReviewDefinition`). Never throws.
 *
 * @param input - Parsed JSON.
 * @param framework - The reviewed framework, for the tier checks.
 * @returns The definition and its warnings, or the issues (errors and warnings) that make it unusable.
 * @example
 * safeParseReviewDefinition(JSON.parse(text)).success
 * //=> true
 * @category Across units
 */
export function safeParseReviewDefinition(
  input: unknown,
  framework?: Framework,
): SafeParseReviewResult {
  const snapshot = snapshotInput(input);
  if (!snapshot.ok) return { success: false, issues: snapshot.issues };
  const parsed = ReviewDefinitionSchema.safeParse(snapshot.value, { reportInput: true });
  if (!parsed.success) return { success: false, issues: fromZodError(parsed.error) };
  const issues = lintReviewDefinition(parsed.data, framework);
  if (issues.some((issue) => issue.severity === "error")) return { success: false, issues };
  return { success: true, data: parsed.data, issues };
}

/**
 * The JSON Schema (draft 2020-12) of a review definition, for editors.
 *
 * @returns The schema as plain JSON.
 * @example
 * reviewDefinitionJsonSchema().type
 * //=> "object"
 * @category Across units
 */
export function reviewDefinitionJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ReviewDefinitionSchema, { io: "input" }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    $id: "https://unpkg.com/tieuchi/schema/review.schema.json",
    title: "tieuchi review definition",
    description:
      "A year-end review (bình xét cuối năm) for reviewCohort: ordered ratings with their conditions, cohort quotas, the parent cap and eligibility. Semantic checks (unknown ratings, quotas with nowhere to move, tiers the framework lacks) are done by lintReviewDefinition.",
    ...rest,
  };
}
