import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  checkAssessment,
  safeParseAssessment,
} from "../../../src/assessment/index.js";
import {
  type Framework,
  type FrameworkNode,
  lintFramework,
  safeParseFramework,
} from "../../../src/framework/index.js";
import { normalizeValue } from "../../../src/scoring/models/normalize.js";
import { score } from "../../../src/scoring/models/score.js";
import type { Count, NodeResult, NodeStatus, Score } from "../../../src/scoring/types.js";
import { deepFreeze, makeResult } from "./modelInput.js";

const NAMES = [
  "intl-xccdf-example-benchmark",
  "intl-leed-v4-bdc-style",
  "intl-lighthouse-performance",
  "intl-scorecard",
] as const;

function load(name: (typeof NAMES)[number]): { framework: Framework; assessment: Assessment } {
  const root = new URL("../../../fixtures/", import.meta.url);
  const framework = safeParseFramework(
    JSON.parse(readFileSync(new URL(`frameworks/${name}.json`, root), "utf8")),
  );
  const assessment = safeParseAssessment(
    JSON.parse(readFileSync(new URL(`assessments/${name}-example.json`, root), "utf8")),
  );
  if (!framework.success) throw new Error(JSON.stringify(framework.error.issues, null, 1));
  if (!assessment.success) throw new Error(JSON.stringify(assessment.error.issues, null, 1));
  return deepFreeze({ framework: framework.data, assessment: assessment.data });
}

function leaves(nodes: readonly FrameworkNode[]): FrameworkNode[] {
  return nodes.flatMap((n) =>
    n.children !== undefined && n.children.length > 0 ? leaves(n.children) : [n],
  );
}

/**
 * A stand-in for the engine on these fixtures only: entry statuses as given, numeric values judged by
 * their `>=` compare rule and scored by their normalisation.
 */
function handResults(framework: Framework, assessment: Assessment): NodeResult[] {
  const references = framework.references ?? {};
  return leaves(framework.nodes).flatMap((node) => {
    const entry = assessment.entries.find((e) => e.node === node.id);
    if (entry === undefined) return [makeResult(node.id, "unknown")];
    if (entry.status !== undefined) return [makeResult(node.id, entry.status)];
    if (typeof entry.value !== "number" || node.rule?.type !== "compare") return [];
    const target = node.rule.target;
    const threshold =
      typeof target === "object" && "ref" in target ? references[target.ref] : target;
    const status: NodeStatus = entry.value >= Number(threshold) ? "met" : "notMet";
    const s = node.normalize === undefined ? null : normalizeValue(node.normalize, entry.value);
    return [makeResult(node.id, status, s)];
  });
}

const NO_COUNT: Count = {
  met: 0,
  notMet: 0,
  notApplicable: 0,
  unknown: 0,
  error: 0,
  applicable: 0,
  total: 0,
};

function handScore(name: (typeof NAMES)[number]): Score {
  const { framework, assessment } = load(name);
  const results = handResults(framework, assessment);
  return score({
    framework,
    assessment,
    results: new Map(results.map((r) => [r.id, r])),
    count: NO_COUNT,
  });
}

describe("the international fixtures", () => {
  for (const name of NAMES) {
    it(`${name} parses, lints without errors, and its example assessment checks clean`, () => {
      const { framework, assessment } = load(name);
      expect(lintFramework(framework).filter((issue) => issue.severity === "error")).toEqual([]);
      expect(
        checkAssessment(assessment, framework).filter((issue) => issue.severity === "error"),
      ).toEqual([]);
      expect(assessment.example).toBe(true);
      expect(framework.source?.document).toBeTruthy();
    });
  }

  it("lists the 20 Scorecard checks with the risk weights of checks.yaml", () => {
    const { framework } = load("intl-scorecard");
    const byRisk: Record<string, string[]> = {};
    for (const node of framework.nodes) {
      const key = `${node.severity}:${node.weight}`;
      byRisk[key] = [...(byRisk[key] ?? []), node.id];
    }
    expect(byRisk).toEqual({
      "Critical:10": ["Dangerous-Workflow", "Webhooks"],
      "High:7.5": [
        "Maintained",
        "Dependency-Update-Tool",
        "Binary-Artifacts",
        "Branch-Protection",
        "Code-Review",
        "Signed-Releases",
        "Token-Permissions",
        "Vulnerabilities",
      ],
      "Medium:5": [
        "Fuzzing",
        "Packaging",
        "Pinned-Dependencies",
        "SAST",
        "SBOM",
        "Security-Policy",
      ],
      "Low:2.5": ["CI-Tests", "CII-Best-Practices", "Contributors", "License"],
    });
  });

  it("gives the LEED-style categories the base of 100 and the bonus groups 6 and 4", () => {
    const { framework } = load("intl-leed-v4-bdc-style");
    const maxima = Object.fromEntries(
      framework.nodes.map((n) => [n.id, [n.points?.max, n.points?.bonus ?? false]]),
    );
    expect(maxima).toEqual({
      IP: [1, false],
      LT: [16, false],
      SS: [10, false],
      WE: [11, false],
      EA: [33, false],
      MR: [13, false],
      EQ: [16, false],
      IN: [6, true],
      RP: [4, true],
    });
    expect(framework.tiers?.map((t) => [t.id, t.conditions])).toEqual(
      [
        ["certified", 40],
        ["silver", 50],
        ["gold", 60],
        ["platinum", 80],
      ].map(([id, points]) => [id, [{ type: "minPoints", points }, { type: "mandatoryMet" }]]),
    );
  });

  it("scores the XCCDF example benchmark 34.722222 with the default model (625/18)", () => {
    const result = handScore("intl-xccdf-example-benchmark");
    expect(result).toMatchObject({ status: "scored", max: 100 });
    expect(result.status === "scored" && result.value).toBeCloseTo(625 / 18, 12);
  });

  it("scores the Lighthouse example 0.851 → 85", () => {
    expect(handScore("intl-lighthouse-performance")).toEqual({
      status: "scored",
      value: 85,
      max: 100,
      percent: 85,
    });
  });

  it("scores the Scorecard example 660 / 97.5 with the three inconclusive checks dropped", () => {
    const result = handScore("intl-scorecard");
    expect(result).toMatchObject({ status: "scored", max: 10 });
    expect(result.status === "scored" && result.value).toBeCloseTo(660 / 97.5, 12);
  });
});
