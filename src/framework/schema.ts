import { z } from "zod";
import { isMonthDay } from "../core/dates.js";

/*
 * The JSON form of a framework (bộ tiêu chí). Everything in DESIGN.md §3 is data here: evaluating it is
 * src/scoring/. Schemas are wrapped in pure IIFEs so that bundlers can drop them (TOOLCHAIN.md §5).
 */

/** Node ids: dotted segments such as `19.2`, `kdc.3.a`, `EA-c2`. */
export const NODE_ID_PATTERN: RegExp = /^[A-Za-z0-9_]+(?:[.\-:][A-Za-z0-9_]+)*$/;
/**
 * The longest id, in characters (`too_big`). Checked before the pattern, which then never sees a long
 * string: a 10 MB id is one `too_big` issue at its path, not a regular-expression stack overflow.
 */
export const NODE_ID_MAX_LENGTH = 200;
/** Ids that would collide with `Object.prototype` when used as keys; rejected everywhere. */
export const RESERVED_IDS: readonly string[] = ["__proto__", "constructor", "prototype"];

const idSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1, { abort: true })
    .max(NODE_ID_MAX_LENGTH, { abort: true })
    .regex(NODE_ID_PATTERN, { message: "invalid_id" })
    .refine((id) => !RESERVED_IDS.includes(id), { message: "reserved_id" }))();

/** Finite numbers only: JSON has no NaN or Infinity, and a computed one is a bug upstream. */
const finite = /* @__PURE__ */ (() => z.number().finite())();

/**
 * The largest magnitude of points, weights, deductions, floors and scales: 10⁹. Real frameworks stay far
 * below it (LEED has 110 points, XCCDF weights are small integers), and it keeps every total a finite
 * double: five million nodes × 10⁹ is 5 × 10¹⁵ < 2⁵³, so whole points add up exactly even without the
 * exact rationals the evaluation uses, and no sum, mean or percent can overflow to Infinity or NaN.
 */
export const MAX_MAGNITUDE = 1e9;
/** The smallest positive `scale` of a scoring model: 10⁻⁹ (a percent is then at most 5 × 10²⁶). */
export const MIN_SCALE = 1e-9;
/**
 * The largest magnitude of a normalisation's goalposts, targets and bounds: 10¹⁵ (provincial GDP in VND
 * is about 10¹⁴). `high − low` then never overflows, so the linear maps stay finite and correct.
 */
export const MAX_GOALPOST = 1e15;
/** A goalpost in [−10¹⁵, 10¹⁵]. */
const goalpost = /* @__PURE__ */ (() => finite.min(-MAX_GOALPOST).max(MAX_GOALPOST))();
/** A magnitude in [−10⁹, 10⁹]. */
const bounded = /* @__PURE__ */ (() => finite.min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE))();
/** A weight or maximum in [0, 10⁹]. */
const nonNegativeBounded = /* @__PURE__ */ (() => finite.min(0).max(MAX_MAGNITUDE))();
/** A scoring model's scale in [10⁻⁹, 10⁹]. */
const scaleSchema = /* @__PURE__ */ (() => finite.min(MIN_SCALE).max(MAX_MAGNITUDE))();

/** A language code of two or three lowercase ASCII letters (`vi`, `en`, `fr`, `ede`). */
export const LanguageSchema = /* @__PURE__ */ (() =>
  z.string().regex(/^[a-z]{2,3}$/, { message: "invalid_language" }))();
const isoDate = /* @__PURE__ */ (() => z.iso.date())();

/**
 * Labels in several languages, e.g. `{ "vi": "Quy hoạch", "en": "Planning" }`. Keys are language codes
 * of two or three lowercase ASCII letters; any other key (`"constructor"`, `"VI"`, `"foo_bar"`) is an
 * `invalid_language` issue at its path.
 */
export const LabelsSchema = /* @__PURE__ */ (() =>
  z
    .record(LanguageSchema, z.string().min(1))
    .refine((labels) => Object.keys(labels).length > 0, { message: "empty_labels" }))();
/** Labels by language code, as `LabelsSchema` parses them: `{ vi: "Quy hoạch", en: "Planning" }`. */
export type Labels = z.output<typeof LabelsSchema>;

/** How far the official text of a node is known (DESIGN.md §6: never invent criterion text). */
export const TextStatusSchema = /* @__PURE__ */ (() =>
  z.enum(["official", "paraphrased", "partial", "unknown"]))();
/** How far a node's official text is known: `official`, `paraphrased`, `partial` or `unknown`. */
export type TextStatus = z.output<typeof TextStatusSchema>;

// ---------------------------------------------------------------------------------------------
// Values

/** The shape of the value an assessment records for a node. */
export const ValueTypeSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("boolean") }),
    z.strictObject({
      type: z.literal("number"),
      unit: z.string().optional(),
      min: finite.optional(),
      max: finite.optional(),
      integer: z.boolean().optional(),
    }),
    /** 0–100. */
    z.strictObject({ type: z.literal("percent") }),
    /** Non-negative integer. */
    z.strictObject({ type: z.literal("count"), unit: z.string().optional() }),
    /** Ordered levels, lowest first; the value is a level id. */
    z.strictObject({
      type: z.literal("ordinal"),
      levels: z.array(z.strictObject({ id: idSchema, title: LabelsSchema.optional() })).min(2),
    }),
    /** A list of events; the value lists the ids of those that occurred (repeats = several occurrences). */
    z.strictObject({
      type: z.literal("events"),
      events: z
        .array(
          z.strictObject({
            id: idSchema,
            title: LabelsSchema,
            textStatus: TextStatusSchema.optional(),
          }),
        )
        .min(1),
    }),
    z.strictObject({ type: z.literal("date") }),
    /** Counts of child units by category, e.g. `{ total: 25, counts: { registered: 25, recognised: 16 } }`. */
    z.strictObject({ type: z.literal("tally"), categories: z.array(idSchema).min(1) }),
    /** No value: the assessor records the verdict (`status`) directly. */
    z.strictObject({ type: z.literal("verdict") }),
  ]))();
/** The shape of a node's recorded value (`boolean`, `number`, `percent`, `count`, `ordinal`, `events`, `date`, `tally`, `verdict`). */
export type ValueType = z.output<typeof ValueTypeSchema>;

// ---------------------------------------------------------------------------------------------
// Targets: a value, or a value that depends on context

const scalar = /* @__PURE__ */ (() => z.union([finite, z.boolean(), z.string().min(1)]))();

/** One row of a target table; every key given must match the subject/evaluation for the row to apply. */
export const TargetCaseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    region: idSchema.optional(),
    class: idSchema.optional(),
    kind: idSchema.optional(),
    year: z.number().int().min(1900).max(2200).optional(),
    value: scalar,
    note: z.string().optional(),
  }))();
/** One row of a target table (`TargetCaseSchema`). */
export type TargetCase = z.output<typeof TargetCaseSchema>;

/**
 * How a table matches its `year` keys against the evaluation year: `exact` (the default) only the row
 * of that year; `latestNotAfter` the row of the latest year not after it, so a table published for 2021
 * and 2023 applies its 2021 row in 2022 and its 2023 row from 2023 on, until a later row replaces it.
 */
export const YearLookupSchema = /* @__PURE__ */ (() => z.enum(["exact", "latestNotAfter"]))();
/** How a target table picks its year row: `exact` or `latestNotAfter`. */
export type YearLookup = z.output<typeof YearLookupSchema>;

/**
 * What a value is compared with. Precedence for tables: the most specific case wins
 * (class > kind > region > year, counted by the keys that match); `default` when none matches.
 * `yearLookup` says how `year` keys match (`exact` by default, or `latestNotAfter`).
 */
export const TargetSchema = /* @__PURE__ */ (() =>
  z.union([
    scalar,
    z.strictObject({
      default: scalar.optional(),
      cases: z.array(TargetCaseSchema).min(1),
      yearLookup: YearLookupSchema.optional(),
    }),
    /** A named reference value: `framework.references[ref]` or `context.references[ref]`. */
    z.strictObject({ ref: idSchema }),
    /** The same node's value in the previous period (`context.previous`). */
    z.strictObject({ previous: z.literal(true) }),
    /** The same node's value in a baseline period (`context.baselines[baseline]`), e.g. `"2019"`. */
    z.strictObject({ baseline: z.string().min(1) }),
    /** Another node's value in the same assessment. */
    z.strictObject({ node: idSchema }),
  ]))();
/** What a `compare` rule compares with: a value, a table by region / class / kind / year, a named reference, the previous period, a baseline or another node. */
export type Target = z.output<typeof TargetSchema>;

/** The comparators of `compare` and `share` rules: `>=`, `>`, `<=`, `<`, `=`, `!=`. */
export const ComparatorSchema = /* @__PURE__ */ (() => z.enum([">=", ">", "<=", "<", "=", "!="]))();
/** A comparator: `>=`, `>`, `<=`, `<`, `=` or `!=`. */
export type Comparator = z.output<typeof ComparatorSchema>;

// ---------------------------------------------------------------------------------------------
// Rules: how a node is judged met / not met

/** A predicate on a child unit's evaluation, used by `share` rules fed from `context.children`. */
export const ChildPredicateSchema = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ tier: idSchema }),
    z.strictObject({ met: idSchema }),
    z.strictObject({ assessed: z.literal(true) }),
  ]))();
/** What makes a child unit count in a `share` rule's category: it reached a tier, met a node, or was assessed. */
export type ChildPredicate = z.output<typeof ChildPredicateSchema>;

/** A prerequisite of a `share` rule: another category's share of the total, compared with a percent. */
export const ShareRequirementSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    category: idSchema,
    comparator: ComparatorSchema,
    /** Percent of the denominator, compared exactly: `count * 100 >= percent * total`. */
    percent: finite.min(0).max(100),
  }))();
/** A prerequisite of a `share` rule (`ShareRequirementSchema`). */
export type ShareRequirement = z.output<typeof ShareRequirementSchema>;

/** How a node is judged met / not met (đạt / chưa đạt): `compare`, `noEvents`, `all`, `any`, `atLeast`, `share`, `outcome` or `judged`. */
export const RuleSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
    /** `value comparator factor × target`. `factor` (exact decimal) expresses "≥ 1.10 × threshold" or "≥ 5 % fewer than 2019" (0.95). */
    z.strictObject({
      type: z.literal("compare"),
      comparator: ComparatorSchema,
      target: TargetSchema,
      factor: finite.positive().optional(),
    }),
    /** Met when none of the listed events (default: all events of the value type) occurred more than `max` times in total (default 0). */
    z.strictObject({
      type: z.literal("noEvents"),
      events: z.array(idSchema).min(1).optional(),
      max: z.number().int().min(0).optional(),
    }),
    /** Met when every listed node (default: the children) is met. Naming nodes elsewhere in the tree is reuse ("đạt khoản 2, 3, 4 Điều 4"). */
    z.strictObject({ type: z.literal("all"), of: z.array(idSchema).min(1).optional() }),
    z.strictObject({ type: z.literal("any"), of: z.array(idSchema).min(1).optional() }),
    z.strictObject({
      type: z.literal("atLeast"),
      count: z.number().int().min(1),
      of: z.array(idSchema).min(1).optional(),
    }),
    /**
     * Share of child units in `category` over the total, with optional prerequisites on other
     * categories. Counts come from the node's `tally` value, or from `context.children` via `children`.
     */
    z.strictObject({
      type: z.literal("share"),
      category: idSchema,
      comparator: ComparatorSchema,
      percent: finite.min(0).max(100),
      requires: z.array(ShareRequirementSchema).optional(),
      children: z.record(idSchema, ChildPredicateSchema).optional(),
      /** A child kind to count (e.g. only `kdc`); default all children given. */
      childKind: idSchema.optional(),
    }),
    /**
     * Met when another framework's evaluation of the same subject reached `tier`
     * (`context.outcomes[framework]`), or — with `node` instead of `tier` — when that evaluation met the
     * node: a criterion taken from another framework by reference, judged from that framework's evidence.
     */
    z
      .strictObject({
        type: z.literal("outcome"),
        framework: idSchema,
        tier: idSchema.optional(),
        node: idSchema.optional(),
      })
      .refine((rule) => (rule.tier === undefined) !== (rule.node === undefined), {
        message: "outcome_tier_or_node",
      }),
    /** The assessor records met / not met directly (criteria whose official test is unknown). */
    z.strictObject({ type: z.literal("judged") }),
  ]))();
/** A node's rule (`RuleSchema`): how it is judged met / not met. */
export type Rule = z.output<typeof RuleSchema>;

// ---------------------------------------------------------------------------------------------
// Points, weights and normalisation

/** One band of a `bands` earn table: the points for values in [`min`, `below`). */
export const BandSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Inclusive lower bound of the value; omitted = no lower bound. */
    min: finite.optional(),
    /** Exclusive upper bound; omitted = no upper bound. */
    below: finite.optional(),
    /** In [−10⁹, 10⁹] (`MAX_MAGNITUDE`). */
    points: bounded,
  }))();
/** One band of a `bands` earn table (`BandSchema`). */
export type Band = z.output<typeof BandSchema>;

/** How a node earns its points. */
export const EarnSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
    /** `max` when met, 0 otherwise (the default). */
    z.strictObject({ type: z.literal("met") }),
    /** The points recorded in the assessment (`verifiedScore`, else `selfScore`), clamped to [0, max]. */
    z.strictObject({ type: z.literal("entered") }),
    /** Sum of the children's points (lettered sub-items), capped at `max`. */
    z.strictObject({ type: z.literal("sum") }),
    /** A banded table on the node's numeric value (LEED "% improvement" tables). */
    z.strictObject({ type: z.literal("bands"), bands: z.array(BandSchema).min(1) }),
    /** Linear between goalposts, truncated to [0, max]; `low > high` means lower is better. */
    z.strictObject({ type: z.literal("goalposts"), low: finite, high: finite }),
  ]))();
/** How a node earns its points (`EarnSchema`): `met`, `entered`, `sum`, `bands` or `goalposts`. */
export type Earn = z.output<typeof EarnSchema>;

/** Points taken off a node when listed events occurred (điểm trừ). */
export const DeductionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Events (of this node's `events` value) that trigger it; omitted = any event. */
    events: z.array(idSchema).min(1).optional(),
    /** In (0, 10⁹] (`MAX_MAGNITUDE`). */
    points: finite.positive().max(MAX_MAGNITUDE),
    /** `once` (default): deduct once if any listed event occurred; `perOccurrence`: per occurrence. */
    per: z.enum(["once", "perOccurrence"]).optional(),
  }))();
/** Points taken off when listed events occurred (`DeductionSchema`). */
export type Deduction = z.output<typeof DeductionSchema>;

/** A node's points (điểm): its maximum, how it earns them, deductions, floor and whether they are bonus. */
export const PointsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** In [0, 10⁹] (`MAX_MAGNITUDE`). */
    max: nonNegativeBounded,
    earn: EarnSchema.optional(),
    deductions: z.array(DeductionSchema).optional(),
    /** Lowest points after deductions, in [−10⁹, 10⁹]; default 0; `null` lets points go negative. */
    floor: bounded.nullable().optional(),
    /** Bonus points are added to the total but their max is not part of the base possible (LEED innovation). */
    bonus: z.boolean().optional(),
  }))();
/** A node's points (`PointsSchema`). */
export type Points = z.output<typeof PointsSchema>;

/** Maps a numeric value onto a score in [0, 1] for weighted models (COINr `n_*`, Lighthouse curves). */
export const NormalizeSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
    /** `low` and `high` within ±10¹⁵ (`MAX_GOALPOST`). */
    z.strictObject({ type: z.literal("goalposts"), low: goalpost, high: goalpost }),
    /** `(x − min)/(target − min)` capped at 1 (COINr `n_dist2targ`, direction +1; use `direction: -1` for lower-is-better). Bounds within ±10¹⁵. */
    z.strictObject({
      type: z.literal("distanceToTarget"),
      min: goalpost,
      target: goalpost,
      max: goalpost.optional(),
      direction: z.union([z.literal(1), z.literal(-1)]).optional(),
    }),
    z.strictObject({
      type: z.literal("bands"),
      bands: z
        .array(
          z.strictObject({
            min: finite.optional(),
            below: finite.optional(),
            score: finite.min(0).max(1),
          }),
        )
        .min(1),
    }),
    /** value / scale, e.g. a Scorecard check 0–10 → scale 10. */
    z.strictObject({ type: z.literal("scale"), scale: finite.positive() }),
    /**
     * Lighthouse's metric curve (v10+): a log-normal complementary CDF through `p10` (→ 0.9) and `median`
     * (→ 0.5), lower values better, boosted above 0.9 and floored to 2 decimals. Needs `p10 < median`.
     */
    z.strictObject({
      type: z.literal("logNormal"),
      p10: finite.positive(),
      median: finite.positive(),
    }),
    /** Rank across a cohort of units given in `context.cohort`. */
    z.strictObject({ type: z.enum(["minMax", "zScore", "percentileRank"]) }),
  ]))();
/** How a weighted model maps a node's numeric value onto [0, 1] (`NormalizeSchema`). */
export type Normalize = z.output<typeof NormalizeSchema>;

/** Named policies for statuses other than met / not met (DESIGN.md §3 item 9). */
export const PoliciesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** `exclude` (default): left out of counts and denominators; `met`: counts as met (CMMI, WCAG). */
    notApplicable: z.enum(["exclude", "met"]).optional(),
    /** `exclude`: left out of the score; `notMet` (default): counts as not met. */
    unknown: z.enum(["exclude", "notMet"]).optional(),
    /** `notMet` (default, XCCDF), `exclude`, or `null`: the whole score becomes unscorable (Lighthouse). */
    error: z.enum(["notMet", "exclude", "null"]).optional(),
  }))();
/** How not-applicable, unknown and error statuses count (`PoliciesSchema`). */
export type Policies = z.output<typeof PoliciesSchema>;

// ---------------------------------------------------------------------------------------------
// The tree

/** A node's kind: `group` (nhóm tiêu chí), `criterion` (tiêu chí) or `indicator` (chỉ tiêu). */
export const NodeKindSchema = /* @__PURE__ */ (() => z.enum(["group", "criterion", "indicator"]))();
/** A node's kind: `group` (nhóm tiêu chí), `criterion` (tiêu chí) or `indicator` (chỉ tiêu). */
export type NodeKind = z.output<typeof NodeKindSchema>;

/** XCCDF rule roles: `unscored` is reported but left out of the score; `unchecked` is never checked. */
export const RoleSchema = /* @__PURE__ */ (() => z.enum(["full", "unscored", "unchecked"]))();

/** A node of the framework tree: a group (nhóm tiêu chí), criterion (tiêu chí) or indicator (chỉ tiêu), with its value type, rule, points or weight, and children. */
export interface FrameworkNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: Labels;
  readonly description?: Labels | undefined;
  readonly textStatus?: TextStatus | undefined;
  /** Where in the source document: "Điều 5 khoản 4". */
  readonly source?: string | undefined;
  readonly note?: string | undefined;
  /** Subject kinds this node applies to; others get `notApplicable`. */
  readonly appliesTo?: readonly string[] | undefined;
  readonly value?: ValueType | undefined;
  readonly rule?: Rule | undefined;
  readonly mandatory?: boolean | undefined;
  /** Not meeting this node fires a disqualifier ("điểm liệt"). */
  readonly disqualifying?: boolean | undefined;
  readonly weight?: number | undefined;
  readonly points?: Points | undefined;
  readonly normalize?: Normalize | undefined;
  readonly role?: "full" | "unscored" | "unchecked" | undefined;
  readonly policies?: Policies | undefined;
  /** Risk or severity class (Scorecard Critical / High / …), informative. */
  readonly severity?: string | undefined;
  readonly children?: readonly FrameworkNode[] | undefined;
}

/** The schema of one node and, recursively, its children. */
export const NodeSchema: z.ZodType<FrameworkNode> = /* @__PURE__ */ (() => {
  const node: z.ZodType<FrameworkNode> = z.lazy(() =>
    z.strictObject({
      id: idSchema,
      kind: NodeKindSchema,
      title: LabelsSchema,
      description: LabelsSchema.optional(),
      textStatus: TextStatusSchema.optional(),
      source: z.string().optional(),
      note: z.string().optional(),
      appliesTo: z.array(idSchema).min(1).optional(),
      value: ValueTypeSchema.optional(),
      rule: RuleSchema.optional(),
      mandatory: z.boolean().optional(),
      disqualifying: z.boolean().optional(),
      /** In [0, 10⁹] (`MAX_MAGNITUDE`); default 1. */
      weight: nonNegativeBounded.optional(),
      points: PointsSchema.optional(),
      normalize: NormalizeSchema.optional(),
      role: RoleSchema.optional(),
      policies: PoliciesSchema.optional(),
      severity: z.string().optional(),
      children: z.array(node).optional(),
    }),
  );
  return node;
})();

// ---------------------------------------------------------------------------------------------
// Scoring models

/** How the framework's score is computed: `count`, `points`, `weighted` or `xccdf`. */
export const ScoringModelSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    /** Count met of applicable; the score is the percent met. */
    z.strictObject({ kind: z.literal("count") }),
    /** Sum of points; `scale` is the nominal maximum (100), defaulting to the sum of maxima. */
    z.strictObject({ kind: z.literal("points"), scale: scaleSchema.optional() }),
    /**
     * Weighted arithmetic mean of node scores in [0, 1], times `scale` (default 100).
     * `flat`: over the leaves; `hierarchical`: a weighted mean of the children's means at every level.
     * `round`: decimals kept in `score.value` (Lighthouse: 2 on the 0–1 scale).
     * `compat`: `exact` (default) or `lighthouse` (IEEE double sums and `Math.round`, as Lighthouse prints).
     */
    z.strictObject({
      kind: z.literal("weighted"),
      aggregation: z.enum(["flat", "hierarchical"]),
      /** In [10⁻⁹, 10⁹] (`MIN_SCALE`, `MAX_MAGNITUDE`). */
      scale: scaleSchema.optional(),
      round: z.number().int().min(0).max(12).optional(),
      compat: z.enum(["exact", "lighthouse"]).optional(),
    }),
    /** The four XCCDF 1.2 models (NISTIR 7275r4 §7.3.2); `compat: "openscap"` reproduces result_scoring.c. */
    z.strictObject({
      kind: z.literal("xccdf"),
      model: z.enum(["default", "flat", "flat-unweighted", "absolute"]),
      compat: z.enum(["spec", "openscap"]).optional(),
    }),
  ]))();
/** The framework's scoring model (`ScoringModelSchema`). */
export type ScoringModel = z.output<typeof ScoringModelSchema>;

// ---------------------------------------------------------------------------------------------
// Tiers: ordered, lowest first; each a conjunction of conditions

/** One condition of a tier (all must hold): points, percent, score, counts, named nodes, no disqualifier, another tier or another framework's outcome. */
export const TierConditionSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("minPoints"), points: finite }),
    /** Score as a percent of its maximum, compared exactly. */
    z.strictObject({ type: z.literal("minPercent"), percent: finite.min(0).max(100) }),
    z.strictObject({ type: z.literal("minScore"), score: finite }),
    /** At least `count` criteria met (of `of`, default all criteria). */
    z.strictObject({
      type: z.literal("minCount"),
      count: z.number().int().min(0),
      of: z.array(idSchema).min(1).optional(),
    }),
    /** Every applicable criterion met. */
    z.strictObject({ type: z.literal("allMet") }),
    z.strictObject({ type: z.literal("mandatoryMet") }),
    /** The named nodes are met; with `notApplicableCounts: "met"` N/A counts as met (CMMI, WCAG). */
    z.strictObject({
      type: z.literal("nodesMet"),
      nodes: z.array(idSchema).min(1),
      notApplicable: z.enum(["met", "notMet"]).optional(),
    }),
    /** Each of the nodes (default: the top-level nodes) earns at least `percent` of its maximum points. */
    z.strictObject({
      type: z.literal("groupMinShare"),
      percent: finite.min(0).max(100),
      nodes: z.array(idSchema).min(1).optional(),
    }),
    z.strictObject({ type: z.literal("noDisqualifier") }),
    /** Another tier of this framework must be reached (NTM → nâng cao → kiểu mẫu). */
    z.strictObject({ type: z.literal("tier"), tier: idSchema }),
    /** Another framework's outcome (`context.outcomes`). */
    z.strictObject({ type: z.literal("outcome"), framework: idSchema, tier: idSchema }),
  ]))();
/** One condition of a tier (`TierConditionSchema`). */
export type TierCondition = z.output<typeof TierConditionSchema>;

/** A tier (xếp loại / mức đạt): an id, a title and the conditions that must all hold; tiers are listed lowest first. */
export const TierSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: idSchema,
    title: LabelsSchema,
    conditions: z.array(TierConditionSchema),
    note: z.string().optional(),
  }))();
/** A tier (xếp loại / mức đạt), as `TierSchema` parses it. */
export type Tier = z.output<typeof TierSchema>;

// ---------------------------------------------------------------------------------------------
// Identity, history, context tables

/** How final a framework is: `draft`, `provisional` (tạm thời), `final` or `superseded`. */
export const FrameworkStatusSchema = /* @__PURE__ */ (() =>
  z.enum(["draft", "provisional", "final", "superseded"]))();
/** How final a framework is: `draft`, `provisional`, `final` or `superseded`. */
export type FrameworkStatus = z.output<typeof FrameworkStatusSchema>;

/** The official document a framework comes from: its number, issuer, date, signer and links. */
export const SourceDocumentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** "Thông tư 124/2021/TT-BCA". */
    document: z.string().min(1),
    issuer: z.string().optional(),
    date: isoDate.optional(),
    signer: z.string().optional(),
    urls: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  }))();
/** The official document a framework comes from (`SourceDocumentSchema`). */
export type SourceDocument = z.output<typeof SourceDocumentSchema>;

/** A reference to another framework by id and version, with an optional map of node ids between them. */
export const FrameworkRefSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: idSchema,
    version: z.string().min(1).optional(),
    note: z.string().optional(),
    /**
     * How the nodes correspond, from the older framework's ids to the newer one's (`null`: the node has
     * no counterpart). On `successor` the keys are this framework's ids; on `predecessor` they are the
     * predecessor's. `diffFrameworks` and `migrateAssessment` use it after matching by id.
     */
    nodeMap: z.record(idSchema, idSchema.nullable()).optional(),
  }))();
/** A reference to another framework (`FrameworkRefSchema`). */
export type FrameworkRef = z.output<typeof FrameworkRefSchema>;

/** `MM-DD`; a window whose start is after its end begins in the previous year (16/11 → 15/11). */
const monthDay = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { abort: true })
    .refine((md) => isMonthDay(md), { message: "invalid_month_day" }))();

/** A kind of subject (đơn vị) the framework assesses (`xa`, `phuong`, `kdc`…), with an optional period window. */
export const SubjectKindSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: idSchema,
    title: LabelsSchema,
    window: z.strictObject({ start: monthDay, end: monthDay }).optional(),
    note: z.string().optional(),
  }))();
/** A kind of subject (`SubjectKindSchema`). */
export type SubjectKind = z.output<typeof SubjectKindSchema>;

/** A region whose targets may differ (QĐ 318 has seven), by id and title. */
export const RegionSchema = /* @__PURE__ */ (() =>
  z.strictObject({ id: idSchema, title: LabelsSchema }))();
/** A region whose targets may differ (`RegionSchema`). */
export type Region = z.output<typeof RegionSchema>;

/** A class of subject; `useRegion` makes its targets those of another region (QĐ 318 Điều 1). */
export const SubjectClassSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: idSchema,
    title: LabelsSchema,
    useRegion: idSchema.optional(),
    note: z.string().optional(),
  }))();
/** A class of subject (`SubjectClassSchema`). */
export type SubjectClass = z.output<typeof SubjectClassSchema>;

/** The JSON form of a framework (bộ tiêu chí): identity, source, nodes, scoring model and tiers. */
export const FrameworkSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    version: z.string().min(1),
    status: FrameworkStatusSchema,
    title: LabelsSchema,
    description: LabelsSchema.optional(),
    /** Languages every label must have (checked by `lintFramework`). */
    languages: z.array(LanguageSchema).min(1).optional(),
    source: SourceDocumentSchema.optional(),
    effectiveFrom: isoDate.optional(),
    effectiveTo: isoDate.optional(),
    predecessor: FrameworkRefSchema.optional(),
    successor: FrameworkRefSchema.optional(),
    /** The base framework this one was resolved from by `resolveVariant` (provenance of a variant). */
    variantOf: FrameworkRefSchema.optional(),
    /** True for frameworks written as examples rather than from a source document. */
    example: z.boolean().optional(),
    /** How complete the encoding is, in words (e.g. which criteria are unknown). */
    completeness: z.string().optional(),
    /** Lint warnings the authors accept on purpose, each with the reason (checked by the fixture tests and `toHaveNoLintIssues`). */
    lint: z
      .strictObject({
        allow: z
          .array(z.strictObject({ code: z.string().min(1), reason: z.string().min(1) }))
          .min(1),
      })
      .optional(),
    note: z.string().optional(),
    subjectKinds: z.array(SubjectKindSchema).optional(),
    regions: z.array(RegionSchema).optional(),
    classes: z.array(SubjectClassSchema).optional(),
    /** Named reference values (thresholds in force), usable as `{ "ref": name }` targets. */
    references: z.record(idSchema, TargetSchema).optional(),
    policies: PoliciesSchema.optional(),
    scoring: ScoringModelSchema,
    nodes: z.array(NodeSchema),
    tiers: z.array(TierSchema).optional(),
  }))();
/** A parsed framework (bộ tiêu chí), as `parseFramework` returns it. */
export type Framework = z.output<typeof FrameworkSchema>;
/** A framework as written, before parsing (`FrameworkSchema`'s input type). */
export type FrameworkInput = z.input<typeof FrameworkSchema>;

// ---------------------------------------------------------------------------------------------
// Variants: a base plus overrides (DESIGN.md §3 item 20)

/** One override of a variant: set a target, rule, weight, points, title or mandatory flag, add or remove a node, or replace the tiers. */
export const VariantOperationSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("op", [
    z.strictObject({ op: z.literal("setTarget"), node: idSchema, target: TargetSchema }),
    z.strictObject({ op: z.literal("setRule"), node: idSchema, rule: RuleSchema }),
    z.strictObject({ op: z.literal("setWeight"), node: idSchema, weight: nonNegativeBounded }),
    z.strictObject({ op: z.literal("setPoints"), node: idSchema, points: PointsSchema }),
    z.strictObject({ op: z.literal("setTitle"), node: idSchema, title: LabelsSchema }),
    z.strictObject({ op: z.literal("setMandatory"), node: idSchema, mandatory: z.boolean() }),
    z.strictObject({
      op: z.literal("addNode"),
      /** Parent id; omitted = top level. */
      parent: idSchema.optional(),
      /** Insert after this sibling; omitted = at the end. */
      after: idSchema.optional(),
      node: NodeSchema,
    }),
    z.strictObject({ op: z.literal("removeNode"), node: idSchema }),
    z.strictObject({ op: z.literal("setTiers"), tiers: z.array(TierSchema) }),
  ]))();
/** One override of a variant (`VariantOperationSchema`). */
export type VariantOperation = z.output<typeof VariantOperationSchema>;

/** A variant (bộ tiêu chí của tỉnh): a base framework reference plus the operations that derive it. */
export const VariantSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    version: z.string().min(1),
    status: FrameworkStatusSchema,
    title: LabelsSchema,
    source: SourceDocumentSchema.optional(),
    effectiveFrom: isoDate.optional(),
    effectiveTo: isoDate.optional(),
    example: z.boolean().optional(),
    note: z.string().optional(),
    variantOf: FrameworkRefSchema,
    operations: z.array(VariantOperationSchema).min(1),
  }))();
/** A variant (`VariantSchema`): resolve it against its base with `resolveVariant`. */
export type Variant = z.output<typeof VariantSchema>;
