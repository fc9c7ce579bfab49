import type { AssessmentIssue } from "../framework/issues.js";
import { ruleKind } from "../framework/kinds/index.js";
import type { Framework, FrameworkNode } from "../framework/schema.js";
import { walkNodes } from "../framework/walk.js";
import {
  frameworkMismatch,
  frameworkVersionMismatch,
  missingVerdict,
  periodOutsideEffectiveDates,
  periodWindowMismatch,
  scoreOutOfRange,
  scoreWithoutPoints,
  unknownListItem,
  unknownNode,
  valueNotUsed,
  valueOnGroup,
  wrongValueType,
} from "./assessmentIssues.js";
import { checkValue } from "./checkValue.js";
import { evaluationWindow } from "./evaluationWindow.js";
import type { Assessment, Entry } from "./schema.js";
import { isXccdfResult } from "./xccdfResults.js";

/**
 * Checks a parsed assessment against the framework it claims to follow: the semantic problems the
 * schema alone cannot see.
 *
 * Errors: `framework_mismatch` (then nothing else is checked), `framework_version_mismatch`,
 * `unknown_node`, `wrong_value_type`, `value_out_of_range`, `unknown_level`, `unknown_event`,
 * `unknown_tally_category`, `tally_count_exceeds_total`, `unknown_subject_kind`, `unknown_region`,
 * `unknown_class` (each list is checked only when the framework declares it).
 * Warnings: `value_on_group`, `value_not_used`, `missing_verdict` (an entry for a `judged` rule or a
 * `verdict` node without a status evaluates as unknown), `score_out_of_range`, `score_without_points`,
 * `period_outside_effective_dates` (the period does not overlap them at all) and
 * `period_window_mismatch` (the period does not fit inside the subject kind's evaluation window for
 * the year the period's id names, such as `"2023"`, or else for the window holding its first day; a
 * shorter period inside the window, such as a progress check, is fine).
 * Under XCCDF scoring a `verdict` node's value may be its rule-results: one XCCDF result string or a
 * non-empty list of them (multi-check), in any case, as the XCCDF models read them; anything else, and
 * each list item they would ignore, is `wrong_value_type`. Elsewhere a `verdict` node takes no value.
 * Paths point into the assessment. Duplicate entries are reported by `safeParseAssessment`.
 *
 * @param assessment - A parsed assessment.
 * @param framework - A parsed framework.
 * @returns The issues, in the order of the assessment's fields and entries; empty when all is well.
 * @example
 * checkAssessment(
 *   { ...assessment, entries: [{ node: "xa.1.c", value: -1 }, { node: "xa.9", value: true }] },
 *   tt124,
 * ).map((issue) => [issue.code, issue.path])
 * //=> [["value_out_of_range", ["entries", 0, "value"]], ["unknown_node", ["entries", 1, "node"]]]
 * @category Assessment
 */
export function checkAssessment(
  assessment: Assessment,
  framework: Framework,
): readonly AssessmentIssue[] {
  if (assessment.framework.id !== framework.id) {
    return [frameworkMismatch(["framework", "id"], assessment.framework.id, framework.id)];
  }
  const issues: AssessmentIssue[] = [];
  if (assessment.framework.version !== framework.version) {
    issues.push(
      frameworkVersionMismatch(
        ["framework", "version"],
        assessment.framework.version,
        framework.version,
      ),
    );
  }
  append(issues, checkSubject(assessment, framework));
  append(issues, checkPeriod(assessment, framework));
  const nodes = walkNodes(framework.nodes).byId;
  const xccdf = framework.scoring.kind === "xccdf";
  assessment.entries.forEach((entry, index) => {
    const node = nodes.get(entry.node)?.node;
    if (node === undefined) issues.push(unknownNode(["entries", index, "node"], entry.node));
    else append(issues, checkEntry(entry, node, ["entries", index], xccdf));
  });
  return issues;
}

function checkSubject(assessment: Assessment, framework: Framework): AssessmentIssue[] {
  const { subject } = assessment;
  const issues: AssessmentIssue[] = [];
  const lists = [
    ["kind", "unknown_subject_kind", framework.subjectKinds],
    ["region", "unknown_region", framework.regions],
    ["class", "unknown_class", framework.classes],
  ] as const;
  for (const [field, code, list] of lists) {
    const id = subject[field];
    if (id === undefined || list === undefined) continue;
    const known = list.map((item) => item.id);
    if (!known.includes(id)) issues.push(unknownListItem(code, ["subject", field], id, known));
  }
  return issues;
}

function checkPeriod(assessment: Assessment, framework: Framework): AssessmentIssue[] {
  const { period, subject } = assessment;
  const issues: AssessmentIssue[] = [];
  const { effectiveFrom, effectiveTo } = framework;
  // Overlap is enough: the first window under a new framework often starts before its effective date.
  if (
    (effectiveFrom !== undefined && period.end < effectiveFrom) ||
    (effectiveTo !== undefined && period.start > effectiveTo)
  ) {
    issues.push(periodOutsideEffectiveDates(["period"], effectiveFrom, effectiveTo));
  }
  const kind = framework.subjectKinds?.find((candidate) => candidate.id === subject.kind);
  if (kind?.window !== undefined) {
    // A period named by its year ("2023") is held to that year's window; otherwise to the window that
    // contains its first day (a wrapping window opened on or after its start day belongs to next year).
    const startYear = Number(period.start.slice(0, 4));
    const wraps = kind.window.start > kind.window.end;
    const year = /^\d{4}$/.test(period.id)
      ? Number(period.id)
      : wraps && period.start.slice(5) >= kind.window.start
        ? startYear + 1
        : startYear;
    if (year >= 1 && year <= 9999) {
      const window = evaluationWindow(framework, kind.id, year);
      if (period.start < window.start || period.end > window.end) {
        issues.push(periodWindowMismatch(["period"], kind.id, window.start, window.end));
      }
    }
  }
  return issues;
}

function checkEntry(
  entry: Entry,
  node: FrameworkNode,
  path: readonly (string | number)[],
  xccdf: boolean,
): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  if (entry.value !== undefined) {
    const valuePath = [...path, "value"];
    if (node.kind === "group") issues.push(valueOnGroup(valuePath, node.id));
    else if (xccdf && node.value?.type === "verdict") {
      append(issues, checkRuleResults(entry.value, node.id, valuePath));
    } else if (node.value !== undefined) {
      append(issues, checkValue(entry.value, node.value, node.id, valuePath));
    } else if (node.rule === undefined || !ruleKind(node.rule).readsValue) {
      issues.push(valueNotUsed(valuePath, node.id));
    }
  }
  if (
    entry.status === undefined &&
    (node.rule?.type === "judged" || node.value?.type === "verdict")
  ) {
    issues.push(missingVerdict([...path, "status"], node.id));
  }
  for (const field of ["selfScore", "verifiedScore"] as const) {
    const score = entry[field];
    if (score === undefined) continue;
    if (node.points === undefined) issues.push(scoreWithoutPoints([...path, field], node.id));
    else if (score < 0 || score > node.points.max) {
      issues.push(scoreOutOfRange([...path, field], node.id, score, node.points.max));
    }
  }
  return issues;
}

/**
 * An XCCDF framework's `verdict` node may carry its rule-results as the value: one XCCDF result
 * string, or a non-empty list of them for a multi-check rule (docs/models/xccdf.md), in any case, as
 * the XCCDF models read them. Anything else, or a list item the models would ignore, is
 * `wrong_value_type`.
 */
function checkRuleResults(
  value: unknown,
  nodeId: string,
  path: readonly (string | number)[],
): AssessmentIssue[] {
  if (isXccdfResult(value)) return [];
  if (!Array.isArray(value) || value.length === 0) {
    return [wrongValueType(path, nodeId, "xccdfResults", value)];
  }
  const issues: AssessmentIssue[] = [];
  value.forEach((item: unknown, index) => {
    if (!isXccdfResult(item))
      issues.push(wrongValueType([...path, index], nodeId, "xccdfResults", item));
  });
  return issues;
}

/** Appends with a loop: `push(...list)` overflows the stack on a list of some 100 000 issues. */
function append(issues: AssessmentIssue[], more: readonly AssessmentIssue[]): void {
  for (const issue of more) issues.push(issue);
}
