import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment, Entry, EntryStatus } from "../../src/assessment/schema.js";
import { add, type Exact, rational } from "../../src/core/exact.js";
import type { Framework } from "../../src/framework/schema.js";
import {
  type ContributionSplit,
  diffEvaluations,
  type EvaluationDiff,
  evaluate,
} from "../../src/index.js";
import { generatedArb } from "./arbitraryFramework.js";
import { assessment, deepFreeze, framework, node } from "./helpers.js";
import { fixtureAssessment, fixtureFramework } from "./loadFixtures.js";

function parseExact(text: string): Exact {
  const [n, d] = text.split("/");
  return rational(BigInt(n ?? "0"), BigInt(d ?? "1"));
}

/** The exact sum of a split's node terms and its rest. */
function sumOf(split: ContributionSplit): Exact {
  let sum: Exact = parseExact(split.rest.exact);
  for (const term of split.nodes) sum = add(sum, parseExact(term.contribution.exact));
  return sum;
}

function expectExactSum(diff: EvaluationDiff): void {
  const c = diff.contributions;
  if (c === null) return;
  expect(sumOf(c.value)).toEqual(parseExact(c.value.total.exact));
  expect(sumOf(c.percent)).toEqual(parseExact(c.percent.total.exact));
}

describe("diffEvaluations on Nghi Hương (Cửa Lò), QĐ 5764, April → November 2023", () => {
  const qd5764 = fixtureFramework("vn-qd5764-2021-22");
  const april = evaluate(qd5764, fixtureAssessment("nghi-huong-2023-04-26-qd5764"));
  const november = evaluate(qd5764, fixtureAssessment("nghi-huong-2023-11-02-qd5764"));
  const diff = diffEvaluations(april, november, qd5764);

  it("names the two criteria lost, with both statuses and both reasons", () => {
    expect(diff.changed).toBe(true);
    expect(diff.issues).toEqual([]);
    expect(diff.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["tc11", ["newlyLost", "statusChanged"]],
      ["tc21", ["newlyLost", "statusChanged"]],
    ]);
    expect(diff.nodes[0]?.status).toEqual({ before: "met", after: "notMet" });
    expect(diff.nodes[0]?.reason).toEqual({
      before: { code: "entry_status", params: { status: "met" } },
      after: { code: "entry_status", params: { status: "notMet" } },
    });
    expect(diff.count.met).toEqual({ before: 20, after: 18, delta: -2 });
    expect(diff.count.applicable).toEqual({ before: 22, after: 22, delta: 0 });
    expect(diff.score.value).toEqual({ before: 20, after: 18, delta: -2 });
  });

  it("splits the change into −1 per lost criterion, adding up exactly, with nothing left over", () => {
    const c = diff.contributions;
    expect(diff.contributionsReason).toBeNull();
    expect(c?.model).toBe("count");
    expect(c?.value.total.exact).toBe("-2");
    expect(c?.value.nodes).toEqual([
      { node: "tc11", contribution: { value: -1, exact: "-1" } },
      { node: "tc21", contribution: { value: -1, exact: "-1" } },
    ]);
    expect(c?.value.rest.exact).toBe("0");
    // 20/22 → 18/22: −100/11 points of percent, −50/11 per criterion.
    expect(c?.percent.total.exact).toBe("-100/11");
    expect(c?.percent.nodes.map((n) => n.contribution.exact)).toEqual(["-50/11", "-50/11"]);
    expect(c?.percent.rest.exact).toBe("0");
    expectExactSum(diff);
  });

  it("read backwards: the same two criteria are won", () => {
    const back = diffEvaluations(november, april, qd5764);
    expect(back.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["tc11", ["newlyMet", "statusChanged"]],
      ["tc21", ["newlyMet", "statusChanged"]],
    ]);
    expect(back.contributions?.value.nodes.map((n) => n.contribution.exact)).toEqual(["1", "1"]);
  });

  it("without the framework the changes are given but not split", () => {
    const bare = diffEvaluations(april, november);
    expect(bare.nodes).toEqual(diff.nodes);
    expect(bare.contributions).toBeNull();
    expect(bare.contributionsReason).toBe("framework_required");
  });
});

describe("diffEvaluations: kinds, tiers, re-weighting", () => {
  const criteria = ["a", "b", "c"].map((id) => node(id, "criterion", { rule: { type: "judged" } }));
  const entries = (statuses: Record<string, EntryStatus>): Entry[] =>
    Object.entries(statuses).map(([id, status]) => ({ node: id, status }));

  it("reports applicability and unknowns both ways, and the tier condition that flipped", () => {
    const fw = framework(criteria, {
      tiers: [{ id: "pass", title: { vi: "Đạt", en: "Pass" }, conditions: [{ type: "allMet" }] }],
    } as Partial<Framework>);
    const before = evaluate(
      fw,
      assessment(entries({ a: "notApplicable", b: "unknown", c: "met" })),
    );
    const after = evaluate(fw, assessment(entries({ a: "met", b: "met", c: "met" })));
    const diff = diffEvaluations(before, after, fw);
    expect(diff.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["a", ["newlyMet", "becameApplicable", "statusChanged"]],
      ["b", ["newlyMet", "unknownResolved", "statusChanged"]],
    ]);
    expect(diff.tier).toEqual({ before: null, after: "pass" });
    expect(diff.tiers).toEqual([
      {
        tier: "pass",
        achieved: { before: false, after: true },
        conditions: [{ index: 0, type: "allMet", before: false, after: true }],
      },
    ]);
    const back = diffEvaluations(after, before, fw);
    expect(back.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["a", ["newlyLost", "becameNotApplicable", "statusChanged"]],
      ["b", ["newlyLost", "unknownAppeared", "statusChanged"]],
    ]);
    expectExactSum(diff);
    expectExactSum(back);
  });

  it("weighted flat: the direct term at the after weights, re-normalisation in one rest term", () => {
    // Weights 1/1/3. Before a, c met and b not met: (1 + 3)/5 = 80. After a not met, b not applicable,
    // c met: 3/4 = 75. Direct: a at its after weight 1/4 loses 100 × 1/4 = 25; rest +20 (b left the mean).
    const fw = framework(
      criteria.map((c, i) => ({ ...c, weight: [1, 1, 3][i] })),
      { scoring: { kind: "weighted", aggregation: "flat" } } as Partial<Framework>,
    );
    const before = evaluate(fw, assessment(entries({ a: "met", b: "notMet", c: "met" })));
    const after = evaluate(fw, assessment(entries({ a: "notMet", b: "notApplicable", c: "met" })));
    const diff = diffEvaluations(before, after, fw);
    expect(diff.score.value).toEqual({ before: 80, after: 75, delta: -5 });
    expect(diff.contributions?.model).toBe("weightedFlat");
    expect(diff.contributions?.value.nodes).toEqual([
      { node: "a", contribution: { value: -25, exact: "-25" } },
    ]);
    expect(diff.contributions?.value.rest.exact).toBe("20");
    expectExactSum(diff);
  });

  it("weighted hierarchical: effective weights down the path", () => {
    // g1 (a, b) and c, weights 1 each. Before a met, b not met, c met: (1/2 + 1)/2 = 75.
    // After b met: (1 + 1)/2 = 100. b's effective weight 1/2 × 1/2 = 1/4 → +25, rest 0.
    const fw = framework(
      [
        node("g1", "group", { children: [criteria[0]!, criteria[1]!] }),
        criteria[2]!,
      ] as Framework["nodes"],
      { scoring: { kind: "weighted", aggregation: "hierarchical" } } as Partial<Framework>,
    );
    const before = evaluate(fw, assessment(entries({ a: "met", b: "notMet", c: "met" })));
    const after = evaluate(fw, assessment(entries({ a: "met", b: "met", c: "met" })));
    const diff = diffEvaluations(before, after, fw);
    expect(diff.contributions?.model).toBe("weightedHierarchical");
    expect(diff.contributions?.value.nodes).toEqual([
      { node: "b", contribution: { value: 25, exact: "25" } },
    ]);
    expect(diff.contributions?.value.rest.exact).toBe("0");
  });

  it("evaluations of two frameworks: an issue, no node changes, no split", () => {
    const fw = framework(criteria);
    const other = framework(criteria, { id: "other" });
    const a = evaluate(fw, assessment(entries({ a: "met" })));
    const b = evaluate(
      other,
      assessment(entries({ a: "notMet" }), { framework: { id: "other", version: "1" } }),
    );
    const diff = diffEvaluations(a, b, fw);
    expect(diff.issues.map((i) => [i.code, i.path])).toEqual([
      ["framework_mismatch", ["after", "framework", "id"]],
    ]);
    expect(diff.issues[0]?.messages.vi).toContain("khác nhau");
    expect(diff.nodes).toEqual([]);
    expect(diff.contributionsReason).toBe("framework_mismatch");
    const wrong = diffEvaluations(a, a, other);
    expect(wrong.issues.map((i) => i.path)).toEqual([["framework", "id"]]);
    expect(wrong.contributions).toBeNull();
  });

  it("xccdf: no split, said so", () => {
    const fw = framework(criteria, {
      scoring: { kind: "xccdf", model: "flat" },
    } as Partial<Framework>);
    const a = evaluate(fw, assessment(entries({ a: "met", b: "met", c: "met" })));
    const b = evaluate(fw, assessment(entries({ a: "notMet", b: "met", c: "met" })));
    const diff = diffEvaluations(a, b, fw);
    expect(diff.contributions).toBeNull();
    expect(diff.contributionsReason).toBe("unsupported_model");
  });
});

const STATUSES: readonly (EntryStatus | undefined)[] = [
  "met",
  "notMet",
  "unknown",
  "notApplicable",
  "error",
  undefined,
];

/** A generated framework and assessment, and a second assessment with some statuses changed. */
const pairArb = generatedArb.chain((generated) =>
  fc
    .array(fc.option(fc.constantFrom(...STATUSES), { nil: null }), {
      minLength: generated.assessment.entries.length,
      maxLength: generated.assessment.entries.length,
    })
    .map((changes) => {
      const entries = generated.assessment.entries.map((entry, i) => {
        const change = changes[i];
        if (change === null) return entry;
        const { status: _status, ...rest } = entry;
        return change === undefined ? rest : { ...rest, status: change };
      });
      const second: Assessment = { ...generated.assessment, entries };
      return { framework: generated.framework, first: generated.assessment, second };
    }),
);

/** The diff read the other way round, for the parts that mirror (not the per-node split). */
function mirrored(diff: EvaluationDiff): unknown {
  const swap = <T extends { before?: unknown; after?: unknown }>(pair: T) => ({
    ...(pair.after !== undefined ? { before: pair.after } : {}),
    ...(pair.before !== undefined ? { after: pair.before } : {}),
  });
  const opposite: Record<string, string> = {
    added: "removed",
    removed: "added",
    newlyMet: "newlyLost",
    newlyLost: "newlyMet",
    becameApplicable: "becameNotApplicable",
    becameNotApplicable: "becameApplicable",
    unknownResolved: "unknownAppeared",
    unknownAppeared: "unknownResolved",
  };
  return {
    changed: diff.changed,
    nodes: diff.nodes.map((n) => ({
      node: n.node,
      kinds: [...n.kinds.map((k) => opposite[k] ?? k)].sort(),
      status: swap(n.status),
      reason: swap(n.reason),
      ...(n.value !== undefined ? { value: swap(n.value) } : {}),
      ...(n.target !== undefined ? { target: swap(n.target) } : {}),
    })),
    count: Object.fromEntries(
      Object.entries(diff.count).map(([k, c]) => [k, { before: c.after, after: c.before }]),
    ),
    tier: swap(diff.tier),
    tiers: diff.tiers
      .map((t) => ({
        tier: t.tier,
        achieved: swap(t.achieved),
        conditions: t.conditions.map((c) => ({ ...c, before: c.after, after: c.before })),
      }))
      .sort((x, y) => (x.tier < y.tier ? -1 : 1)),
    total: diff.contributions?.value.total.exact,
  };
}

function plain(diff: EvaluationDiff): unknown {
  return {
    changed: diff.changed,
    nodes: diff.nodes.map((n) => ({ ...n, kinds: [...n.kinds].sort() })),
    count: Object.fromEntries(
      Object.entries(diff.count).map(([k, c]) => [k, { before: c.before, after: c.after }]),
    ),
    tier: diff.tier,
    tiers: [...diff.tiers].sort((x, y) => (x.tier < y.tier ? -1 : 1)),
    total: diff.contributions?.value.total.exact,
  };
}

function negated(text: string | undefined): string | undefined {
  if (text === undefined || text === "0") return text;
  return text.startsWith("-") ? text.slice(1) : `-${text}`;
}

describe("diffEvaluations properties (fast-check)", () => {
  it("diff(e, e) is empty and every split is zero", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: fw, assessment: a }) => {
        const e = evaluate(deepFreeze(fw), deepFreeze(a));
        const diff = diffEvaluations(e, e, fw);
        expect(diff.changed).toBe(false);
        expect(diff.nodes).toEqual([]);
        expect(diff.tiers).toEqual([]);
        if (diff.contributions !== null) {
          expect(diff.contributions.value.nodes).toEqual([]);
          expect(diff.contributions.value.total.exact).toBe("0");
          expect(diff.contributions.value.rest.exact).toBe("0");
          expect(diff.contributions.percent.rest.exact).toBe("0");
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("diff(a, b) mirrors diff(b, a); contributions add up exactly; count and points leave no rest", () => {
    fc.assert(
      fc.property(pairArb, ({ framework: fw, first, second }) => {
        const a = evaluate(deepFreeze(fw), deepFreeze(first));
        const b = evaluate(fw, deepFreeze(second));
        const ab = diffEvaluations(a, b, fw);
        const ba = diffEvaluations(b, a, fw);
        const m = mirrored(ba) as { total?: string };
        expect({ ...m, total: negated(m.total) }).toEqual(plain(ab));
        expectExactSum(ab);
        expectExactSum(ba);
        const kind = fw.scoring.kind;
        if (ab.contributions !== null && (kind === "count" || kind === "points")) {
          expect(ab.contributions.value.rest.exact).toBe("0");
        }
        if (ab.score.value !== null && kind !== "xccdf") {
          expect(ab.contributions).not.toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("does not depend on entry order or sibling order", () => {
    fc.assert(
      fc.property(pairArb, ({ framework: fw, first, second }) => {
        const diff = diffEvaluations(evaluate(fw, first), evaluate(fw, second), fw);
        const reversed = (x: Assessment): Assessment => ({
          ...x,
          entries: [...x.entries].reverse(),
        });
        const fwReversed: Framework = {
          ...fw,
          nodes: [...fw.nodes]
            .reverse()
            .map((n) =>
              n.children === undefined ? n : { ...n, children: [...n.children].reverse() },
            ),
        };
        const other = diffEvaluations(
          evaluate(fwReversed, reversed(first)),
          evaluate(fwReversed, reversed(second)),
          fwReversed,
        );
        // The engine's reasons name children in framework order (the first failing child, the lists of
        // items), so reasons, and changes of the reason alone, follow sibling order; nothing else does.
        const withoutReasons = (d: EvaluationDiff) => ({
          ...d,
          changed: undefined,
          nodes: d.nodes
            .filter((n) => n.kinds.join() !== "reasonChanged")
            .map(({ reason: _reason, ...rest }) => rest),
        });
        expect(withoutReasons(other)).toEqual(withoutReasons(diff));
        // Entry order alone changes nothing at all.
        expect(
          diffEvaluations(evaluate(fw, reversed(first)), evaluate(fw, reversed(second)), fw),
        ).toEqual(diff);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
