import { ruleReads } from "../../framework/kinds/index.js";
import type { Framework, FrameworkNode } from "../../framework/schema.js";
import { walkNodes } from "../../framework/walk.js";
import { type PointsPlan, planPoints } from "../points.js";
import {
  type CompileScope,
  ERROR,
  MET,
  NOT_APPLICABLE,
  NOT_MET,
  type NodePolicies,
  resolvePolicies,
  UNKNOWN,
} from "../rules/rule.js";
import { indexTiers } from "../tiers.js";

/*
 * The evaluation plan: everything about a framework that does not depend on an assessment, worked out
 * once and read by every runner (the interpreter in compileFramework.ts and the generated summarize in
 * compile/generateSummarize.ts), so that none of them re-derives the order, applicability, statuses or
 * policies.
 */

/**
 * The five statuses as the small integers the runners keep in typed arrays (and write into generated
 * code), by name: `Status.error`, never a bare `4`. The same numbers as `MET` … `ERROR` of rules/rule.ts.
 */
export const Status = Object.freeze({
  met: MET,
  notMet: NOT_MET,
  notApplicable: NOT_APPLICABLE,
  unknown: UNKNOWN,
  error: ERROR,
} as const);

/** Applicability of every node for one subject kind: 1 applies, 0 not, 2 unknown (no kind given). */
export interface Applicability {
  /** The node's own `appliesTo` only (what a parent's children rule reads). */
  readonly own: Uint8Array;
  /** The node's and its ancestors' (what the node shows). */
  readonly all: Uint8Array;
  /** The `appliesTo` list that excludes the node, for the reason. */
  readonly blocker: readonly (readonly string[] | undefined)[];
}

/** A framework's evaluation plan (`planOf`), shared by every runner. Nodes are in pre-order. */
export interface Plan {
  readonly framework: Framework;
  readonly size: number;
  readonly nodes: readonly FrameworkNode[];
  /** Parent index per node, −1 at the top. */
  readonly parents: readonly number[];
  readonly children: readonly (readonly number[])[];
  readonly roots: readonly number[];
  /** Index of the first node of each id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Whether some id names more than one node. */
  readonly hasDuplicates: boolean;
  /** The id per node, `""` for a duplicate (so it never steals the entries of its first occurrence). */
  readonly ids: readonly string[];
  /** Resolved policies per node (own, nearest ancestor, framework, default). */
  readonly policies: readonly NodePolicies[];
  /** What the rule compilers read. */
  readonly scope: CompileScope;
  /** The nodes each node's `of` list reads. */
  readonly references: readonly (readonly number[])[];
  /** Evaluation order: children and `of` references before the node. */
  readonly order: readonly number[];
  /** 1 for nodes on a dependency cycle (they are errors). */
  readonly cyclic: Uint8Array;
  /** 1 for nodes judged even where they do not apply: what an `of` list reads, and what that reads. */
  readonly needed: Uint8Array;
  /** Whether any node has an `of` list (then `needed` may be non-empty). */
  readonly hasReferences: boolean;
  readonly criteria: readonly number[];
  readonly mandatory: readonly number[];
  readonly disqualifying: readonly number[];
  /** 1 for nodes whose applicability depends on the subject kind (own or an ancestor's `appliesTo`). */
  readonly varies: Uint8Array;
  readonly points: PointsPlan | undefined;
  readonly tierIndex: ReadonlyMap<string, number>;
  /** The next leaf after each node in pre-order (−1 at the end), for guessing entry positions. */
  readonly nextLeaf: Int32Array;
  /** The first leaf, or −1. */
  readonly firstLeaf: number;
  /** Children ids per node, frozen: shared by every evaluation of the framework. */
  readonly childIds: readonly (readonly string[])[];
  readonly hasChildren: Uint8Array;
  /** 1 for nodes that show points (an own spec, or children with points). */
  readonly hasPoints: Uint8Array;
  /** Applicability for a subject kind, computed once per kind. */
  applicability(kind: string | undefined): Applicability;
}

const plans = new WeakMap<Framework, Plan>();

/**
 * The evaluation plan of a framework, built once per framework object and cached.
 *
 * @param framework - A parsed framework; it is never mutated.
 * @returns The plan every runner reads.
 * @example
 * const plan = planOf(framework);
 * plan.order.map((i) => plan.nodes[i]!.id) //=> children before parents: ["1.1", "1.2", "1", …]
 */
export function planOf(framework: Framework): Plan {
  let plan = plans.get(framework);
  if (plan === undefined) {
    plan = buildPlan(framework);
    plans.set(framework, plan);
  }
  return plan;
}

function buildPlan(framework: Framework): Plan {
  const walk = walkNodes(framework.nodes);
  const size = walk.entries.length;
  const nodes: FrameworkNode[] = walk.entries.map((entry) => entry.node);
  const parents = walk.entries.map((entry) => entry.parentIndex);
  const indexOf = new Map<string, number>();
  for (const [id, entry] of walk.byId) indexOf.set(id, entry.index);
  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  for (const entry of walk.entries) {
    if (entry.parentIndex < 0) roots.push(entry.index);
    else children[entry.parentIndex]!.push(entry.index);
  }

  const rootPolicies = resolvePolicies(framework.policies, {
    notApplicable: 0,
    unknown: 1,
    error: 0,
  });
  const policies: NodePolicies[] = [];
  for (let i = 0; i < size; i++) {
    const parent = parents[i]!;
    policies.push(
      resolvePolicies(nodes[i]!.policies, parent < 0 ? rootPolicies : policies[parent]!),
    );
  }
  const useRegion = new Map<string, string>();
  for (const subjectClass of framework.classes ?? []) {
    if (subjectClass.useRegion !== undefined && !useRegion.has(subjectClass.id)) {
      useRegion.set(subjectClass.id, subjectClass.useRegion);
    }
  }
  const scope: CompileScope = { framework, nodes, indexOf, children, policies, useRegion };

  // Dependencies: children and `of` lists are judged first; a cycle makes its nodes errors.
  const references: number[][] = nodes.map((node) =>
    ruleReads(node, framework).flatMap((read) => {
      const index = read.named && read.via === "status" ? indexOf.get(read.to) : undefined;
      return index === undefined ? [] : [index];
    }),
  );
  const order: number[] = [];
  const mark = new Uint8Array(size); // 0 new, 1 on stack, 2 done
  const cyclic = new Uint8Array(size);
  for (let start = 0; start < size; start++) {
    if (mark[start] !== 0) continue;
    const stack: [number, number][] = [[start, 0]];
    mark[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      const deps = children[node]!.length + references[node]!.length;
      if (next < deps) {
        top[1] = next + 1;
        const dep =
          next < children[node]!.length
            ? children[node]![next]!
            : references[node]![next - children[node]!.length]!;
        if (mark[dep] === 0) {
          mark[dep] = 1;
          stack.push([dep, 0]);
        } else if (mark[dep] === 1) {
          for (const [onStack] of stack) cyclic[onStack] = 1;
        }
        continue;
      }
      stack.pop();
      mark[node] = 2;
      order.push(node);
    }
  }

  // Nodes judged even where they do not apply: whatever an `of` list reads, and what that reads.
  const needed = new Uint8Array(size);
  const pending: number[] = references.flat();
  const hasReferences = pending.length > 0;
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (needed[index] === 1) continue;
    needed[index] = 1;
    // A loop, not push(...list): a spread of a very wide node's children overflows the stack.
    for (const child of children[index]!) pending.push(child);
    for (const reference of references[index]!) pending.push(reference);
  }

  const criteria: number[] = [];
  const mandatory: number[] = [];
  const disqualifying: number[] = [];
  nodes.forEach((node, index) => {
    if (node.kind === "criterion") criteria.push(index);
    if (node.mandatory === true) mandatory.push(index);
    if (node.disqualifying === true) disqualifying.push(index);
  });
  const varies = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const parent = parents[i]!;
    if (nodes[i]!.appliesTo !== undefined || (parent >= 0 && varies[parent] === 1)) varies[i] = 1;
  }
  const points = planPoints(nodes, children, roots);

  const ids = nodes.map((node, index) => (indexOf.get(node.id) === index ? node.id : ""));
  const nextLeaf = new Int32Array(size).fill(-1);
  let following = -1;
  for (let i = size - 1; i >= 0; i--) {
    nextLeaf[i] = following;
    if (children[i]!.length === 0) following = i;
  }
  const childIds: readonly (readonly string[])[] = children.map((list) =>
    Object.freeze(list.map((c) => nodes[c]!.id)),
  );
  const hasChildren = Uint8Array.from(children, (list) => (list.length > 0 ? 1 : 0));
  const hasPoints = Uint8Array.from(nodes, (_, i) =>
    points !== undefined && (points.specs[i] !== undefined || points.children[i]!.length > 0)
      ? 1
      : 0,
  );

  const applicabilityCache = new Map<string | undefined, Applicability>();
  const applicability = (kind: string | undefined): Applicability => {
    let found = applicabilityCache.get(kind);
    if (found !== undefined) return found;
    const own = new Uint8Array(size);
    const all = new Uint8Array(size);
    const blocker: (readonly string[] | undefined)[] = new Array(size).fill(undefined);
    for (let i = 0; i < size; i++) {
      const appliesTo = nodes[i]!.appliesTo;
      own[i] =
        appliesTo === undefined ? 1 : kind === undefined ? 2 : appliesTo.includes(kind) ? 1 : 0;
      const parent = parents[i]!;
      const inherited = parent < 0 ? 1 : all[parent]!;
      // Not applicable wins over unknown: a node excluded by its own list is excluded whatever the kind.
      all[i] = own[i] === 0 || inherited === 0 ? 0 : own[i] === 2 || inherited === 2 ? 2 : 1;
      blocker[i] = own[i] !== 1 ? appliesTo : parent < 0 ? undefined : blocker[parent];
    }
    found = { own, all, blocker };
    applicabilityCache.set(kind, found);
    return found;
  };

  return {
    framework,
    size,
    nodes,
    parents,
    children,
    roots,
    indexOf,
    hasDuplicates: walk.duplicates.length > 0,
    ids,
    policies,
    scope,
    references,
    order,
    cyclic,
    needed,
    hasReferences,
    criteria,
    mandatory,
    disqualifying,
    varies,
    points,
    tierIndex: indexTiers(framework.tiers),
    nextLeaf,
    firstLeaf: following,
    childIds,
    hasChildren,
    hasPoints,
    applicability,
  };
}
