import type { AssessmentIssue } from "../core/issue.js";
import { matchNodes } from "../framework/diffFrameworks.js";
import type { Framework, FrameworkNode, ValueType } from "../framework/schema.js";
import { walkNodes } from "../framework/walk.js";
import { checkAssessment } from "./checkAssessment.js";
import type { Assessment, Entry } from "./schema.js";

/** Why an entry was not carried over to the new framework. */
export type DropReason =
  /** The node has no counterpart in `to` (neither the same id nor a map entry). */
  | "removed"
  /** The node's value type differs in `to`, or the recorded value does not fit the new value type. */
  | "value_type_changed"
  /** The node's unit differs in `to` (`number`, `count`). */
  | "unit_changed"
  /** The map states that the node has no successor (`null`). */
  | "mapped_to_null"
  /** The entry names a node that `from` does not have. */
  | "unknown_node"
  /** A second entry for the same node in `to`; the first one was carried. */
  | "duplicate_entry";

/** What `migrateAssessment` did, as data. */
export interface MigrationReport {
  /** Entries carried over, in the order of the assessment's entries. */
  readonly carried: readonly { readonly from: string; readonly to: string }[];
  /** Entries left behind, in the order of the assessment's entries, with the reason. */
  readonly dropped: readonly {
    readonly node: string;
    readonly reason: DropReason;
    /** For `value_type_changed` found by checking the value: `checkAssessment`'s issues. */
    readonly issues?: readonly AssessmentIssue[];
  }[];
  /** Nodes of `to` that take a value or a verdict and have no entry, in tree order. */
  readonly missing: readonly string[];
  /**
   * Issues of the migrated assessment that are not about an entry (subject kind or period against
   * `to`), and unusable map entries (`map_unknown_node`, `map_target_taken`).
   */
  readonly issues: readonly AssessmentIssue[];
}

/** The result of `migrateAssessment`. */
export interface MigrationResult {
  /** An assessment of `to` (its id and version), with the carried entries. */
  readonly assessment: Assessment;
  readonly report: MigrationReport;
}

/**
 * Carries an assessment of one framework over to another (a new version, or its successor). Each
 * entry goes to the node of `to` with the same id, or to the node the `map` names (`null`: the
 * node has no successor); an entry is dropped, with the reason, when its node was removed, mapped to
 * `null`, changed value type or unit, or when its value no longer fits the node in `to` (the carried
 * entries are checked with `checkAssessment`). Nodes of `to` that take a value or a verdict and got
 * no entry are listed as `missing`. Nodes are never matched by title: use `diffFrameworks`'
 * `suggestions` to write a map, and check it.
 *
 * The result is a new assessment (framework id and version of `to`; subject, period and the other
 * fields copied) and a report that is plain data. The inputs are never mutated.
 *
 * @param assessment - An assessment of `from`.
 * @param from - The framework the assessment was made against.
 * @param to - The framework to carry it over to.
 * @param map - `from` node id → `to` node id, or `null` when the node has no successor.
 * @returns The migrated assessment and the report (`carried`, `dropped`, `missing`, `issues`).
 * @example
 * // QĐ 5764 (22 criteria) → the 2024 set (20); the real correspondence is not known, so no map.
 * const { assessment: next, report } = migrateAssessment(nghiHuong2023, qd5764, kieuMau2024);
 * next.framework
 * //=> { id: "vn-cap-kieu-mau-2024-20", version: "2024" }
 * report.dropped
 * //=> [{ node: "tc21", reason: "removed" }, { node: "tc22", reason: "removed" }]
 * @category Assessment
 */
export function migrateAssessment(
  assessment: Assessment,
  from: Framework,
  to: Framework,
  map?: Readonly<Record<string, string | null>>,
): MigrationResult {
  const matching = matchNodes(from, to, map);
  const before = walkNodes(from.nodes).byId;
  const after = walkNodes(to.nodes).byId;
  const carried: { from: string; to: string }[] = [];
  const dropped: { node: string; reason: DropReason; issues?: AssessmentIssue[]; at: number }[] =
    [];
  const origin: number[] = [];
  const entries: Entry[] = [];
  const used = new Set<string>();
  assessment.entries.forEach((entry, at) => {
    const node = entry.node;
    const old = before.get(node)?.node;
    if (old === undefined) {
      dropped.push({ node, reason: "unknown_node", at });
      return;
    }
    if (matching.dropped.has(node)) {
      dropped.push({ node, reason: "mapped_to_null", at });
      return;
    }
    const target = matching.forward.get(node);
    const next = target === undefined ? undefined : after.get(target)?.node;
    if (target === undefined || next === undefined) {
      dropped.push({ node, reason: "removed", at });
      return;
    }
    const reason = valueChange(old, next);
    if (reason !== undefined) {
      dropped.push({ node, reason, at });
      return;
    }
    if (used.has(target)) {
      dropped.push({ node, reason: "duplicate_entry", at });
      return;
    }
    used.add(target);
    carried.push({ from: node, to: target });
    entries.push({ ...copy(entry), node: target });
    origin.push(at);
  });
  const framework = { id: to.id, version: to.version };
  const draft: Assessment = { ...copy(assessment), framework, entries };
  // Values that no longer fit the node (levels, events, categories, bounds) are dropped too.
  const found = checkAssessment(draft, to);
  const bad = new Map<number, AssessmentIssue[]>();
  const general: AssessmentIssue[] = [...matching.issues];
  for (const issue of found) {
    const [head, index] = issue.path;
    if (head === "entries" && typeof index === "number") {
      const list = bad.get(index) ?? [];
      list.push(issue);
      bad.set(index, list);
    } else general.push(issue);
  }
  const keptEntries: Entry[] = [];
  const keptCarried: { from: string; to: string }[] = [];
  entries.forEach((entry, index) => {
    const issues = bad.get(index);
    const pair = carried[index]!;
    if (issues === undefined) {
      keptEntries.push(entry);
      keptCarried.push(pair);
    } else {
      dropped.push({ node: pair.from, reason: "value_type_changed", issues, at: origin[index]! });
    }
  });
  dropped.sort((x, y) => x.at - y.at);
  const recorded = new Set(keptEntries.map((entry) => entry.node));
  const missing = walkNodes(to.nodes)
    .entries.filter((entry) => takesInput(entry.node) && !recorded.has(entry.id))
    .map((entry) => entry.id);
  return {
    assessment: { ...draft, entries: keptEntries },
    report: {
      carried: keptCarried,
      dropped: dropped.map(({ at: _, ...item }) => item),
      missing,
      issues: general,
    },
  };
}

function valueChange(x: FrameworkNode, y: FrameworkNode): DropReason | undefined {
  if (x.value?.type !== y.value?.type) return "value_type_changed";
  if (unitOf(x.value) !== unitOf(y.value)) return "unit_changed";
  return undefined;
}

function unitOf(value: ValueType | undefined): string | undefined {
  return value !== undefined && (value.type === "number" || value.type === "count")
    ? value.unit
    : undefined;
}

/** A node the assessor records something for: it has a value type or a `judged` rule. */
function takesInput(node: FrameworkNode): boolean {
  return node.value !== undefined || node.rule?.type === "judged";
}

/** A deep copy of plain data, without `undefined` keys. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = copy(item);
    return out as T;
  }
  return value;
}
