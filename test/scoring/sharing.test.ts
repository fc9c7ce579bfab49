import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import type { Framework } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { stepsToTier } from "../../src/scoring/stepsToTier.js";
import { whatIf } from "../../src/scoring/whatIf.js";

/*
 * Issue 6 item 6: an evaluation shares no mutable object with its inputs. Editing what `evaluate`
 * returned leaves the assessment and the framework as they were, and editing the assessment afterwards
 * leaves the evaluation as it was. Inputs are deliberately not frozen here.
 */

const title = (id: string) => ({ vi: `Mục ${id}`, en: `Item ${id}` });

function makeFramework(): Framework {
  const result = safeParseFramework({
    id: "sharing",
    version: "1",
    status: "draft",
    title: { vi: "Chia sẻ", en: "Sharing" },
    example: true,
    scoring: { kind: "count" },
    nodes: [
      {
        id: "units",
        kind: "criterion",
        title: title("units"),
        value: { type: "tally", categories: ["registered", "recognised"] },
        rule: { type: "share", category: "recognised", comparator: ">=", percent: 70 },
      },
      {
        id: "incidents",
        kind: "criterion",
        title: title("incidents"),
        value: {
          type: "events",
          events: [
            { id: "fire", title: title("fire") },
            { id: "flood", title: title("flood") },
          ],
        },
        rule: { type: "noEvents" },
      },
      {
        id: "opened",
        kind: "criterion",
        title: title("opened"),
        value: { type: "date" },
        rule: { type: "compare", comparator: "<=", target: "2023-06-30" },
      },
    ],
    tiers: [
      {
        id: "dat",
        title: title("dat"),
        conditions: [{ type: "nodesMet", nodes: ["units", "incidents"] }],
      },
    ],
  });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

function makeAssessment(): Assessment {
  return {
    framework: { id: "sharing", version: "1" },
    subject: { id: "x1", kind: "xa" },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    example: true,
    entries: [
      { node: "units", value: { total: 25, counts: { registered: 25, recognised: 16 } } },
      { node: "incidents", value: ["fire"] },
      { node: "opened", value: "2023-05-01" },
    ],
  };
}

const nodeValue = (evaluation: ReturnType<typeof evaluate>, id: string) =>
  evaluation.nodes.find((node) => node.id === id)?.value;

describe("an evaluation shares no mutable object with its inputs", () => {
  it("editing the evaluation's values leaves the assessment as it was", () => {
    const framework = makeFramework();
    const assessment = makeAssessment();
    const original = structuredClone(assessment);
    const evaluation = evaluate(framework, assessment);
    expect(nodeValue(evaluation, "units")).toEqual(original.entries[0]!.value);
    expect(nodeValue(evaluation, "incidents")).toEqual(["fire"]);
    expect(nodeValue(evaluation, "opened")).toBe("2023-05-01");

    const tally = nodeValue(evaluation, "units") as { counts: Record<string, number> };
    tally.counts.recognised = 25;
    (nodeValue(evaluation, "incidents") as string[]).push("flood");
    expect(assessment).toEqual(original);
    // And the next evaluation reads the assessment, not the edited output.
    expect(evaluate(framework, assessment).nodes.map((node) => node.status)).toEqual(
      evaluation.nodes.map((node) => node.status),
    );
  });

  it("editing the assessment afterwards leaves the evaluation as it was", () => {
    const framework = makeFramework();
    const assessment = makeAssessment();
    const evaluation = evaluate(framework, assessment);
    const before = structuredClone(evaluation);
    const tally = assessment.entries[0]!.value as { counts: Record<string, number> };
    tally.counts.recognised = 0;
    (assessment.entries[1]!.value as string[]).length = 0;
    expect(evaluation).toEqual(before);
  });

  it("editing a tier condition's lists leaves the framework as it was", () => {
    const framework = makeFramework();
    const original = structuredClone(framework);
    const evaluation = evaluate(framework, makeAssessment());
    const condition = evaluation.tiers[0]!.conditions[0]!;
    expect(condition.required).toEqual(["units", "incidents"]);
    (condition.required as string[]).push("opened");
    (condition.actual as string[]).push("opened");
    expect(framework).toEqual(original);
    expect(evaluate(framework, makeAssessment()).tiers[0]!.conditions[0]!.required).toEqual([
      "units",
      "incidents",
    ]);
  });

  it("whatIf, summarize and stepsToTier outputs are fresh objects too", () => {
    const framework = makeFramework();
    const assessment = makeAssessment();
    const original = structuredClone(assessment);
    const change = whatIf(framework, assessment, [{ node: "incidents", value: [] }]);
    const summary = compileFramework(framework).summarize(assessment);
    const steps = stepsToTier(framework, assessment, "dat");
    (change.before.count as { met: number }).met = 99;
    (summary.count as { met: number }).met = 99;
    (steps.before.count as { met: number }).met = 99;
    expect(assessment).toEqual(original);
    expect(compileFramework(framework).summarize(assessment).count.met).toBe(1);
    expect(whatIf(framework, assessment, []).before.count.met).toBe(1);
  });
});
