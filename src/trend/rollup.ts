import type { Assessment, Entry, Tally } from "../assessment/schema.js";
import { add, div, type Exact, exact, mul, toNumber } from "../core/exact.js";
import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { canonical, codeUnitOrder, copyPlain } from "../core/plainJson.js";
import type { ChildPredicate, Framework, FrameworkNode, Rule } from "../framework/schema.js";
import { compileFramework } from "../scoring/compileFramework.js";
import { tierReached } from "../scoring/rules/outcome.js";
import type { Evaluation, EvaluationContext, NodeStatus, Score } from "../scoring/types.js";

type ShareRule = Extract<Rule, { type: "share" }>;

/** A number and the exact rational it stands for. */
export interface RollupNumber {
  readonly value: number;
  readonly exact: string;
}

/** A unit of the hierarchy as declared by the caller. */
export interface RollupUnitDeclaration {
  readonly id: string;
  /** The parent unit's id; none for a root (a province). */
  readonly parent?: string | undefined;
  /** The subject kind, for a `share` rule's `childKind` when the unit has no assessment. */
  readonly kind?: string | undefined;
}

/** Options of `rollup`. */
export interface RollupOptions {
  /**
   * How a child counts in each category of a `share` node whose rule has no `children` predicates
   * (TT 124 criterion xa.4 records a tally): node id → category → predicate, e.g.
   * `{ "xa.4": { registered: { assessed: true }, recognised: { tier: "dat" } } }`.
   * A rule's own `children` predicates win for the categories they name.
   */
  readonly categories?:
    | Readonly<Record<string, Readonly<Record<string, ChildPredicate>>>>
    | undefined;
  /**
   * The hierarchy, when it is known apart from the assessments: every unit expected, with its parent.
   * A declared unit without an assessment is a missing child; a declared parent wins over
   * `subject.parent`. Without it, the hierarchy is read from each assessment's `subject.parent`.
   */
  readonly units?: readonly RollupUnitDeclaration[] | undefined;
  /** Context given to every evaluation (references, outcomes…); `children` is set by the roll-up. */
  readonly context?: Omit<EvaluationContext, "children"> | undefined;
}

/** A `share` node's value computed from the child units. */
export interface RollupValue {
  readonly node: string;
  /** The tally put into the unit's assessment: `total` children, and how many in each category. */
  readonly tally: Tally;
  /** Each category's share of the total, in percent, exact. */
  readonly shares: readonly {
    readonly category: string;
    readonly count: number;
    readonly percent: RollupNumber;
  }[];
  /** The node's status in the unit's evaluation, judged by the engine's share rule. */
  readonly status: NodeStatus | null;
}

/** One unit of the roll-up. */
export interface RollupUnit {
  readonly unit: string;
  readonly parent: string | null;
  /** 0 for a root, 1 for its children… */
  readonly depth: number;
  /** Child units (assessed or declared), sorted by id. */
  readonly children: readonly string[];
  /** Children that could not be judged here (missing, another framework or period): counted in `total`, in no category. */
  readonly unusable: readonly string[];
  /** Null for a unit that was not assessed (a missing child). */
  readonly met: number | null;
  readonly applicable: number | null;
  readonly tier: string | null;
  readonly score: Score | null;
  readonly values: readonly RollupValue[];
  /** Mean of the usable children's score percent (`100 × value / max`), exact; null without one. */
  readonly meanChildPercent: RollupNumber | null;
  /** Children whose tier is the highest tier or the one named… see `tiers`: count of usable children per tier reached. */
  readonly childTiers: Readonly<Record<string, number>>;
}

/** The result of `rollup`: plain JSON, the same whatever the input order. */
export interface Rollup {
  readonly framework: { readonly id: string; readonly version: string };
  /** The units, deepest last: by depth, then id. */
  readonly units: readonly RollupUnit[];
  /** The evaluation of every assessed unit, with the rolled-up values in it, sorted by subject id. */
  readonly evaluations: readonly Evaluation[];
  readonly issues: readonly FrameworkIssue[];
}

interface UnitState {
  id: string;
  parent: string | null;
  kind: string | undefined;
  assessment: Assessment | undefined;
  /** Why this unit cannot count in its parent's categories. */
  unusable: boolean;
  children: string[];
  depth: number;
  evaluation?: Evaluation;
}

/**
 * Rolls evaluations of child units up into their parent's values, through a hierarchy of any depth
 * (province → town → ward → residential area): for each unit with children, every `share` node of the
 * framework that applies to the unit's kind gets a `tally` counted from the children's evaluations
 * (the rule's `children` predicates, else `options.categories`; only children of the rule's
 * `childKind`), and the unit is evaluated with it, so the engine's share rule judges it exactly
 * (`count × 100 ⋚ percent × total`: 16 of 25 = 64 % fails ≥ 70 %, 18 passes). Units are evaluated
 * deepest first, so a ward's recognition counts in its town's share.
 *
 * Each unit also gets the mean of its children's score percent and the count of children per tier.
 *
 * **Nothing is skipped silently.** A child unit that cannot be judged — declared in `units` with no
 * assessment (`rollup_missing_child`), assessed against another framework or version
 * (`rollup_other_framework`) or for another period than its parent (`rollup_period_mismatch`) — is
 * counted in the parent's `total` and in no category, listed in `unusable`, and reported. A unit
 * assessed twice (`rollup_duplicate_unit`: the first by subject id, then canonical JSON, is kept), a
 * unit under two parents (`rollup_parent_mismatch`), a cycle (`rollup_cycle`) and a recorded value that
 * the roll-up replaces (`rollup_value_replaced`) are issues too.
 *
 * The input order plays no part; the inputs are never mutated.
 *
 * @param framework - The framework every unit is assessed against.
 * @param assessments - Assessments of the units, all levels, one period.
 * @param options - `categories` for share nodes without predicates, the declared `units`, a `context`.
 * @returns The units with their rolled-up values, the evaluations and the issues.
 * @example
 * // A commune with 25 residential areas (example data), TT 124: 16 recognised.
 * const r = rollup(tt124, [commune, ...residentialAreas], {
 *   categories: { "xa.4": { registered: { assessed: true }, recognised: { tier: "dat" } } },
 * });
 * r.units[0].values[0] //=> { node: "xa.4", tally: { total: 25, counts: { recognised: 16, registered: 25 } }, shares: […], status: "notMet" }
 * @category Over time
 */
export function rollup(
  framework: Framework,
  assessments: readonly Assessment[],
  options: RollupOptions = {},
): Rollup {
  const issues: FrameworkIssue[] = [];
  const compiled = compileFramework(framework);
  const key = `${framework.id}@${framework.version}`;

  // One assessment per unit, chosen in a stated order; records that are not assessments are issues.
  const valid: Assessment[] = [];
  (Array.isArray(assessments) ? assessments : []).forEach((assessment: unknown, at) => {
    const record = assessment as Partial<Assessment> | null;
    if (
      typeof record !== "object" ||
      record === null ||
      typeof record.subject?.id !== "string" ||
      typeof record.framework?.id !== "string" ||
      typeof record.framework?.version !== "string" ||
      typeof record.period?.id !== "string" ||
      !Array.isArray(record.entries)
    ) {
      issues.push(
        makeIssue("rollup_invalid_assessment", ["assessments", at], {
          vi: `assessments.${at}: không phải kết quả đánh giá (cần framework, subject, period, entries); không được dùng`,
          en: `assessments.${at}: not an assessment (needs framework, subject, period and entries); not used`,
        }),
      );
      return;
    }
    valid.push(record as Assessment);
  });
  const sorted = valid
    .map((assessment, at) => ({ assessment, at, text: canonical(assessment) }))
    .sort(
      (a, b) =>
        codeUnitOrder(a.assessment.subject.id, b.assessment.subject.id) ||
        codeUnitOrder(a.text, b.text),
    );
  const units = new Map<string, UnitState>();
  for (const { assessment } of sorted) {
    const id = assessment.subject.id;
    if (units.has(id)) {
      issues.push(
        makeIssue("rollup_duplicate_unit", ["assessments", id], {
          vi: `đơn vị "${id}" có hai kết quả đánh giá; chỉ tính một lần (kết quả xếp trước theo nội dung)`,
          en: `unit "${id}" is assessed twice; it is counted once (the assessment that sorts first by content)`,
        }),
      );
      continue;
    }
    units.set(id, {
      id,
      parent: assessment.subject.parent ?? null,
      kind: assessment.subject.kind,
      assessment,
      unusable: false,
      children: [],
      depth: 0,
    });
  }

  // Declared units: missing children, and declared parents.
  const declared = [...(options.units ?? [])].sort((a, b) => codeUnitOrder(a.id, b.id));
  const declaredParent = new Map<string, string | null>();
  for (const unit of declared) {
    const parent = unit.parent ?? null;
    if (declaredParent.has(unit.id)) {
      if (declaredParent.get(unit.id) !== parent) {
        issues.push(parentMismatch(unit.id, declaredParent.get(unit.id)!, parent));
      }
      continue;
    }
    declaredParent.set(unit.id, parent);
    const state = units.get(unit.id);
    if (state === undefined) {
      units.set(unit.id, {
        id: unit.id,
        parent,
        kind: unit.kind,
        assessment: undefined,
        unusable: true,
        children: [],
        depth: 0,
      });
      if (parent !== null) {
        issues.push(
          makeIssue("rollup_missing_child", ["units", unit.id], {
            vi: `đơn vị "${unit.id}" thuộc "${parent}" không có kết quả đánh giá; vẫn tính vào tổng số đơn vị của "${parent}" nhưng không vào nhóm nào`,
            en: `unit "${unit.id}" under "${parent}" has no assessment; it counts in the total of "${parent}" and in no category`,
          }),
        );
      }
    } else if (state.parent !== parent) {
      issues.push(parentMismatch(unit.id, state.parent, parent));
      state.parent = parent;
    }
  }

  // Framework and period of each assessed unit.
  const ids = [...units.keys()].sort(codeUnitOrder);
  for (const id of ids) {
    const state = units.get(id)!;
    const assessment = state.assessment;
    if (assessment === undefined) continue;
    const other = `${assessment.framework.id}@${assessment.framework.version}`;
    if (other !== key) {
      state.unusable = true;
      issues.push(
        makeIssue("rollup_other_framework", ["assessments", id, "framework"], {
          vi: `đơn vị "${id}" được đánh giá theo ${other}, không phải ${key}; không chấm được ở đây, chỉ tính vào tổng số đơn vị của đơn vị cấp trên`,
          en: `unit "${id}" is assessed against ${other}, not ${key}; it is not evaluated here and counts only in its parent's total`,
        }),
      );
    }
  }
  for (const id of ids) {
    const state = units.get(id)!;
    if (state.parent !== null && !units.has(state.parent)) {
      // A parent named but neither assessed nor declared: the unit is a root of this roll-up.
      state.parent = null;
    }
    if (state.parent !== null) units.get(state.parent)!.children.push(id);
  }
  for (const id of ids) {
    const state = units.get(id)!;
    const parent = state.parent === null ? undefined : units.get(state.parent);
    const mine = state.assessment?.period.id;
    const theirs = parent?.assessment?.period.id;
    if (mine !== undefined && theirs !== undefined && mine !== theirs) {
      state.unusable = true;
      issues.push(
        makeIssue("rollup_period_mismatch", ["assessments", id, "period", "id"], {
          vi: `đơn vị "${id}" được đánh giá cho kỳ "${mine}", đơn vị cấp trên "${parent!.id}" cho kỳ "${theirs}"; chỉ tính vào tổng số đơn vị`,
          en: `unit "${id}" is assessed for period "${mine}", its parent "${parent!.id}" for "${theirs}"; it counts only in the total`,
        }),
      );
    }
  }

  // Depths, with cycles broken and reported.
  const inCycle = new Set<string>();
  for (const id of ids) {
    const seen: string[] = [];
    let at: string | null = id;
    while (at !== null && !seen.includes(at)) {
      seen.push(at);
      at = units.get(at)!.parent;
    }
    if (at !== null && !inCycle.has(at)) {
      const cycle = seen.slice(seen.indexOf(at));
      for (const member of cycle) inCycle.add(member);
      issues.push(
        makeIssue("rollup_cycle", ["units", at], {
          vi: `các đơn vị ${cycle.join(" → ")} là cấp trên của nhau; các đơn vị này không được tổng hợp từ cấp dưới`,
          en: `units ${cycle.join(" → ")} are each other's parents; they get no rolled-up values`,
        }),
      );
    }
  }
  for (const id of ids) {
    let depth = 0;
    let at = units.get(id)!.parent;
    const seen = new Set<string>([id]);
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      depth++;
      at = units.get(at)!.parent;
    }
    units.get(id)!.depth = inCycle.has(id) ? 0 : depth;
  }
  for (const state of units.values()) state.children.sort(codeUnitOrder);

  // Evaluate deepest first.
  const order = [...ids].sort(
    (a, b) => units.get(b)!.depth - units.get(a)!.depth || codeUnitOrder(a, b),
  );
  const shareNodes = collectShareNodes(framework.nodes, undefined);
  const results = new Map<string, RollupUnit>();
  for (const id of order) {
    const state = units.get(id)!;
    const children = inCycle.has(id) ? [] : state.children.map((child) => units.get(child)!);
    const usable = children.filter((child) => !child.unusable && child.evaluation !== undefined);
    const values: RollupValue[] = [];
    let evaluation: Evaluation | undefined;
    if (state.assessment !== undefined && !state.unusable) {
      let assessment = state.assessment;
      if (children.length > 0) {
        const entries = assessment.entries.map((entry) => copyPlain(entry) as Entry);
        for (const { node, rule, appliesTo } of shareNodes) {
          if (
            state.kind !== undefined &&
            appliesTo !== undefined &&
            !appliesTo.includes(state.kind)
          )
            continue;
          const tally = tallyOf(node.id, rule, children, options.categories?.[node.id], id, issues);
          if (tally === null) continue;
          const index = entries.findIndex((entry) => entry.node === node.id);
          if (index >= 0) {
            if (
              entries[index]!.value !== undefined &&
              canonical(entries[index]!.value) !== canonical(tally)
            ) {
              issues.push(
                makeIssue(
                  "rollup_value_replaced",
                  ["assessments", id, "entries", node.id],
                  {
                    vi: `giá trị ghi cho "${node.id}" của "${id}" (${canonical(entries[index]!.value)}) được thay bằng giá trị tổng hợp từ đơn vị cấp dưới (${canonical(tally)})`,
                    en: `the value recorded for "${node.id}" of "${id}" (${canonical(entries[index]!.value)}) is replaced by the one rolled up from the child units (${canonical(tally)})`,
                  },
                  "warning",
                ),
              );
            }
            entries[index] = { ...entries[index]!, value: tally };
          } else entries.push({ node: node.id, value: tally });
          values.push({ node: node.id, tally, shares: sharesOf(tally), status: null });
        }
        assessment = { ...copyPlain(assessment), entries };
      }
      evaluation = compiled.evaluate(assessment, {
        ...options.context,
        children: usable.map((child) => child.evaluation!),
      });
      state.evaluation = evaluation;
    }
    const statusOf = (node: string): NodeStatus | null =>
      evaluation?.nodes.find((result) => result.id === node)?.status ?? null;
    let sum: Exact = 0;
    let scored = 0;
    const childTiers: Record<string, number> = {};
    for (const child of usable) {
      const score = child.evaluation!.score;
      if (score.status === "scored" && score.max > 0) {
        sum = add(sum, div(mul(exact(score.value), 100), exact(score.max)));
        scored++;
      }
      const tier = child.evaluation!.tier;
      if (tier !== null) childTiers[tier] = (childTiers[tier] ?? 0) + 1;
    }
    results.set(id, {
      unit: id,
      parent: state.parent,
      depth: state.depth,
      children: state.children,
      unusable: children.filter((child) => !usable.includes(child)).map((child) => child.id),
      met: evaluation?.count.met ?? null,
      applicable: evaluation?.count.applicable ?? null,
      tier: evaluation?.tier ?? null,
      score: evaluation === undefined ? null : copyPlain(evaluation.score),
      values: values.map((value) => ({ ...value, status: statusOf(value.node) })),
      meanChildPercent: scored === 0 ? null : numberOf(div(sum, scored)),
      childTiers: sortedRecord(childTiers),
    });
  }

  const out = [...results.values()].sort(
    (a, b) => a.depth - b.depth || codeUnitOrder(a.unit, b.unit),
  );
  const evaluations = ids
    .map((id) => units.get(id)!.evaluation)
    .filter((evaluation): evaluation is Evaluation => evaluation !== undefined);
  return {
    framework: { id: framework.id, version: framework.version },
    units: out,
    evaluations,
    issues: issues.sort(
      (a, b) =>
        codeUnitOrder(a.code, b.code) || codeUnitOrder(canonical(a.path), canonical(b.path)),
    ),
  };
}

function parentMismatch(id: string, was: string | null, now: string | null): FrameworkIssue {
  return makeIssue("rollup_parent_mismatch", ["units", id, "parent"], {
    vi: `đơn vị "${id}" có hai đơn vị cấp trên ("${was ?? "không có"}" và "${now ?? "không có"}"); dùng "${now ?? "không có"}" theo khai báo, đơn vị chỉ được tính một lần`,
    en: `unit "${id}" has two parents ("${was ?? "none"}" and "${now ?? "none"}"); the declared "${now ?? "none"}" is used and the unit is counted once`,
  });
}

interface ShareNode {
  readonly node: FrameworkNode;
  readonly rule: ShareRule;
  /** The kinds it applies to: the innermost `appliesTo` on its path. */
  readonly appliesTo: readonly string[] | undefined;
}

function collectShareNodes(
  nodes: readonly FrameworkNode[],
  appliesTo: readonly string[] | undefined,
  out: ShareNode[] = [],
): ShareNode[] {
  // one list filled in place, not push(...subtree): a wide framework's list is too long to spread
  for (const node of nodes) {
    const here = node.appliesTo ?? appliesTo;
    if (node.rule?.type === "share") out.push({ node, rule: node.rule, appliesTo: here });
    collectShareNodes(node.children ?? [], here, out);
  }
  return out;
}

function tallyOf(
  node: string,
  rule: ShareRule,
  children: readonly UnitState[],
  categories: Readonly<Record<string, ChildPredicate>> | undefined,
  unit: string,
  issues: FrameworkIssue[],
): Tally | null {
  const wanted = [
    ...new Set([rule.category, ...(rule.requires ?? []).map((r) => r.category)]),
  ].sort(codeUnitOrder);
  const predicates: Record<string, ChildPredicate> = {};
  for (const category of wanted) {
    const own =
      rule.children !== undefined && Object.hasOwn(rule.children, category)
        ? rule.children[category]
        : undefined;
    const given =
      categories !== undefined && Object.hasOwn(categories, category)
        ? categories[category]
        : undefined;
    const predicate = own ?? given;
    if (predicate === undefined) {
      issues.push(
        makeIssue("rollup_no_predicate", ["options", "categories", node, category], {
          vi: `"${node}" của "${unit}": không biết đơn vị cấp dưới nào thuộc nhóm "${category}" (quy tắc không có "children" và options.categories không nêu); giá trị không được tổng hợp`,
          en: `"${node}" of "${unit}": no way to tell which child units are in category "${category}" (the rule has no "children" and options.categories names none); the value is not rolled up`,
        }),
      );
      return null;
    }
    predicates[category] = predicate;
  }
  const counts: Record<string, number> = {};
  for (const category of wanted) counts[category] = 0;
  let total = 0;
  for (const child of children) {
    if (rule.childKind !== undefined && child.kind !== undefined && child.kind !== rule.childKind)
      continue;
    total++;
    if (child.unusable || child.evaluation === undefined) continue;
    for (const category of wanted)
      if (matches(child.evaluation, predicates[category]!)) counts[category]!++;
  }
  return { total, counts };
}

function matches(child: Evaluation, predicate: ChildPredicate): boolean {
  if ("tier" in predicate) return tierReached(child, predicate.tier) === true;
  if ("met" in predicate)
    return child.nodes.some((node) => node.id === predicate.met && node.status === "met");
  return true;
}

function sharesOf(tally: Tally): RollupValue["shares"] {
  return Object.keys(tally.counts)
    .sort(codeUnitOrder)
    .map((category) => {
      const count = tally.counts[category]!;
      return {
        category,
        count,
        percent:
          tally.total === 0
            ? { value: 0, exact: "0" }
            : numberOf(div(mul(count, 100), tally.total)),
      };
    });
}

function numberOf(x: Exact): RollupNumber {
  return { value: toNumber(x), exact: typeof x === "number" ? String(x) : `${x.n}/${x.d}` };
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(record).sort(codeUnitOrder)) out[id] = record[id]!;
  return out;
}
