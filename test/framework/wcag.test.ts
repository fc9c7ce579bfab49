// WCAG 2.1 → 2.2 as a fixture pair (issue 8, item 5): 4.1.1 Parsing removed, nine success criteria
// added, from the W3C's published lists (https://www.w3.org/TR/WCAG21/, https://www.w3.org/TR/WCAG22/,
// https://www.w3.org/WAI/standards-guidelines/wcag/new-in-22/).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import type { Framework, FrameworkNode } from "../../src/framework/schema.js";
import {
  diffFrameworks,
  evaluate,
  lintFramework,
  migrateAssessment,
  parseAssessment,
  parseFramework,
} from "../../src/index.js";

function fixture(name: string): Framework {
  return parseFramework(JSON.parse(readFileSync(`fixtures/frameworks/${name}.json`, "utf8")));
}

const wcag21 = fixture("intl-wcag-2.1");
const wcag22 = fixture("intl-wcag-2.2");

/** The success criteria (the `criterion` nodes) in document order. */
function criteria(framework: Framework): string[] {
  const walk = (nodes: readonly FrameworkNode[]): FrameworkNode[] =>
    nodes.flatMap((node) => [node, ...walk(node.children ?? [])]);
  return walk(framework.nodes)
    .filter((node) => node.kind === "criterion")
    .map((node) => node.id);
}

/** A tier's `nodesMet` list. */
function levelNodes(framework: Framework, tier: string): readonly string[] {
  const found = framework.tiers?.find((candidate) => candidate.id === tier);
  const condition = found?.conditions.find((candidate) => candidate.type === "nodesMet");
  if (condition?.type !== "nodesMet") throw new Error(`tier ${tier} has no nodesMet condition`);
  return condition.nodes;
}

const ADDED = [
  "sc-2.4.11",
  "sc-2.4.12",
  "sc-2.4.13",
  "sc-2.5.7",
  "sc-2.5.8",
  "sc-3.2.6",
  "sc-3.3.7",
  "sc-3.3.8",
  "sc-3.3.9",
];

describe("the WCAG 2.1 and 2.2 fixtures", () => {
  it("parse and lint without any issue", () => {
    expect(lintFramework(wcag21)).toEqual([]);
    expect(lintFramework(wcag22)).toEqual([]);
  });

  it("have 78 and 86 success criteria, in four principles and 13 guidelines", () => {
    expect(criteria(wcag21)).toHaveLength(78);
    expect(criteria(wcag22)).toHaveLength(86);
    expect(new Set(criteria(wcag22)).size).toBe(86);
    for (const framework of [wcag21, wcag22]) {
      expect(framework.nodes.map((node) => node.id)).toEqual(["p-1", "p-2", "p-3", "p-4"]);
      expect(framework.nodes.flatMap((node) => node.children ?? [])).toHaveLength(13);
    }
  });

  it("record each level: A 30 / AA 20 / AAA 28 in 2.1, A 31 / AA 24 / AAA 31 in 2.2", () => {
    const aaa = (framework: Framework): string[] => {
      const lower = new Set([...levelNodes(framework, "a"), ...levelNodes(framework, "aa")]);
      return criteria(framework).filter((id) => !lower.has(id));
    };
    expect([
      levelNodes(wcag21, "a").length,
      levelNodes(wcag21, "aa").length,
      aaa(wcag21).length,
    ]).toEqual([30, 20, 28]);
    expect([
      levelNodes(wcag22, "a").length,
      levelNodes(wcag22, "aa").length,
      aaa(wcag22).length,
    ]).toEqual([31, 24, 31]);
    expect(levelNodes(wcag21, "a")).toContain("sc-4.1.1");
    expect(levelNodes(wcag22, "a")).toEqual(expect.arrayContaining(["sc-3.2.6", "sc-3.3.7"]));
    expect(levelNodes(wcag22, "aa")).toEqual(
      expect.arrayContaining(["sc-2.4.11", "sc-2.5.7", "sc-2.5.8", "sc-3.3.8"]),
    );
    expect(aaa(wcag22)).toEqual(expect.arrayContaining(["sc-2.4.12", "sc-2.4.13", "sc-3.3.9"]));
  });

  it("diffFrameworks reports 4.1.1 removed, the nine added, 2.5.5 renamed and the A and AA lists changed", () => {
    const diff = diffFrameworks(wcag21, wcag22);
    const nodes = (kind: string): (string | undefined)[] =>
      diff.changes.filter((change) => change.kind === kind).map((change) => change.node);
    expect(nodes("node_removed")).toEqual(["sc-4.1.1"]);
    expect(nodes("node_added")).toEqual(ADDED);
    // 2.5.5 "Target Size" (2.1) is "Target Size (Enhanced)" in 2.2, beside the new 2.5.8 (Minimum).
    expect(nodes("node_renamed")).toEqual(["sc-2.5.5"]);
    // The level lists follow; Level AAA ("all met" on top of AA) needs no list, so it does not change.
    expect(
      diff.changes
        .filter((change) => change.kind === "tier_conditions_changed")
        .map((change) => change.tier),
    ).toEqual(["a", "aa"]);
    expect(diff.changes).toHaveLength(1 + 9 + 1 + 2);
    expect(diff.suggestions).toEqual([]);
    expect(diff.issues).toEqual([]);
  });

  it("migrateAssessment of an example 2.1 assessment drops 4.1.1 as removed and lists the nine as missing", () => {
    // Example data: a fictitious site, every 2.1 criterion met except two AAA ones.
    const example: Assessment = parseAssessment({
      framework: { id: "intl-wcag-2.1", version: "2.1" },
      subject: { id: "example-site", name: "Example site (example)" },
      period: { id: "2024", start: "2024-01-01", end: "2024-12-31" },
      example: true,
      note: "Example data, not reported figures.",
      entries: criteria(wcag21).map((node) => ({
        node,
        status: node === "sc-1.2.6" || node === "sc-3.1.5" ? "notMet" : "met",
      })),
    });
    expect(evaluate(wcag21, example).tier).toBe("aa");

    const { assessment: next, report } = migrateAssessment(example, wcag21, wcag22);
    expect(next.framework).toEqual({ id: "intl-wcag-2.2", version: "2.2" });
    expect(report.dropped).toEqual([{ node: "sc-4.1.1", reason: "removed" }]);
    expect([...report.missing].sort()).toEqual([...ADDED].sort());
    expect(report.carried).toHaveLength(77);
    expect(report.issues).toEqual([]);
    // The new A and AA criteria have no verdict yet, so 2.2 cannot grant a level until they are judged.
    const evaluation = evaluate(wcag22, next);
    expect(evaluation.count.unknown).toBe(9);
    expect(evaluation.tier).toBeNull();
  });
});
