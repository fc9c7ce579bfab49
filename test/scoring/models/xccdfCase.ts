import type { Entry } from "../../../src/assessment/schema.js";
import type { FrameworkNode, ScoringModel } from "../../../src/framework/schema.js";
import type { ModelInput } from "../../../src/scoring/models/score.js";
import type { NodeResult, NodeStatus } from "../../../src/scoring/types.js";
import { makeFramework, makeInput, makeResult } from "./modelInput.js";

/** One item of a benchmark in `xccdf-cases.json`. */
export interface BenchmarkItem {
  readonly kind: "group" | "rule";
  readonly id: string;
  readonly weight?: number;
  readonly role?: "full" | "unscored" | "unchecked";
  readonly children?: readonly BenchmarkItem[];
}

export type RuleResults = Readonly<Record<string, string | readonly string[]>>;

const STATUS: Readonly<Record<string, NodeStatus>> = {
  pass: "met",
  fixed: "met",
  fail: "notMet",
  error: "error",
  unknown: "unknown",
  notapplicable: "notApplicable",
};

/**
 * Builds a model input from an XCCDF benchmark and its rule-results, with the mapping of the docs:
 * notselected rules are left out of the framework, notchecked rules get role `unchecked`,
 * informational ones role `unscored`, multi-check rules carry their results as the entry value.
 */
export function xccdfInput(
  benchmark: readonly BenchmarkItem[],
  ruleResults: RuleResults,
  scoring: Extract<ScoringModel, { kind: "xccdf" }>,
): ModelInput {
  const results: NodeResult[] = [];
  const entries: Entry[] = [];
  const toNode = (item: BenchmarkItem): FrameworkNode | null => {
    const base = {
      id: item.id,
      title: { en: item.id },
      ...(item.weight === undefined ? {} : { weight: item.weight }),
      ...(item.role === undefined ? {} : { role: item.role }),
    };
    if (item.kind === "group") {
      const children = (item.children ?? [])
        .map(toNode)
        .filter((n): n is FrameworkNode => n !== null);
      return { ...base, kind: "group", children };
    }
    const result = ruleResults[item.id];
    if (result === "notselected") return null;
    const node: FrameworkNode = { ...base, kind: "criterion", value: { type: "verdict" } };
    if (result === undefined) return node;
    if (typeof result !== "string") {
      entries.push({ node: item.id, value: [...result] });
      results.push(
        makeResult(item.id, result.every((r) => r === "pass" || r === "fixed") ? "met" : "notMet"),
      );
      return node;
    }
    if (result === "notchecked") return { ...node, role: "unchecked" };
    if (result === "informational") return { ...node, role: "unscored" };
    const status = STATUS[result];
    if (status === undefined) throw new Error(`unknown XCCDF result ${result}`);
    results.push(makeResult(item.id, status));
    entries.push({ node: item.id, status });
    return node;
  };
  const nodes = benchmark.map(toNode).filter((n): n is FrameworkNode => n !== null);
  return makeInput(makeFramework(scoring, nodes), results, { entries });
}
