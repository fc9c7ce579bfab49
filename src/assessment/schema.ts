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

export const EvidenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    source: z.string().min(1),
    date: isoDate.optional(),
    url: z.string().min(1).optional(),
    note: z.string().optional(),
  }))();
export type Evidence = z.output<typeof EvidenceSchema>;

/** Counts of child units by category for `tally` values. */
export const TallySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    total: z.number().int().min(0),
    counts: z.record(idSchema, z.number().int().min(0)),
  }))();
export type Tally = z.output<typeof TallySchema>;

/** The value recorded for a node; its expected shape comes from the node's value type. */
export const ValueSchema = /* @__PURE__ */ (() =>
  z.union([finite, z.boolean(), z.string(), z.array(idSchema), TallySchema]))();
export type Value = z.output<typeof ValueSchema>;

export const EntryStatusSchema = /* @__PURE__ */ (() =>
  z.enum(["met", "notMet", "notApplicable", "unknown", "error"]))();
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
export type Entry = z.output<typeof EntrySchema>;

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
export type Subject = z.output<typeof SubjectSchema>;

export const PeriodSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** "2023", "2023-Q1"… */
      id: z.string().min(1),
      start: isoDate,
      end: isoDate,
    })
    .refine((p) => p.start <= p.end, { message: "period_end_before_start", path: ["end"] }))();
export type Period = z.output<typeof PeriodSchema>;

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
export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
