// diffEvaluations on the Cửa Lò wards (issue 8, "Done when"): every ward with an April and a December
// 2023 assessment against one framework (QĐ 9745 and QĐ 5764, fixtures/assessments/index.json).
// THE DECEMBER 2023 ASSESSMENTS ARE EXAMPLE DATA ("example": true in index.json), not reported figures;
// of the April ones only Nghi Hương's are reported counts (and which of its criteria are unmet is
// example data too). The test checks what diffEvaluations does with them, not what the wards did.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import { add, type Exact, rational, sub } from "../../src/core/exact.js";
import { type ContributionSplit, diffEvaluations } from "../../src/scoring/diffEvaluations.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { fixtureAssessment, fixtureFramework } from "./loadFixtures.js";

interface Row {
  readonly file: string;
  readonly framework: string;
  readonly example: boolean;
}

const manifest = JSON.parse(readFileSync("fixtures/assessments/index.json", "utf8")) as {
  readonly assessments: readonly Row[];
};

interface Pair {
  readonly ward: string;
  readonly framework: string;
  readonly april: Row;
  readonly december: Row;
}

const name = (row: Row): string => row.file.replace(/\.json$/, "");
const frameworkName = (row: Row): string =>
  row.framework.replace(/^\.\.\/frameworks\//, "").replace(/\.json$/, "");

/** The ward × framework pairs with an April 2023 and a December 2023 assessment. */
const pairs: Pair[] = manifest.assessments.flatMap((april) => {
  const a = fixtureAssessment(name(april));
  if (a.subject.parent !== "cua-lo" || a.period.id !== "2023-04") return [];
  return manifest.assessments
    .filter((december) => december.framework === april.framework)
    .filter((december) => {
      const d = fixtureAssessment(name(december));
      return d.subject.id === a.subject.id && d.period.id === "2023-12";
    })
    .map((december) => ({
      ward: a.subject.id,
      framework: frameworkName(april),
      april,
      december,
    }));
});

function parseExact(text: string): Exact {
  const [n, d] = text.split("/");
  return rational(BigInt(n ?? "0"), BigInt(d ?? "1"));
}

function sumOf(split: ContributionSplit): Exact {
  let sum: Exact = parseExact(split.rest.exact);
  for (const term of split.nodes) sum = add(sum, parseExact(term.contribution.exact));
  return sum;
}

/** The node ids an assessment records as met. */
function metIds(assessment: Assessment): Set<string> {
  return new Set(assessment.entries.filter((e) => e.status === "met").map((e) => e.node));
}

describe("diffEvaluations on the Cửa Lò wards, April → December 2023 (December: example data)", () => {
  it("finds the seven wards on both frameworks, and every December assessment is example data", () => {
    expect(pairs.map((pair) => `${pair.framework} ${pair.ward}`).sort()).toEqual(
      ["nghi-hai", "nghi-hoa", "nghi-huong", "nghi-tan", "nghi-thu", "nghi-thuy", "thu-thuy"]
        .flatMap((ward) => [`vn-qd5764-2021-22 ${ward}`, `vn-qd9745-2022-34 ${ward}`])
        .sort(),
    );
    for (const pair of pairs) expect(pair.december.example).toBe(true);
  });

  for (const pair of pairs) {
    it(`${pair.framework}, ${pair.ward}: names the criteria won and lost, and the contributions sum to the change`, () => {
      const framework = fixtureFramework(pair.framework);
      const april = fixtureAssessment(name(pair.april));
      const december = fixtureAssessment(name(pair.december));
      const before = evaluate(framework, april);
      const after = evaluate(framework, december);
      const diff = diffEvaluations(before, after, framework);

      // Won and lost, computed independently from the entries (all criteria are judged verdicts).
      const metBefore = metIds(april);
      const metAfter = metIds(december);
      const won = [...metAfter].filter((id) => !metBefore.has(id)).sort();
      const lost = [...metBefore].filter((id) => !metAfter.has(id)).sort();
      const of = (kind: "newlyMet" | "newlyLost"): string[] =>
        diff.nodes.filter((n) => n.kinds.includes(kind)).map((n) => n.node);
      expect(of("newlyMet")).toEqual(won);
      expect(of("newlyLost")).toEqual(lost);
      expect(diff.changed).toBe(won.length + lost.length > 0);

      // The count model: each criterion won is +1, each lost −1, and nothing is left for `rest`.
      const c = diff.contributions;
      if (c === null) throw new Error(`no contributions: ${diff.contributionsReason}`);
      expect(c.model).toBe("count");
      const signed = [...won.map((node) => [node, "1"]), ...lost.map((node) => [node, "-1"])].sort(
        (x, y) => (x[0]! < y[0]! ? -1 : 1),
      );
      expect(c.value.nodes.map((n) => [n.node, n.contribution.exact])).toEqual(signed);
      expect(c.value.rest.exact).toBe("0");
      expect(parseExact(c.value.total.exact)).toEqual(
        rational(BigInt(won.length - lost.length), 1n),
      );

      // The exact terms add up to the total, for the value and for the percent.
      expect(sumOf(c.value)).toEqual(parseExact(c.value.total.exact));
      expect(sumOf(c.percent)).toEqual(parseExact(c.percent.total.exact));
      // The percent total is 100 × (met after / applicable after − met before / applicable before).
      const percent = (met: number, applicable: number): Exact =>
        rational(BigInt(100 * met), BigInt(applicable));
      expect(parseExact(c.percent.total.exact)).toEqual(
        sub(
          percent(after.count.met, after.count.applicable),
          percent(before.count.met, before.count.applicable),
        ),
      );
      expect(diff.count.met.delta).toBe(won.length - lost.length);
    });
  }

  // No ward both wins and loses criteria in these fixtures: the pins cover a loss, a gain and no change.
  const diffOf = (frameworkId: string, april: string, december: string) => {
    const framework = fixtureFramework(frameworkId);
    return diffEvaluations(
      evaluate(framework, fixtureAssessment(april)),
      evaluate(framework, fixtureAssessment(december)),
      framework,
    );
  };

  it("pins Nghi Hương on QĐ 5764: 20/22 → 18/22, tc11 and tc21 lost, −50/11 points of percent each", () => {
    const diff = diffOf(
      "vn-qd5764-2021-22",
      "nghi-huong-2023-04-26-qd5764",
      "nghi-huong-2023-12-qd5764",
    );
    expect(diff.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["tc11", ["newlyLost", "statusChanged"]],
      ["tc21", ["newlyLost", "statusChanged"]],
    ]);
    expect(diff.score.value).toEqual({ before: 20, after: 18, delta: -2 });
    expect(diff.contributions?.value.total.exact).toBe("-2");
    expect(diff.contributions?.percent.total.exact).toBe("-100/11");
    expect(diff.contributions?.percent.nodes.map((n) => [n.node, n.contribution.exact])).toEqual([
      ["tc11", "-50/11"],
      ["tc21", "-50/11"],
    ]);
    expect(diff.contributions?.percent.rest.exact).toBe("0");
  });

  it("pins Nghi Thu on QĐ 5764: 15/22 → 19/22, tc11, tc18, tc2 and tc21 won", () => {
    const diff = diffOf("vn-qd5764-2021-22", "nghi-thu-2023-04-qd5764", "nghi-thu-2023-12-qd5764");
    expect(diff.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["tc11", ["newlyMet", "statusChanged"]],
      ["tc18", ["newlyMet", "statusChanged"]],
      ["tc2", ["newlyMet", "statusChanged"]],
      ["tc21", ["newlyMet", "statusChanged"]],
    ]);
    expect(diff.score.value).toEqual({ before: 15, after: 19, delta: 4 });
    expect(diff.contributions?.value.nodes.map((n) => n.contribution.exact)).toEqual([
      "1",
      "1",
      "1",
      "1",
    ]);
    expect(diff.contributions?.percent.total.exact).toBe("200/11");
    expect(diff.contributions?.percent.nodes.map((n) => n.contribution.exact)).toEqual([
      "50/11",
      "50/11",
      "50/11",
      "50/11",
    ]);
  });

  it("pins Nghi Hương on QĐ 9745: 31/34 in April (reported), 33/34 in December (example): tc9 and tc17 won", () => {
    const diff = diffOf(
      "vn-qd9745-2022-34",
      "nghi-huong-2023-04-26-qd9745",
      "nghi-huong-2023-12-qd9745",
    );
    expect(diff.changed).toBe(true);
    expect(diff.nodes.map((n) => [n.node, n.kinds])).toEqual([
      ["tc17", ["newlyMet", "statusChanged"]],
      ["tc9", ["newlyMet", "statusChanged"]],
    ]);
    expect(diff.count.met).toEqual({ before: 31, after: 33, delta: 2 });
  });
});
