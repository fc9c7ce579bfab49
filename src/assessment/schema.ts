import { z } from "zod";
import { NODE_ID_PATTERN, RESERVED_IDS } from "../framework/schema.js";

const idSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .regex(NODE_ID_PATTERN, { message: "invalid_id" })
    .refine((id) => !RESERVED_IDS.includes(id), { message: "reserved_id" }))();
const isoDate = /* @__PURE__ */ (() => z.iso.date())();
const finite = /* @__PURE__ */ (() => z.number().finite())();

/** A piece of evidence (minh chứng) for an entry: its source, and optionally a date, a link and a note. */
export const EvidenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    source: z.string().min(1),
    date: isoDate.optional(),
    url: z.string().min(1).optional(),
    note: z.string().optional(),
  }))();
/** A piece of evidence for an entry (`EvidenceSchema`). */
export type Evidence = z.output<typeof EvidenceSchema>;

/** Counts of child units by category for `tally` values. */
export const TallySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    total: z.number().int().min(0),
    counts: z.record(idSchema, z.number().int().min(0)),
  }))();
/** Counts of child units by category: `{ total: 25, counts: { registered: 25, recognised: 16 } }`. */
export type Tally = z.output<typeof TallySchema>;

/** The value recorded for a node; its expected shape comes from the node's value type. */
export const ValueSchema = /* @__PURE__ */ (() =>
  z.union([finite, z.boolean(), z.string(), z.array(idSchema), TallySchema]))();
/** A recorded value: a number, a boolean, a string, a list of ids or a tally. */
export type Value = z.output<typeof ValueSchema>;

/** A status an assessor may record for a node: `met`, `notMet`, `notApplicable`, `unknown` or `error`. */
export const EntryStatusSchema = /* @__PURE__ */ (() =>
  z.enum(["met", "notMet", "notApplicable", "unknown", "error"]))();
/** A status an assessor may record for a node (`EntryStatusSchema`). */
export type EntryStatus = z.output<typeof EntryStatusSchema>;

/** What was recorded for one node. */
export const EntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    node: idSchema,
    value: ValueSchema.optional(),
    /** Overrides the rule: the assessor's verdict (required for `judged` rules and `verdict` values). */
    status: EntryStatusSchema.optional(),
    evidence: z.array(EvidenceSchema).optional(),
    note: z.string().optional(),
    /** Điểm tự chấm. */
    selfScore: finite.optional(),
    /** Cấp trên chấm. */
    verifiedScore: finite.optional(),
    assessor: z.string().optional(),
  }))();
/** What was recorded for one node: a value, a status, evidence, self and verified scores (`EntrySchema`). */
export type Entry = z.output<typeof EntrySchema>;

/** The subject assessed (đơn vị): a ward, a commune, a residential area… with its kind, region, class and parent. */
export const SubjectSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: idSchema,
    name: z.string().min(1).optional(),
    /** A subject kind of the framework (`xa`, `kdc`, `phuong`…). */
    kind: idSchema.optional(),
    region: idSchema.optional(),
    class: idSchema.optional(),
    /** The parent unit's id (a ward's town). */
    parent: idSchema.optional(),
  }))();
/** The subject assessed (đơn vị), as `SubjectSchema` parses it. */
export type Subject = z.output<typeof SubjectSchema>;

/** The period an assessment covers (kỳ đánh giá): an id and its first and last day, which may not be a calendar year. */
export const PeriodSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** "2023", "2023-Q1"… */
      id: z.string().min(1),
      start: isoDate,
      end: isoDate,
    })
    .refine((p) => p.start <= p.end, { message: "period_end_before_start", path: ["end"] }))();
/** The period an assessment covers (kỳ đánh giá), as `PeriodSchema` parses it. */
export type Period = z.output<typeof PeriodSchema>;

/** The JSON form of an assessment (kết quả tự đánh giá / thẩm định): one subject, one period, one framework version, and its entries. */
export const AssessmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    $schema: z.string().optional(),
    framework: z.strictObject({ id: idSchema, version: z.string().min(1) }),
    subject: SubjectSchema,
    period: PeriodSchema,
    /** The day the assessment was made or reported ("2023-04-26"). */
    date: isoDate.optional(),
    /** True when the data is example data rather than reported facts. */
    example: z.boolean().optional(),
    source: z.string().optional(),
    note: z.string().optional(),
    entries: z.array(EntrySchema),
  }))();
/** A parsed assessment, as `parseAssessment` returns it. */
export type Assessment = z.output<typeof AssessmentSchema>;
/** An assessment as written, before parsing (`AssessmentSchema`'s input type). */
export type AssessmentInput = z.input<typeof AssessmentSchema>;
