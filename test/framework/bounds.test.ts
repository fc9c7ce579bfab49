import { describe, expect, it } from "vitest";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import {
  type Framework,
  FrameworkSchema,
  LabelsSchema,
  MAX_MAGNITUDE,
  NODE_ID_MAX_LENGTH,
} from "../../src/framework/schema.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import type { Evaluation } from "../../src/scoring/types.js";
import { assessment } from "../scoring/helpers.js";
import { messagesOf } from "../scoring/messagesOf.js";

/*
 * Issue 6 items 3, 7 (labels) and 2 (long ids): magnitudes that overflowed to Infinity or NaN are schema
 * issues now, a `factor` on a non-number is a structural lint error and an evaluation-time error, label
 * keys are language codes, and a huge id is one `too_big` issue rather than a regex stack overflow.
 */

type Input = Record<string, unknown>;

function frameworkInput(nodes: unknown[], scoring: unknown = { kind: "count" }): Input {
  return {
    id: "bounds",
    version: "1",
    status: "draft",
    title: { vi: "Giới hạn", en: "Bounds" },
    example: true,
    scoring,
    nodes,
  };
}

function judged(id: string, extra: Input = {}): Input {
  return { id, kind: "criterion", title: { vi: `Mục ${id}` }, rule: { type: "judged" }, ...extra };
}

/** `code @ path` of each issue; empty when the input parses. */
function issuesOf(input: unknown): string[] {
  const parsed = safeParseFramework(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`);
}

function parsed(input: unknown): Framework {
  const result = safeParseFramework(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

function met(...ids: string[]) {
  return ids.map((node) => ({ node, status: "met" as const }));
}

/** Every number anywhere in the evaluation is finite (NaN and Infinity print as null in JSON). */
function expectFinite(evaluation: Evaluation): void {
  const bad: string[] = [];
  const stack: [unknown, string][] = [[evaluation, ""]];
  while (stack.length > 0) {
    const [value, at] = stack.pop()!;
    if (typeof value === "number" && !Number.isFinite(value)) bad.push(`${at}=${value}`);
    if (typeof value === "string" && /NaN|Infinity/.test(value)) bad.push(`${at}=${value}`);
    if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) stack.push([inner, `${at}.${key}`]);
    }
  }
  expect(bad).toEqual([]);
}

describe("item 3: magnitudes are bounded (points, weights, scales)", () => {
  it("rejects points.max 1e308 (earned was Infinity, percent NaN)", () => {
    const input = frameworkInput(
      [judged("a", { points: { max: 1e308 } }), judged("b", { points: { max: 1e308 } })],
      { kind: "points" },
    );
    expect(issuesOf(input)).toEqual([
      "too_big @ nodes.0.points.max",
      "too_big @ nodes.1.points.max",
    ]);
    const result = safeParseFramework(input);
    expect(result.success ? undefined : result.error.issues[0]!.message).toBe(
      "nodes.0.points.max: above the maximum of 1000000000",
    );
  });

  it("rejects weights of 1e308 and 9e307 (the score was NaN with two met, 0 instead of 50 with one)", () => {
    const input = frameworkInput([judged("a", { weight: 1e308 }), judged("b", { weight: 9e307 })], {
      kind: "weighted",
      aggregation: "flat",
    });
    expect(issuesOf(input)).toEqual(["too_big @ nodes.0.weight", "too_big @ nodes.1.weight"]);
  });

  it("rejects scale 1e-308 (the percent was Infinity) and scales above 1e9", () => {
    expect(
      issuesOf(
        frameworkInput([judged("a", { points: { max: 1 } })], { kind: "points", scale: 1e-308 }),
      ),
    ).toEqual(["too_small @ scoring.scale"]);
    expect(
      issuesOf(
        frameworkInput([judged("a")], { kind: "weighted", aggregation: "flat", scale: 1e10 }),
      ),
    ).toEqual(["too_big @ scoring.scale"]);
  });

  it("rejects XCCDF flat weights of 1e308 (max was Infinity)", () => {
    const input = frameworkInput([judged("a", { weight: 1e308 }), judged("b", { weight: 1e308 })], {
      kind: "xccdf",
      model: "flat",
    });
    expect(issuesOf(input)).toEqual(["too_big @ nodes.0.weight", "too_big @ nodes.1.weight"]);
  });

  it("rejects deductions, bands, floors and variant weights beyond 1e9", () => {
    const input = frameworkInput(
      [
        {
          id: "a",
          kind: "criterion",
          title: { vi: "A" },
          value: { type: "events", events: [{ id: "e", title: { vi: "E" } }] },
          rule: { type: "noEvents" },
          points: { max: 10, deductions: [{ points: 1e10 }], floor: -1e10 },
        },
        {
          id: "b",
          kind: "indicator",
          title: { vi: "B" },
          value: { type: "number" },
          points: { max: 10, earn: { type: "bands", bands: [{ min: 0, points: 2e9 }] } },
        },
      ],
      { kind: "points" },
    );
    expect(issuesOf(input)).toEqual([
      "too_big @ nodes.0.points.deductions.0.points",
      "too_small @ nodes.0.points.floor",
      "too_big @ nodes.1.points.earn.bands.0.points",
    ]);
  });

  it("scores exactly and finitely at the bounds", () => {
    const max = MAX_MAGNITUDE;
    const points = parsed(
      frameworkInput(
        [
          judged("a", { points: { max } }),
          judged("b", { points: { max } }),
          judged("c", { points: { max: 0.1 } }),
        ],
        { kind: "points" },
      ),
    );
    const earned = evaluate(points, assessment(met("a", "b", "c")));
    expectFinite(earned);
    expect(earned.score).toEqual({
      status: "scored",
      value: 2000000000.1,
      max: 2000000000.1,
      percent: 100,
    });

    const weighted = parsed(
      frameworkInput([judged("a", { weight: max }), judged("b", { weight: max })], {
        kind: "weighted",
        aggregation: "flat",
      }),
    );
    const half = evaluate(weighted, assessment([...met("a"), { node: "b", status: "notMet" }]));
    expectFinite(half);
    expect(half.score).toEqual({ status: "scored", value: 50, max: 100, percent: 50 });
    expect(evaluate(weighted, assessment(met("a", "b"))).score).toMatchObject({ value: 100 });

    const xccdf = parsed(
      frameworkInput([judged("a", { weight: max }), judged("b", { weight: max })], {
        kind: "xccdf",
        model: "flat",
      }),
    );
    expect(evaluate(xccdf, assessment(met("a", "b"))).score).toEqual({
      status: "scored",
      value: 2e9,
      max: 2e9,
      percent: 100,
    });

    const tiny = parsed(
      frameworkInput([judged("a", { points: { max } })], { kind: "points", scale: 1e-9 }),
    );
    const scaled = evaluate(tiny, assessment(met("a")));
    expectFinite(scaled);
    expect(scaled.score).toMatchObject({ value: 1e9, max: 1e-9 });
  });
});

describe("item 3: normalisation goalposts are bounded", () => {
  const indicator = (normalize: unknown) => ({
    id: "a",
    kind: "indicator",
    title: { vi: "A" },
    value: { type: "number" },
    normalize,
  });
  const weighted = { kind: "weighted", aggregation: "flat" };

  it("rejects goalposts and distance-to-target bounds beyond ±1e15 (high − low overflowed, the score was lost)", () => {
    expect(
      issuesOf(
        frameworkInput([indicator({ type: "goalposts", low: -1e308, high: 1e308 })], weighted),
      ),
    ).toEqual(["too_small @ nodes.0.normalize.low", "too_big @ nodes.0.normalize.high"]);
    expect(
      issuesOf(
        frameworkInput(
          [indicator({ type: "distanceToTarget", min: -1.7e308, target: 1.7e308, max: 2e15 })],
          weighted,
        ),
      ),
    ).toEqual([
      "too_small @ nodes.0.normalize.min",
      "too_big @ nodes.0.normalize.target",
      "too_big @ nodes.0.normalize.max",
    ]);
  });

  it("normalises correctly at the bounds, even for a huge recorded value", () => {
    const framework = parsed(
      frameworkInput([indicator({ type: "goalposts", low: -1e15, high: 1e15 })], weighted),
    );
    const middle = evaluate(framework, assessment([{ node: "a", value: 0 }]));
    expectFinite(middle);
    expect(middle.nodes[0]!.score).toBe(0.5);
    expect(middle.score).toMatchObject({ value: 50 });
    const huge = evaluate(framework, assessment([{ node: "a", value: 1.7e308 }]));
    expectFinite(huge);
    expect(huge.nodes[0]!.score).toBe(1);
  });
});

describe("item 3: factor on a non-numeric target", () => {
  const booleanFactor = {
    id: "b",
    kind: "criterion",
    title: { vi: "B" },
    value: { type: "boolean" },
    rule: { type: "compare", comparator: "=", target: true, factor: 0.2 },
  };

  it("is a structural error: safeParseFramework refuses it at rule.factor", () => {
    const result = safeParseFramework(frameworkInput([booleanFactor]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      expect.objectContaining({
        code: "factor_not_numeric",
        path: ["nodes", 0, "rule", "factor"],
        severity: "error",
        message:
          "nodes.0.rule.factor: a factor only applies to numeric values, but the node has a boolean value",
      }),
    ]);
  });

  it("is reported for date and ordinal values, and for a literal non-number target in a table", () => {
    const nodes = [
      {
        id: "d",
        kind: "criterion",
        title: { vi: "D" },
        value: { type: "date" },
        rule: { type: "compare", comparator: "<=", target: "2024-01-01", factor: 2 },
      },
      {
        id: "o",
        kind: "criterion",
        title: { vi: "O" },
        value: { type: "ordinal", levels: [{ id: "low" }, { id: "high" }] },
        rule: { type: "compare", comparator: ">=", target: "high", factor: 1.1 },
      },
      {
        id: "n",
        kind: "criterion",
        title: { vi: "N" },
        rule: {
          type: "compare",
          comparator: ">=",
          target: { cases: [{ year: 2023, value: 5 }], default: true },
          factor: 1.1,
        },
      },
    ];
    const lint = lintFramework(FrameworkSchema.parse(frameworkInput(nodes)));
    expect(
      lint
        .filter((issue) => issue.code === "factor_not_numeric")
        .map((issue) => issue.path.join(".")),
    ).toEqual(["nodes.0.rule.factor", "nodes.1.rule.factor", "nodes.2.rule.factor"]);
    expect(lint.find((issue) => issue.path.join(".") === "nodes.2.rule.factor")?.message).toBe(
      "nodes.2.rule.factor: a factor can only multiply a numeric target, not true (at nodes.2.rule.target.default)",
    );
  });

  it("is not reported on a numeric value with a numeric target", () => {
    const numeric = {
      id: "n",
      kind: "indicator",
      title: { vi: "N" },
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: 58, factor: 1.1 },
    };
    expect(issuesOf(frameworkInput([numeric]))).toEqual([]);
  });

  it("evaluates to error (not_comparable), never a NaN threshold, on a framework built directly", () => {
    const framework = frameworkInput([booleanFactor]) as unknown as Framework;
    const evaluation = evaluate(framework, assessment([{ node: "b", value: true }]));
    expectFinite(evaluation);
    expect(evaluation.nodes[0]).toMatchObject({
      status: "error",
      reason: { code: "not_comparable" },
    });
    expect(messagesOf(evaluation.nodes[0]!.reason).en).not.toMatch(/NaN/);
  });

  it("evaluates to error when a boolean reference target meets a factor", () => {
    const framework = parsed({
      ...frameworkInput([
        {
          id: "n",
          kind: "indicator",
          title: { vi: "N" },
          value: { type: "number" },
          rule: { type: "compare", comparator: ">=", target: { ref: "t" }, factor: 1.1 },
        },
      ]),
      references: { t: true },
    });
    const evaluation = evaluate(framework, assessment([{ node: "n", value: 3 }]));
    expectFinite(evaluation);
    expect(evaluation.nodes[0]).toMatchObject({
      status: "error",
      reason: { code: "not_comparable" },
    });
  });

  it("evaluates to error when factor × target overflows a double", () => {
    const framework = parsed(
      frameworkInput([
        {
          id: "n",
          kind: "indicator",
          title: { vi: "N" },
          value: { type: "number" },
          rule: { type: "compare", comparator: "<=", target: 1e308, factor: 10 },
        },
      ]),
    );
    const evaluation = evaluate(framework, assessment([{ node: "n", value: 3 }]));
    expectFinite(evaluation);
    expect(evaluation.nodes[0]).toMatchObject({
      status: "error",
      reason: { code: "not_comparable" },
    });
  });
});

describe("item 7: label keys are language codes", () => {
  it("rejects constructor, prototype, foo_bar_baz and upper case, at the key's path", () => {
    const input = frameworkInput([
      judged("a", { title: { vi: "A", constructor: "x", prototype: "y" } }),
      judged("b", { title: { foo_bar_baz: "z" }, description: { VI: "w" } }),
    ]);
    expect(issuesOf(input)).toEqual([
      "invalid_language @ nodes.0.title.constructor",
      "invalid_language @ nodes.0.title.prototype",
      "invalid_language @ nodes.1.title.foo_bar_baz",
      "invalid_language @ nodes.1.description.VI",
    ]);
    const result = safeParseFramework(input);
    expect(result.success ? undefined : result.error.issues[0]!.messages).toEqual({
      vi: 'nodes.0.title.constructor: mã ngôn ngữ không hợp lệ; dùng 2–3 chữ cái ASCII thường (ví dụ "vi", "en")',
      en: 'nodes.0.title.constructor: invalid language code; use 2–3 lowercase ASCII letters (e.g. "vi", "en")',
    });
  });

  it("accepts two- and three-letter codes and still needs one label", () => {
    expect(LabelsSchema.safeParse({ vi: "A", en: "A", ede: "A" }).success).toBe(true);
    expect(issuesOf(frameworkInput([judged("a", { title: {} })]))).toEqual([
      "empty_labels @ nodes.0.title",
    ]);
    expect(issuesOf({ ...frameworkInput([judged("a")]), languages: ["vi", "EN"] })).toEqual([
      "invalid_language @ languages.1",
    ]);
  });
});

describe("item 2: ids have a maximum length, checked before the pattern", () => {
  it("reports a malformed evaluation window once (the day check does not run on a non-MM-DD string)", () => {
    const input = {
      ...frameworkInput([judged("a")]),
      subjectKinds: [
        { id: "k", title: { vi: "K" }, window: { start: "1".repeat(100_000), end: "11-15" } },
      ],
    };
    expect(issuesOf(input)).toEqual(["invalid_format @ subjectKinds.0.window.start"]);
  });

  it("gives one too_big issue at the id's path for a 10 MB invalid id, not too_deep", () => {
    const id = `${"a.".repeat(5_000_000)}!`;
    const result = safeParseFramework(frameworkInput([judged(id)]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(
      result.error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message]),
    ).toEqual([
      ["too_big", "nodes.0.id", `nodes.0.id: longer than ${NODE_ID_MAX_LENGTH} characters`],
    ]);
  });

  it("accepts an id of exactly the maximum length and refuses one more character", () => {
    expect(issuesOf(frameworkInput([judged("a".repeat(NODE_ID_MAX_LENGTH))]))).toEqual([]);
    expect(issuesOf(frameworkInput([judged("a".repeat(NODE_ID_MAX_LENGTH + 1))]))).toEqual([
      "too_big @ nodes.0.id",
    ]);
  });
});
