import { describe, expect, it } from "vitest";
import type { Entry } from "../../../src/assessment/schema.js";
import type { FrameworkNode, Target } from "../../../src/framework/schema.js";
import { evaluate } from "../../../src/scoring/evaluate.js";
import type { EvaluationContext, NodeResult } from "../../../src/scoring/types.js";
import { assessment, deepFreeze, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

const statusOf = (results: readonly NodeResult[], id: string): NodeResult =>
  results.find((result) => result.id === id)!;

/** Evaluates one indicator node with one entry and returns its result. */
function judge(
  indicator: FrameworkNode,
  entry: Omit<Entry, "node"> | undefined,
  options: {
    context?: EvaluationContext;
    extra?: Parameters<typeof framework>[1];
    subject?: Record<string, string>;
    periodEnd?: string;
  } = {},
): NodeResult {
  const f = framework([indicator], options.extra);
  const a = assessment(entry === undefined ? [] : [{ node: indicator.id, ...entry }], {
    subject: { id: "x1", kind: "xa", ...options.subject },
    period: { id: "p", start: "2000-01-01", end: options.periodEnd ?? "2023-11-15" },
  });
  return statusOf(
    evaluate(f, a, options.context && deepFreeze(options.context)).nodes,
    indicator.id,
  );
}

const compare = (
  target: Target,
  comparator: ">=" | "<=" | "=" | ">" | "<" | "!=",
  factor?: number,
) =>
  ({ type: "compare", comparator, target, ...(factor === undefined ? {} : { factor }) }) as const;

describe("compare: numbers are compared exactly", () => {
  it("meets a threshold of 0.1 × 3 with a value of 0.3, where floating point gives 0.30000000000000004", () => {
    const indicator = node("r", "indicator", {
      value: { type: "number" },
      rule: compare(0.1, ">=", 3),
    });
    expect(judge(indicator, { value: 0.3 }).status).toBe("met");
    const equal = node("r", "indicator", { value: { type: "number" }, rule: compare(0.1, "=", 3) });
    expect(judge(equal, { value: 0.3 }).status).toBe("met");
    const strictly = node("r", "indicator", {
      value: { type: "number" },
      rule: compare(0.1, ">", 3),
    });
    expect(judge(strictly, { value: 0.3 }).status).toBe("notMet");
  });

  it("meets a percent threshold of 0.3 with the value 0.3", () => {
    const indicator = node("r", "indicator", {
      value: { type: "percent" },
      rule: compare(0.3, ">="),
    });
    expect(judge(indicator, { value: 0.3 }).status).toBe("met");
    expect(judge(indicator, { value: 0.29999999999999 }).status).toBe("notMet");
  });

  it("meets income ≥ 1.10 × the threshold in force at exactly 1.1 × 58 = 63.8 (QĐ 319)", () => {
    // Example threshold 58 (million VND): 1.1 * 58 is 63.800000000000004 in floating point.
    const indicator = node("income", "indicator", {
      value: { type: "number", unit: "triệu đồng/người/năm" },
      rule: compare({ ref: "ntmncIncome" }, ">=", 1.1),
    });
    const extra = { references: { ntmncIncome: 58 } };
    const met = judge(indicator, { value: 63.8 }, { extra });
    expect(met.status).toBe("met");
    expect(met.target).toBe(58);
    expect(met.reason.params).toMatchObject({ factor: 1.1, threshold: 63.8 });
    expect(messagesOf(met.reason).en).toBe(
      "63.8 triệu đồng/người/năm satisfies ≥ 1.1 × 58 = 63.8 triệu đồng/người/năm",
    );
    expect(messagesOf(met.reason).vi).toBe(
      "63,8 triệu đồng/người/năm đạt ≥ 1,1 × 58 = 63,8 triệu đồng/người/năm",
    );
    expect(judge(indicator, { value: 63.79 }, { extra }).status).toBe("notMet");
  });

  it("prefers a reference given in the context over the framework's", () => {
    const indicator = node("income", "indicator", {
      value: { type: "number" },
      rule: compare({ ref: "ntmncIncome" }, ">=", 1.1),
    });
    const result = judge(
      indicator,
      { value: 63.8 },
      {
        extra: { references: { ntmncIncome: 58 } },
        context: { references: { ntmncIncome: 60 } },
      },
    );
    expect(result.status).toBe("notMet");
    expect(result.target).toBe(60);
  });

  it("is unknown with missing_context when a reference is nowhere", () => {
    const indicator = node("income", "indicator", {
      value: { type: "number" },
      rule: compare({ ref: "ntmncIncome" }, ">=", 1.1),
    });
    const result = judge(indicator, { value: 70 });
    expect(result.status).toBe("unknown");
    expect(result.reason).toMatchObject({
      code: "missing_context",
      params: { context: "references.ntmncIncome" },
    });
  });
});

describe("compare: baseline and previous period", () => {
  // QĐ 926/QĐ-TTg: social-order crime cases at least 5 % fewer than in 2019.
  const crime = node("crime", "indicator", {
    value: { type: "count", unit: "vụ" },
    rule: compare({ baseline: "2019" }, "<=", 0.95),
  });
  const baseline2019 = assessment([{ node: "crime", value: 100 }], {
    period: { id: "2019", start: "2019-01-01", end: "2019-12-31" },
  });

  it("passes with 95 cases against 100 in 2019 and fails with 96", () => {
    const context = { baselines: { "2019": baseline2019 } };
    expect(judge(crime, { value: 95 }, { context }).status).toBe("met");
    const failed = judge(crime, { value: 96 }, { context });
    expect(failed.status).toBe("notMet");
    expect(failed.target).toBe(100);
    expect(messagesOf(failed.reason).en).toBe("96 vụ does not satisfy ≤ 0.95 × 100 = 95 vụ");
  });

  it("is unknown with missing_context naming the baseline when it is not given", () => {
    const result = judge(crime, { value: 95 });
    expect(result.status).toBe("unknown");
    expect(result.reason.code).toBe("missing_context");
    expect(result.reason.params).toEqual({ context: "baselines.2019" });
    expect(messagesOf(result.reason).en).toContain('context.baselines["2019"]');
  });

  it("is unknown when the baseline has no value for the node", () => {
    const empty = assessment([], {
      period: { id: "2019", start: "2019-01-01", end: "2019-12-31" },
    });
    const result = judge(crime, { value: 95 }, { context: { baselines: { "2019": empty } } });
    expect(result.reason).toMatchObject({
      code: "missing_context",
      params: { context: "baselines.2019", node: "crime" },
    });
  });

  // Mường Chà 2014 Tiêu chí 4: "kiềm chế, làm giảm … so với năm trước".
  const mustDecrease = node("accidents", "indicator", {
    value: { type: "count" },
    rule: compare({ previous: true }, "<"),
  });
  const previous = assessment([{ node: "accidents", value: 7 }]);

  it("requires fewer cases than the previous period", () => {
    expect(judge(mustDecrease, { value: 6 }, { context: { previous } }).status).toBe("met");
    expect(judge(mustDecrease, { value: 7 }, { context: { previous } }).status).toBe("notMet");
    const notIncrease = node("accidents", "indicator", {
      value: { type: "count" },
      rule: compare({ previous: true }, "<="),
    });
    expect(judge(notIncrease, { value: 7 }, { context: { previous } }).status).toBe("met");
  });

  it("is unknown with missing_context without the previous period", () => {
    expect(judge(mustDecrease, { value: 6 }).reason).toMatchObject({
      code: "missing_context",
      params: { context: "previous" },
    });
  });
});

describe("compare: targets by region, class, year and kind", () => {
  // BNN&PTNT 2014 guidance: income 21 M (2013) → 23 M (2014) nationally, TDMN phía Bắc 14 / 16.
  const income = node("10.1", "indicator", {
    value: { type: "number", unit: "triệu đồng/người/năm" },
    rule: compare(
      {
        cases: [
          { year: 2013, value: 21 },
          { year: 2014, value: 23 },
          { region: "tdmnpb", year: 2013, value: 14 },
          { region: "tdmnpb", year: 2014, value: 16 },
        ],
      },
      ">=",
    ),
  });
  const classes = {
    regions: [
      { id: "tdmnpb", title: { vi: "Trung du miền núi phía Bắc" } },
      { id: "dbsh", title: { vi: "Đồng bằng sông Hồng" } },
    ],
    classes: [{ id: "dbkk", title: { vi: "Xã đặc biệt khó khăn" }, useRegion: "tdmnpb" }],
  };

  it("uses the national row for the evaluation year", () => {
    const in2013 = judge(
      income,
      { value: 22 },
      { subject: { region: "dbsh" }, periodEnd: "2013-12-31", extra: classes },
    );
    expect(in2013).toMatchObject({ status: "met", target: 21 });
    const in2014 = judge(
      income,
      { value: 22 },
      { subject: { region: "dbsh" }, periodEnd: "2014-12-31", extra: classes },
    );
    expect(in2014).toMatchObject({ status: "notMet", target: 23 });
  });

  it("uses the region's row when it has one (TDMN phía Bắc 14 in 2013, 16 in 2014)", () => {
    const result = judge(
      income,
      { value: 15 },
      { subject: { region: "tdmnpb" }, periodEnd: "2014-12-31", extra: classes },
    );
    expect(result).toMatchObject({ status: "notMet", target: 16 });
    const earlier = judge(
      income,
      { value: 15 },
      { subject: { region: "tdmnpb" }, periodEnd: "2013-12-31", extra: classes },
    );
    expect(earlier).toMatchObject({ status: "met", target: 14 });
  });

  it("takes the year from context.date before the period's end", () => {
    const result = judge(
      income,
      { value: 22 },
      {
        subject: { region: "dbsh" },
        periodEnd: "2014-12-31",
        context: { date: "2013-06-01" },
        extra: classes,
      },
    );
    expect(result).toMatchObject({ status: "met", target: 21 });
  });

  it("applies the class's useRegion: a xã đặc biệt khó khăn in the Red River delta uses TDMN phía Bắc (QĐ 318 Điều 1)", () => {
    const result = judge(
      income,
      { value: 16 },
      {
        subject: { region: "dbsh", class: "dbkk" },
        periodEnd: "2014-12-31",
        extra: classes,
      },
    );
    expect(result).toMatchObject({ status: "met", target: 16 });
  });

  it("lets context.subject override the subject's class", () => {
    const result = judge(
      income,
      { value: 16 },
      {
        subject: { region: "dbsh" },
        periodEnd: "2014-12-31",
        context: { subject: { class: "dbkk" } },
        extra: classes,
      },
    );
    expect(result.target).toBe(16);
  });

  it("is unknown with no_target when no row applies and there is no default", () => {
    const result = judge(
      income,
      { value: 30 },
      { subject: { region: "dbsh" }, periodEnd: "2015-12-31", extra: classes },
    );
    expect(result.status).toBe("unknown");
    expect(result.reason.code).toBe("no_target");
  });

  it("is unknown with missing_context instead of guessing when the subject has no region", () => {
    const result = judge(income, { value: 30 }, { periodEnd: "2015-12-31", extra: classes });
    expect(result.reason).toMatchObject({
      code: "missing_context",
      params: { context: "subject.region" },
    });
  });

  it("uses the default when no row matches", () => {
    const water = node("17.1", "indicator", {
      value: { type: "percent" },
      rule: compare({ default: 20, cases: [{ region: "dbsh", value: 55 }] }, ">="),
    });
    expect(judge(water, { value: 30 }, { subject: { region: "tdmnpb" } })).toMatchObject({
      status: "met",
      target: 20,
    });
    expect(judge(water, { value: 30 }, { subject: { region: "dbsh" } })).toMatchObject({
      status: "notMet",
      target: 55,
    });
  });

  it("picks a target by subject kind (a ward and a district read different rows)", () => {
    const satisfied = node("satisfied", "indicator", {
      value: { type: "percent" },
      rule: compare(
        {
          cases: [
            { kind: "phuong", value: 90 },
            { kind: "quan", value: 95 },
          ],
        },
        ">=",
      ),
    });
    expect(judge(satisfied, { value: 92 }, { subject: { kind: "phuong" } }).status).toBe("met");
    expect(judge(satisfied, { value: 92 }, { subject: { kind: "quan" } }).status).toBe("notMet");
  });

  it("prefers the row with more matching keys", () => {
    const indicator = node("r", "indicator", {
      value: { type: "number" },
      rule: compare(
        {
          cases: [
            { class: "dbkk", value: 1 },
            { region: "dbsh", year: 2023, value: 2 },
            { class: "dbkk", year: 2023, value: 3 },
          ],
        },
        ">=",
      ),
    });
    expect(
      judge(indicator, { value: 0 }, { subject: { region: "dbsh", class: "dbkk" } }).target,
    ).toBe(3);
  });
});

describe("compare: other value types", () => {
  it("compares booleans", () => {
    const indicator = node("b", "indicator", {
      value: { type: "boolean" },
      rule: compare(true, "="),
    });
    expect(judge(indicator, { value: true }).status).toBe("met");
    expect(judge(indicator, { value: false }).status).toBe("notMet");
    const none = node("b", "indicator", { value: { type: "boolean" }, rule: compare(false, "=") });
    expect(messagesOf(judge(none, { value: false }).reason)).toEqual({
      vi: 'giá trị "không" đạt = "không"',
      en: 'value "no" satisfies = "no"',
    });
  });

  it("compares ordinal levels by their position", () => {
    const indicator = node("o", "indicator", {
      value: {
        type: "ordinal",
        levels: [{ id: "trung_binh" }, { id: "kha" }, { id: "xuat_sac" }],
      },
      rule: compare("kha", ">="),
    });
    expect(judge(indicator, { value: "xuat_sac" }).status).toBe("met");
    expect(judge(indicator, { value: "trung_binh" }).status).toBe("notMet");
    expect(judge(indicator, { value: "gioi" }).reason.code).toBe("wrong_value_type");
  });

  it("compares calendar dates as YYYY-MM-DD strings (Party resolution issued in Quý I)", () => {
    const indicator = node("d", "indicator", {
      value: { type: "date" },
      rule: compare("2023-03-31", "<="),
    });
    expect(judge(indicator, { value: "2023-03-31" }).status).toBe("met");
    expect(judge(indicator, { value: "2023-04-01" }).status).toBe("notMet");
    expect(judge(indicator, { value: "31/03/2023" }).status).toBe("error");
  });

  it("compares with another node's value in the same assessment", () => {
    const f = framework([
      node("registered", "indicator", { value: { type: "count" } }),
      node("households", "indicator", {
        value: { type: "count" },
        rule: compare({ node: "registered" }, "="),
      }),
    ]);
    const met = evaluate(
      f,
      assessment([
        { node: "registered", value: 120 },
        { node: "households", value: 120 },
      ]),
    );
    expect(statusOf(met.nodes, "households")).toMatchObject({ status: "met", target: 120 });
    const missing = evaluate(f, assessment([{ node: "households", value: 120 }]));
    expect(statusOf(missing.nodes, "households").reason).toMatchObject({
      code: "missing_target",
      params: { node: "registered" },
    });
  });
});

describe("compare: missing and wrong values", () => {
  const indicator = node("r", "indicator", { value: { type: "percent" }, rule: compare(90, ">=") });

  it("is unknown with missing_value when nothing is recorded", () => {
    const result = judge(indicator, undefined);
    expect(result.status).toBe("unknown");
    expect(result.reason).toEqual({ code: "missing_value" });
    expect(messagesOf(result.reason)).toEqual({ vi: "chưa có giá trị", en: "no value recorded" });
  });

  it("is an error with wrong_value_type for a value of another type, without throwing", () => {
    const result = judge(indicator, { value: "90%" });
    expect(result.status).toBe("error");
    expect(result.reason).toMatchObject({
      code: "wrong_value_type",
      params: { expected: "percent", actual: "string" },
    });
    expect(judge(indicator, { value: [] }).status).toBe("error");
    expect(judge(indicator, { value: { total: 1, counts: {} } }).status).toBe("error");
  });

  it("rejects a fractional count", () => {
    const count = node("c", "indicator", { value: { type: "count" }, rule: compare(1, ">=") });
    expect(judge(count, { value: 1.5 }).reason.code).toBe("wrong_value_type");
  });
});
