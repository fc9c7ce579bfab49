import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { canonical, codeUnitOrder, copyPlain } from "../core/plainJson.js";
import { duplicateEntry } from "./assessmentIssues.js";
import type { Assessment, Entry, EntryStatus, Evidence, Period, Subject, Value } from "./schema.js";

/** One field's recorded content before and after; a side without the field has no key. */
export interface FieldChange<T> {
  readonly before?: T;
  readonly after?: T;
}

/** What changed in the entry of a node that both assessments record. Only changed fields have a key. */
export interface EntryFieldChanges {
  readonly value?: FieldChange<Value>;
  readonly status?: FieldChange<EntryStatus>;
  readonly note?: FieldChange<string>;
  readonly selfScore?: FieldChange<number>;
  readonly verifiedScore?: FieldChange<number>;
  readonly assessor?: FieldChange<string>;
  /** Evidence items in `after` and not in `before` (compared as plain JSON, counting repeats). */
  readonly evidenceAdded?: readonly Evidence[];
  /** Evidence items in `before` and not in `after`. */
  readonly evidenceRemoved?: readonly Evidence[];
}

/** The change of one node's entry between two assessments. */
export type EntryChange =
  | { readonly kind: "added"; readonly node: string; readonly entry: Entry }
  | { readonly kind: "removed"; readonly node: string; readonly entry: Entry }
  | { readonly kind: "changed"; readonly node: string; readonly changes: EntryFieldChanges };

/** The result of `diffAssessments`: plain JSON data that shares no objects with the inputs. */
export interface AssessmentDiff {
  readonly framework: {
    readonly before: { readonly id: string; readonly version: string };
    readonly after: { readonly id: string; readonly version: string };
  };
  readonly subject: { readonly before: Subject; readonly after: Subject };
  readonly period: { readonly before: Period; readonly after: Period };
  /** One change per node whose entry differs, sorted by node id (plain code-unit order). */
  readonly entries: readonly EntryChange[];
  /** `framework_mismatch`, `framework_version_differs`, `duplicate_entry`. */
  readonly issues: readonly FrameworkIssue[];
}

type ScalarField = "value" | "status" | "note" | "selfScore" | "verifiedScore" | "assessor";
const FIELDS: readonly ScalarField[] = [
  "value",
  "status",
  "note",
  "selfScore",
  "verifiedScore",
  "assessor",
];

/**
 * Compares two assessments of one framework entry by entry: which nodes gained an entry (`added`),
 * lost one (`removed`), or had their value, status, note, scores, assessor or evidence changed
 * (`changed`, with the old and the new content of each changed field).
 *
 * Entries are matched by node id and the changes are sorted by node id, so the order of the entries
 * does not matter. Values are compared deeply as plain JSON (a tally's counts in any key order are
 * equal; a list of ids is ordered); evidence is compared as a multiset of plain JSON items, so
 * reordering evidence is no change. A node with two entries in one assessment is reported as
 * `duplicate_entry` and left out rather than guessed. Assessments of different frameworks are not
 * compared (`framework_mismatch`, no entries); of different versions of one framework they are,
 * by node id, with a warning `framework_version_differs` that points to `migrateAssessment`
 * (which carries entries to the new version). The inputs are never mutated and the result shares nothing with them.
 *
 * @param before - The earlier assessment.
 * @param after - The later assessment.
 * @returns The changes per node, the two frameworks, subjects and periods, and issues.
 * @example
 * // April: tc11 and tc21 met; November: both not met.
 * diffAssessments(april, november).entries
 * //=> [
 * //   { kind: "changed", node: "tc11", changes: { status: { before: "met", after: "notMet" } } },
 * //   { kind: "changed", node: "tc21", changes: { status: { before: "met", after: "notMet" } } },
 * // ]
 * @category Assessment
 */
export function diffAssessments(before: Assessment, after: Assessment): AssessmentDiff {
  const issues: FrameworkIssue[] = [];
  const sameFramework = before.framework.id === after.framework.id;
  if (!sameFramework) {
    issues.push(frameworkMismatch(before.framework.id, after.framework.id));
  } else if (before.framework.version !== after.framework.version) {
    issues.push(
      frameworkVersionDiffers(
        before.framework.id,
        before.framework.version,
        after.framework.version,
      ),
    );
  }
  const entries: EntryChange[] = [];
  if (sameFramework) {
    const old = byNode(before.entries, "before", issues);
    const now = byNode(after.entries, "after", issues);
    const nodes = [...new Set([...old.keys(), ...now.keys()])].sort(codeUnitOrder);
    for (const node of nodes) {
      const a = old.get(node);
      const b = now.get(node);
      if (a === null || b === null) continue; // duplicated on one side: reported, not guessed
      if (a === undefined && b !== undefined)
        entries.push({ kind: "added", node, entry: copyPlain(b) });
      else if (b === undefined && a !== undefined)
        entries.push({ kind: "removed", node, entry: copyPlain(a) });
      else if (a !== undefined && b !== undefined) {
        const changes = entryChanges(a, b);
        if (changes !== undefined) entries.push({ kind: "changed", node, changes });
      }
    }
  }
  return {
    framework: {
      before: { id: before.framework.id, version: before.framework.version },
      after: { id: after.framework.id, version: after.framework.version },
    },
    subject: { before: copyPlain(before.subject), after: copyPlain(after.subject) },
    period: { before: copyPlain(before.period), after: copyPlain(after.period) },
    entries,
    issues,
  };
}

/** Entries by node; `null` for a node recorded twice (each repeat becomes a `duplicate_entry`). */
function byNode(
  list: readonly Entry[],
  side: "before" | "after",
  issues: FrameworkIssue[],
): Map<string, Entry | null> {
  const map = new Map<string, Entry | null>();
  const first = new Map<string, number>();
  list.forEach((entry, index) => {
    const seen = first.get(entry.node);
    if (seen === undefined) {
      first.set(entry.node, index);
      map.set(entry.node, entry);
    } else {
      issues.push(duplicateEntry([side, "entries", index, "node"], entry.node, seen));
      map.set(entry.node, null);
    }
  });
  return map;
}

function entryChanges(a: Entry, b: Entry): EntryFieldChanges | undefined {
  const changes: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const [x, y] = [a[field], b[field]];
    if (canonical(x) === canonical(y)) continue;
    const change: Record<string, unknown> = {};
    if (x !== undefined) change.before = copyPlain(x);
    if (y !== undefined) change.after = copyPlain(y);
    changes[field] = change;
  }
  const added = missingFrom(b.evidence ?? [], a.evidence ?? []);
  const removed = missingFrom(a.evidence ?? [], b.evidence ?? []);
  if (added.length > 0) changes.evidenceAdded = added;
  if (removed.length > 0) changes.evidenceRemoved = removed;
  return Object.keys(changes).length === 0 ? undefined : (changes as EntryFieldChanges);
}

/** Copies of the items of `items` left over after matching each against one equal item of `other`. */
function missingFrom(items: readonly Evidence[], other: readonly Evidence[]): Evidence[] {
  const available = new Map<string, number>();
  for (const item of other) {
    const key = canonical(item);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  const left: Evidence[] = [];
  for (const item of items) {
    const key = canonical(item);
    const count = available.get(key) ?? 0;
    if (count > 0) available.set(key, count - 1);
    else left.push(copyPlain(item));
  }
  return left;
}

function frameworkMismatch(before: string, after: string): FrameworkIssue {
  return makeIssue("framework_mismatch", ["after", "framework", "id"], {
    vi: `after.framework.id: hai kết quả đánh giá theo hai bộ tiêu chí khác nhau ("${before}" và "${after}"), không so sánh được từng mục`,
    en: `after.framework.id: the assessments are for different frameworks ("${before}" and "${after}"); their entries are not compared`,
  });
}

function frameworkVersionDiffers(id: string, before: string, after: string): FrameworkIssue {
  return makeIssue(
    "framework_version_differs",
    ["after", "framework", "version"],
    {
      vi: `after.framework.version: bộ tiêu chí "${id}" phiên bản "${before}" và "${after}" khác nhau; các mục được so theo mã, nên chuyển kết quả sang cùng phiên bản bằng migrateAssessment trước khi so`,
      en: `after.framework.version: framework "${id}" differs in version ("${before}" and "${after}"); entries are compared by node id; carry the assessment over with migrateAssessment first`,
    },
    "warning",
  );
}
