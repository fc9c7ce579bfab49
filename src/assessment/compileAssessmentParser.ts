import { z } from "zod";
import { DEFAULT_LIMITS } from "../core/copyInput.js";
import { isIsoDate } from "../core/dates.js";
import type { AssessmentIssue } from "../framework/issues.js";
import { ruleKind } from "../framework/kinds/index.js";
import {
  type Framework,
  type FrameworkNode,
  NODE_ID_MAX_LENGTH,
  NODE_ID_PATTERN,
  RESERVED_IDS,
  type ValueType,
} from "../framework/schema.js";
import { walkNodes } from "../framework/walk.js";
import { checkAssessment } from "./checkAssessment.js";
import { safeParseAssessment } from "./safeParseAssessment.js";
import { type Assessment, type Entry, EvidenceSchema } from "./schema.js";

/** The result of a compiled assessment parser: `safeParseAssessment`, then `checkAssessment`. */
export type CheckedAssessment =
  | {
      /** The input is an assessment record: `data` is it, `issues` are `checkAssessment`'s. */
      readonly success: true;
      readonly data: Assessment;
      readonly issues: readonly AssessmentIssue[];
    }
  | {
      /** The input is not an assessment record: `issues` are `safeParseAssessment`'s. */
      readonly success: false;
      readonly data?: undefined;
      readonly issues: readonly AssessmentIssue[];
    };

/** A parser compiled for one framework. */
export type AssessmentParser = (input: unknown) => CheckedAssessment;

type Plain = Record<string, unknown>;

/** Whether an entry's value passes `ValueSchema` and the node's checks without any issue. */
type ValueCheck = (value: unknown) => boolean;

interface NodePlan {
  /** Accepts a present value without an issue, or null when any value gives one (a group, a verdict). */
  readonly value: ValueCheck | null;
  /** An entry without a status gets `missing_verdict`. */
  readonly needsStatus: boolean;
  /** `points.max`, or undefined when a score gets `score_without_points`. */
  readonly maxScore: number | undefined;
}

const TOP_KEYS = new Set([
  "$schema",
  "framework",
  "subject",
  "period",
  "date",
  "example",
  "source",
  "note",
  "entries",
]);
const SUBJECT_KEYS = new Set(["id", "name", "kind", "region", "class", "parent"]);
const PERIOD_KEYS = new Set(["id", "start", "end"]);
const FRAMEWORK_KEYS = new Set(["id", "version"]);
const EVIDENCE_KEYS = new Set(["source", "date", "url", "note"]);
const TALLY_KEYS = new Set(["total", "counts"]);
/** Any key but `__proto__`, which toPlainData reports. */
const ANY_KEY: ReadonlySet<string> = {
  has: (key: string) => key !== "__proto__",
} as ReadonlySet<string>;
const STATUSES = new Set(["met", "notMet", "notApplicable", "unknown", "error"]);
/** toPlainData's bounds (src/core/copyInput.ts), objects with a margin; beyond them, the reference path reports. */
const MAX_ARRAY = DEFAULT_LIMITS.maxArrayLength;
const MAX_OBJECTS = DEFAULT_LIMITS.maxObjects - 1_000_000;
const MEMO_LIMIT = 4096;

/** The assessment schema's id: 1–200 characters, the id pattern, not reserved. */
function isId(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length >= 1 &&
    value.length <= NODE_ID_MAX_LENGTH &&
    NODE_ID_PATTERN.test(value) &&
    !RESERVED_IDS.includes(value)
  );
}

function isDate(value: unknown): value is string {
  return typeof value === "string" && z.regexes.date.test(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A plain object (not an array, no other prototype), whose own keys are all in `allowed`. */
function plainKeys(value: unknown, allowed: ReadonlySet<string>): string[] | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(value);
  for (const key of keys) if (!allowed.has(key)) return null;
  return keys;
}

/** The check of a value against a value type that passes exactly when `checkValue` gives no issue. */
function valueCheck(valueType: ValueType): ValueCheck | null {
  switch (valueType.type) {
    case "boolean":
      return (value) => typeof value === "boolean";
    case "number": {
      const { min, max, integer } = valueType;
      return (value) =>
        isFiniteNumber(value) &&
        !(min !== undefined && value < min) &&
        !(max !== undefined && value > max) &&
        !(integer === true && !Number.isInteger(value));
    }
    case "percent":
      return (value) => isFiniteNumber(value) && value >= 0 && value <= 100;
    case "count":
      return (value) => isFiniteNumber(value) && Number.isInteger(value) && value >= 0;
    case "ordinal": {
      const levels = new Set(valueType.levels.map((level) => level.id));
      return (value) => typeof value === "string" && levels.has(value);
    }
    case "events": {
      const events = new Set(valueType.events.map((event) => event.id));
      return (value) =>
        Array.isArray(value) &&
        value.length <= MAX_ARRAY &&
        value.every((item: unknown) => isId(item) && events.has(item));
    }
    case "date":
      // checkValue's test, not the schema's: a date value is any string to the schema
      return isIsoDate;
    case "tally": {
      const categories = new Set(valueType.categories);
      return (value) => {
        const keys = plainKeys(value, TALLY_KEYS);
        if (keys === null || keys.length !== 2) return false;
        const { total, counts } = value as Plain;
        if (!(isFiniteNumber(total) && Number.isInteger(total) && total >= 0)) return false;
        const categoryKeys = plainKeys(counts, ANY_KEY);
        if (categoryKeys === null) return false;
        for (const key of categoryKeys) {
          const count = (counts as Plain)[key];
          if (!(isId(key) && categories.has(key))) return false;
          if (!(isFiniteNumber(count) && Number.isInteger(count) && count >= 0 && count <= total)) {
            return false;
          }
        }
        return true;
      };
    }
    // A verdict's value takes the reference path.
    case "verdict":
      return null;
  }
}

function planNode(node: FrameworkNode, xccdf: boolean): NodePlan {
  let value: ValueCheck | null = null;
  if (node.kind !== "group" && !(xccdf && node.value?.type === "verdict")) {
    if (node.value !== undefined) value = valueCheck(node.value);
    else if (node.rule !== undefined && ruleKind(node.rule).readsValue) {
      // Any value the schema takes and no check reads: keep to the scalar ones.
      value = (v) => isFiniteNumber(v) || typeof v === "boolean" || typeof v === "string";
    }
  }
  return {
    value,
    needsStatus: node.rule?.type === "judged" || node.value?.type === "verdict",
    maxScore: node.points?.max,
  };
}

/** Sentinel: the fast path found something the reference functions would report. */
const SLOW = Symbol("slow");

/**
 * Compiles a parser for assessments of one framework: the same result as `safeParseAssessment`
 * followed by `checkAssessment`, in a fraction of the time for the common case.
 *
 * The framework is read once: its nodes' value checks, scores and statuses become a table. Each input
 * is then read once, its fields checked and copied in one pass. Whenever that pass meets anything the
 * reference functions would report — an unknown field or node, a wrong or out-of-range value, a
 * duplicate, a missing verdict, a period outside the window, a tally, a non-plain object, or anything
 * it does not know to be fine — it hands the input to `safeParseAssessment` and `checkAssessment`, so
 * the issues (codes, paths, messages and order) are always theirs. The framework/subject/period
 * checks are remembered per distinct subject kind, region, class and period.
 *
 * @param framework - A parsed framework.
 * @returns A function from unknown input to `{ success, data, issues }`.
 * @example
 * const parse = compileAssessmentParser(tt124);
 * parse(JSON.parse(line)).success
 * //=> true
 * @category Assessment
 */
export function compileAssessmentParser(framework: Framework): AssessmentParser {
  const xccdf = framework.scoring.kind === "xccdf";
  const planIndex = new Map<string, number>();
  const planList: NodePlan[] = [];
  for (const [id, entry] of walkNodes(framework.nodes).byId) {
    if (!isId(id)) continue;
    planIndex.set(id, planList.length);
    planList.push(planNode(entry.node, xccdf));
  }
  const seenStamp = new Uint32Array(planList.length);
  let stamp = 0;
  // checkAssessment's framework, subject and period checks, by the fields they read.
  const headMemo = new Map<string, boolean>();
  const headIsClean = (data: Assessment): boolean => {
    const { subject, period } = data;
    // Ids and dates cannot hold "\n" or "\u0001" (the mark of an absent field), so with the two free
    // texts free of "\n" every field keeps its position; otherwise JSON text keeps them apart.
    const parts = [
      data.framework.id,
      data.framework.version,
      subject.kind ?? "\u0001",
      subject.region ?? "\u0001",
      subject.class ?? "\u0001",
      period.id,
      period.start,
      period.end,
    ];
    const key =
      data.framework.version.includes("\n") || period.id.includes("\n")
        ? JSON.stringify(parts)
        : parts.join("\n");
    let clean = headMemo.get(key);
    if (clean === undefined) {
      clean = checkAssessment({ ...data, entries: [] }, framework).length === 0;
      if (headMemo.size >= MEMO_LIMIT) headMemo.clear();
      headMemo.set(key, clean);
    }
    return clean;
  };

  const reference = (input: unknown): CheckedAssessment => {
    const parsed = safeParseAssessment(input);
    if (!parsed.success) return { success: false, issues: parsed.error.issues };
    return { success: true, data: parsed.data, issues: checkAssessment(parsed.data, framework) };
  };

  const fast = (input: unknown): Assessment | typeof SLOW => {
    let objects = 1;
    const top = plainKeys(input, TOP_KEYS);
    if (top === null) return SLOW;
    const source = input as Plain;
    const read: Plain = {};
    for (const key of top) {
      const value = source[key];
      if (value === undefined) return SLOW;
      read[key] = value;
    }
    // framework
    const fwKeys = plainKeys(read.framework, FRAMEWORK_KEYS);
    if (fwKeys === null) return SLOW;
    objects++;
    const fw = read.framework as Plain;
    const fwId = fw.id;
    const fwVersion = fw.version;
    if (!isId(fwId) || !isNonEmptyString(fwVersion)) return SLOW;
    // subject
    const subjectKeys = plainKeys(read.subject, SUBJECT_KEYS);
    if (subjectKeys === null) return SLOW;
    objects++;
    const subjectIn = read.subject as Plain;
    const subjectRead: Plain = {};
    for (const key of subjectKeys) subjectRead[key] = subjectIn[key];
    if (!isId(subjectRead.id)) return SLOW;
    const subject: Plain = { id: subjectRead.id };
    if ("name" in subjectRead) {
      if (!isNonEmptyString(subjectRead.name)) return SLOW;
      subject.name = subjectRead.name;
    }
    for (const key of ["kind", "region", "class", "parent"] as const) {
      if (!(key in subjectRead)) continue;
      if (!isId(subjectRead[key])) return SLOW;
      subject[key] = subjectRead[key];
    }
    // period
    const periodKeys = plainKeys(read.period, PERIOD_KEYS);
    if (periodKeys === null || periodKeys.length !== 3) return SLOW;
    objects++;
    const periodIn = read.period as Plain;
    const periodId = periodIn.id;
    const start = periodIn.start;
    const end = periodIn.end;
    if (!isNonEmptyString(periodId) || !isDate(start) || !isDate(end) || !(start <= end)) {
      return SLOW;
    }
    // the optional fields, in the schema's order
    if ("$schema" in read && typeof read.$schema !== "string") return SLOW;
    if ("date" in read && !isDate(read.date)) return SLOW;
    if ("example" in read && typeof read.example !== "boolean") return SLOW;
    if ("source" in read && typeof read.source !== "string") return SLOW;
    if ("note" in read && typeof read.note !== "string") return SLOW;
    // entries
    const entriesIn = read.entries;
    if (!Array.isArray(entriesIn)) return SLOW;
    const length = entriesIn.length;
    if (length > MAX_ARRAY) return SLOW;
    objects++;
    const entries: Entry[] = new Array(length);
    // a node seen in this input carries this input's stamp
    stamp = (stamp + 1) >>> 0;
    if (stamp === 0) {
      seenStamp.fill(0);
      stamp = 1;
    }
    for (let index = 0; index < length; index++) {
      const raw: unknown = entriesIn[index];
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return SLOW;
      const proto: unknown = Object.getPrototypeOf(raw);
      if (proto !== Object.prototype && proto !== null) return SLOW;
      if (++objects > MAX_OBJECTS) return SLOW;
      // each own key read once, in one switch; anything unexpected goes to the reference
      let nodeId: unknown;
      let value: unknown;
      let status: unknown;
      let evidence: unknown;
      let note: unknown;
      let selfScore: unknown;
      let verifiedScore: unknown;
      let assessor: unknown;
      const keys = Object.keys(raw);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        const field = (raw as Plain)[key];
        if (field === undefined) return SLOW;
        switch (key) {
          case "node":
            nodeId = field;
            break;
          case "value":
            value = field;
            break;
          case "status":
            status = field;
            break;
          case "evidence":
            evidence = field;
            break;
          case "note":
            note = field;
            break;
          case "selfScore":
            selfScore = field;
            break;
          case "verifiedScore":
            verifiedScore = field;
            break;
          case "assessor":
            assessor = field;
            break;
          default:
            return SLOW;
        }
      }
      if (typeof nodeId !== "string") return SLOW;
      const at = planIndex.get(nodeId);
      if (at === undefined || seenStamp[at] === stamp) return SLOW;
      seenStamp[at] = stamp;
      const plan = planList[at] as NodePlan;
      let copiedValue: unknown;
      if (value !== undefined) {
        if (plan.value === null || !plan.value(value)) return SLOW;
        if (Array.isArray(value)) {
          objects++;
          copiedValue = value.slice();
        } else if (typeof value === "object" && value !== null) {
          // a tally, checked above: read once more into a fresh record, key order kept
          objects += 2;
          const { total, counts } = value as { total: number; counts: Plain };
          const copy: Plain = {};
          for (const key of Object.keys(counts)) {
            const count = counts[key] as number;
            copy[key] = count === 0 ? 0 : count;
          }
          copiedValue = { total: total === 0 ? 0 : total, counts: copy };
        } else copiedValue = value === 0 ? 0 : value;
      }
      if (keys.length === 2 && copiedValue !== undefined) {
        // the common entry, { node, value }
        if (plan.needsStatus) return SLOW;
        entries[index] = { node: nodeId, value: copiedValue as Entry["value"] };
        continue;
      }
      const entry: Plain = { node: nodeId };
      if (copiedValue !== undefined) entry.value = copiedValue;
      if (status !== undefined) {
        if (typeof status !== "string" || !STATUSES.has(status)) return SLOW;
        entry.status = status;
      } else if (plan.needsStatus) return SLOW;
      if (evidence !== undefined) {
        if (!Array.isArray(evidence) || evidence.length > MAX_ARRAY) return SLOW;
        objects += 1 + evidence.length;
        if (objects > MAX_OBJECTS) return SLOW;
        const copies: unknown[] = new Array(evidence.length);
        for (let e = 0; e < evidence.length; e++) {
          const item: unknown = evidence[e];
          const itemKeys = plainKeys(item, EVIDENCE_KEYS);
          if (itemKeys === null) return SLOW;
          const copy: Plain = {};
          for (const key of itemKeys) {
            const field = (item as Plain)[key];
            if (field === undefined) return SLOW;
            copy[key] = field;
          }
          const parsed = EvidenceSchema.safeParse(copy);
          if (!parsed.success) return SLOW;
          copies[e] = parsed.data;
        }
        entry.evidence = copies;
      }
      if (note !== undefined) {
        if (typeof note !== "string") return SLOW;
        entry.note = note;
      }
      for (const [field, score] of [
        ["selfScore", selfScore],
        ["verifiedScore", verifiedScore],
      ] as const) {
        if (score === undefined) continue;
        if (!isFiniteNumber(score) || plan.maxScore === undefined) return SLOW;
        if (score < 0 || score > plan.maxScore) return SLOW;
        entry[field] = score === 0 ? 0 : score;
      }
      if (assessor !== undefined) {
        if (typeof assessor !== "string") return SLOW;
        entry.assessor = assessor;
      }
      entries[index] = entry as Entry;
    }
    const data: Plain = {};
    if ("$schema" in read) data.$schema = read.$schema;
    data.framework = { id: fwId, version: fwVersion };
    data.subject = subject;
    data.period = { id: periodId, start, end };
    if ("date" in read) data.date = read.date;
    if ("example" in read) data.example = read.example;
    if ("source" in read) data.source = read.source;
    if ("note" in read) data.note = read.note;
    data.entries = entries;
    const assessment = data as unknown as Assessment;
    return headIsClean(assessment) ? assessment : SLOW;
  };

  return (input) => {
    let data: Assessment | typeof SLOW;
    try {
      data = fast(input);
    } catch {
      // A proxy or a getter that throws: the reference path reports it.
      data = SLOW;
    }
    if (data === SLOW) return reference(input);
    return { success: true, data, issues: [] };
  };
}
