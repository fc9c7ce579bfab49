import type { Assessment, Entry } from "../assessment/schema.js";
import type { Framework, FrameworkNode, NodeKind } from "../framework/schema.js";
import type { Evaluation } from "./types.js";

/*
 * Shared by rankChanges and stepsToTier: which nodes could still be "met in full", and the assessment in
 * which some of them are. The change is an entry `status: "met"` (the assessor's verdict, which overrides
 * the rule), plus the node's maximum where its points are entered by the assessor: it models "the node
 * gets met", never a particular value, so value-earned points (bands, goalposts) do not move.
 */

/** Which nodes may change. */
export interface CandidateOptions {
  /** Node kinds that may change; default criteria and indicators. */
  readonly kinds?: readonly NodeKind[] | undefined;
  /** Whether a disqualifying node ("điểm liệt") may become met; default false. */
  readonly includeDisqualifying?: boolean | undefined;
}

/** A node that is not yet met in full. */
export interface Candidate {
  readonly id: string;
  /** Position in framework (depth-first) order: the tie-breaker everywhere. */
  readonly order: number;
  readonly node: FrameworkNode;
}

const DEFAULT_KINDS: readonly NodeKind[] = ["criterion", "indicator"];

/** The score an `entered` node earns from its entry: verified, else self, else nothing. */
function enteredScore(entry: Entry | undefined): number | undefined {
  return entry?.verifiedScore ?? entry?.selfScore;
}

function firstEntries(assessment: Assessment): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const entry of assessment.entries)
    if (!entries.has(entry.node)) entries.set(entry.node, entry);
  return entries;
}

/**
 * The nodes that could still change, in framework order: applicable, of an allowed kind, and either not
 * met or met while earning entered points below their maximum.
 *
 * @param framework - The framework.
 * @param assessment - The assessment.
 * @param evaluation - Its evaluation (node statuses in framework order).
 * @param options - Allowed kinds and whether disqualifying nodes may change.
 * @returns The candidates.
 */
export function changeCandidates(
  framework: Framework,
  assessment: Assessment,
  evaluation: Evaluation,
  options: CandidateOptions = {},
): Candidate[] {
  const kinds = options.kinds ?? DEFAULT_KINDS;
  const includeDisqualifying = options.includeDisqualifying === true;
  const byId = nodesById(framework);
  const entries = firstEntries(assessment);
  const candidates: Candidate[] = [];
  evaluation.nodes.forEach((result, order) => {
    const node = byId.get(result.id);
    if (node === undefined || !kinds.includes(node.kind)) return;
    if (result.status === "notApplicable") return;
    if (node.disqualifying === true && !includeDisqualifying) return;
    if (result.status === "met" && !belowEnteredMaximum(node, entries.get(node.id))) return;
    candidates.push({ id: node.id, order, node });
  });
  return candidates;
}

function belowEnteredMaximum(node: FrameworkNode, entry: Entry | undefined): boolean {
  const points = node.points;
  if (points?.earn?.type !== "entered") return false;
  return (enteredScore(entry) ?? 0) < points.max;
}

/**
 * Every node of a framework by id (first occurrence).
 *
 * @param framework - The framework.
 * @returns The map.
 */
export function nodesById(framework: Framework): Map<string, FrameworkNode> {
  const byId = new Map<string, FrameworkNode>();
  const stack: FrameworkNode[] = [...framework.nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!byId.has(node.id)) byId.set(node.id, node);
    const children = node.children;
    if (children !== undefined)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return byId;
}

/**
 * A copy of the assessment in which the given nodes are met in full; the input is not touched.
 *
 * The first entry of each node gets `status: "met"` (its value, evidence and notes are kept); a node
 * without an entry gets one at the end. A node whose points are `entered` also gets its maximum, in the
 * score that counts (verified if recorded, else self if recorded, else verified).
 *
 * @param assessment - The assessment.
 * @param nodes - The nodes to meet, in the order new entries are appended.
 * @returns The changed assessment.
 */
export function meetInFull(assessment: Assessment, nodes: readonly FrameworkNode[]): Assessment {
  const wanted = new Map<string, FrameworkNode>();
  for (const node of nodes) if (!wanted.has(node.id)) wanted.set(node.id, node);
  const done = new Set<string>();
  const entries: Entry[] = assessment.entries.map((entry) => {
    const node = wanted.get(entry.node);
    if (node === undefined || done.has(entry.node)) return entry;
    done.add(entry.node);
    return metEntry(node, entry);
  });
  for (const [id, node] of wanted) if (!done.has(id)) entries.push(metEntry(node, undefined));
  return { ...assessment, entries };
}

function metEntry(node: FrameworkNode, entry: Entry | undefined): Entry {
  const met: Entry =
    entry === undefined ? { node: node.id, status: "met" } : { ...entry, status: "met" };
  const points = node.points;
  if (points?.earn?.type !== "entered") return met;
  if (entry?.verifiedScore === undefined && entry?.selfScore !== undefined) {
    return { ...met, selfScore: points.max };
  }
  return { ...met, verifiedScore: points.max };
}

/**
 * The position of a tier in the framework's order (lowest first), −1 for no tier.
 *
 * @param framework - The framework.
 * @param tier - A tier id, or null.
 * @returns The rank.
 */
export function tierRank(framework: Framework, tier: string | null): number {
  if (tier === null) return -1;
  return (framework.tiers ?? []).findIndex((t) => t.id === tier);
}
