import type { Assessment, Entry, EntryStatus, Value } from "../assessment/schema.js";
import type { Framework } from "../framework/schema.js";
import { compileFramework } from "./compileFramework.js";
import { summaryOf } from "./summaryOf.js";
import type { EvaluationContext, EvaluationSummary, NodeStatus } from "./types.js";

/** One change to try: the fields given replace those of the node's entry (created when missing). */
export interface WhatIfChange {
  readonly node: string;
  readonly value?: Value;
  readonly status?: EntryStatus;
  readonly selfScore?: number;
  readonly verifiedScore?: number;
}

/** A node whose status changes. */
export interface NodeStatusChange {
  readonly node: string;
  readonly before: NodeStatus;
  readonly after: NodeStatus;
}

/** Before and after a set of changes. */
export interface WhatIfResult {
  readonly before: EvaluationSummary;
  readonly after: EvaluationSummary;
  /** Nodes whose status changes, in framework order. */
  readonly changed: readonly NodeStatusChange[];
}

/**
 * Applies changes to a copy of the assessment, as `setValue` / `setStatus` / `setEntry` would, and
 * compares the evaluations before and after: "if the commune recognised two more residential areas…".
 * Changes apply in order to the node's first entry; a node without an entry gets one.
 *
 * @param framework - The framework.
 * @param assessment - The assessment as it stands (not mutated).
 * @param changes - The changes to try.
 * @param context - The evaluation context, used for both evaluations.
 * @returns The summaries before and after, and the nodes whose status changes.
 * @example
 * whatIf(tt124, communeA, [{ node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 18 } } }])
 * //=> { before: { …, tier: null }, after: { …, tier: "dat" }, changed: [{ node: "xa.4", before: "notMet", after: "met" }, { node: "xa", before: "notMet", after: "met" }] }
 * @category Scoring
 */
export function whatIf(
  framework: Framework,
  assessment: Assessment,
  changes: readonly WhatIfChange[],
  context?: EvaluationContext,
): WhatIfResult {
  // Two evaluations: the interpreter, as plain `evaluate` uses (writing code would cost more than it saves).
  const compiled = compileFramework(framework, { codegen: false });
  const before = compiled.evaluate(assessment, context);
  const after = compiled.evaluate(applyChanges(assessment, changes), context);
  const changed: NodeStatusChange[] = [];
  for (let i = 0; i < before.nodes.length; i++) {
    const was = before.nodes[i]!;
    const now = after.nodes[i]!;
    if (was.status !== now.status)
      changed.push({ node: was.id, before: was.status, after: now.status });
  }
  return { before: summaryOf(before), after: summaryOf(after), changed };
}

function applyChanges(assessment: Assessment, changes: readonly WhatIfChange[]): Assessment {
  const entries: Entry[] = [...assessment.entries];
  for (const change of changes) {
    const patch: { -readonly [K in keyof Entry]?: Entry[K] } = {};
    if (change.value !== undefined) patch.value = change.value;
    if (change.status !== undefined) patch.status = change.status;
    if (change.selfScore !== undefined) patch.selfScore = change.selfScore;
    if (change.verifiedScore !== undefined) patch.verifiedScore = change.verifiedScore;
    const index = entries.findIndex((entry) => entry.node === change.node);
    if (index < 0) entries.push({ node: change.node, ...patch });
    else entries[index] = { ...entries[index]!, ...patch };
  }
  return { ...assessment, entries };
}
