import { describe, expect, it } from "vitest";
import { formatEvaluation } from "../../src/cli/formatEvaluation.js";
import type { Evaluation, Framework, NodeResult, Reason } from "../../src/index.js";

const framework: Framework = {
  id: "vi-du",
  version: "1",
  status: "provisional",
  title: { vi: "Bộ ví dụ", en: "Example set" },
  scoring: { kind: "points" },
  nodes: [
    { id: "1", kind: "criterion", title: { vi: "Kế hoạch", en: "Plan" }, rule: { type: "judged" } },
    { id: "2", kind: "criterion", title: { vi: "Mô hình" }, rule: { type: "judged" } },
    {
      id: "3",
      kind: "criterion",
      title: { vi: "Sự cố", en: "Incidents" },
      rule: { type: "judged" },
    },
  ],
  tiers: [
    {
      id: "dat",
      title: { vi: "Đạt", en: "Pass" },
      conditions: [{ type: "minPoints", points: 50 }],
    },
    { id: "tot", title: { vi: "Tốt", en: "Good" }, conditions: [{ type: "allMet" }] },
  ],
};

const incident: Reason = {
  code: "events_occurred",
  params: { count: 1, max: 0, occurred: "chay_no" },
};
const node = (id: string, status: NodeResult["status"], reason: Reason): NodeResult => ({
  id,
  kind: "criterion",
  status,
  reason,
});

const evaluation: Evaluation = {
  framework: { id: "vi-du", version: "1" },
  subject: { id: "xa-a", name: "Xã A" },
  period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
  nodes: [
    node("1", "met", { code: "boolean_true" }),
    node("2", "unknown", { code: "not_judged" }),
    node("3", "notMet", incident),
  ],
  count: { met: 1, notMet: 1, notApplicable: 0, unknown: 1, error: 0, applicable: 3, total: 3 },
  points: { earned: 62.5, possible: 100, bonus: 0, deducted: 6 },
  score: { status: "scored", value: 62.5, max: 100, percent: 62.5 },
  tier: "dat",
  tiers: [
    { id: "dat", achieved: true, conditions: [] },
    {
      id: "tot",
      achieved: false,
      conditions: [{ type: "allMet", met: false, actual: ["2", "3"], shortBy: 2 }],
    },
  ],
  disqualifiers: [{ node: "3", reason: incident }],
};

describe("formatEvaluation", () => {
  it("prints the report in Vietnamese by default", () => {
    expect(formatEvaluation(evaluation, framework)).toBe(
      [
        "Bộ tiêu chí: Bộ ví dụ (vi-du phiên bản 1, tạm thời)",
        "Đơn vị: Xã A (xa-a)",
        "Kỳ đánh giá: 2023 (16/11/2022 – 15/11/2023)",
        "Đạt: 1/3 tiêu chí",
        "Điểm: 62,5/100",
        "Xếp loại: Đạt",
        "Vi phạm điều kiện loại trừ:",
        "  - 3: đã để xảy ra 1 trường hợp (cho phép tối đa 0): chay_no",
        "",
        "Các tiêu chí chưa đạt (2):",
        "  - 2 Mô hình [chưa có dữ liệu]",
        "      chưa có kết quả",
        "  - 3 Sự cố [chưa đạt]",
        "      đã để xảy ra 1 trường hợp (cho phép tối đa 0): chay_no",
        "",
        'Để đạt mức "Tốt", còn thiếu:',
        "  - còn 2 tiêu chí chưa đạt: 2, 3",
        "",
      ].join("\n"),
    );
  });

  it("prints English labels, falling back to Vietnamese titles, and flags example data", () => {
    const text = formatEvaluation(evaluation, framework, { lang: "en", example: true });
    expect(text).toContain("Framework: Example set (vi-du version 1, provisional)\n");
    expect(text).toContain("Example data, not reported figures.\nMet: 1/3 criteria\n");
    expect(text).toContain("  - 2 Mô hình [unknown]\n      no verdict recorded yet\n");
    expect(text).toContain('Missing for tier "Good":\n  - 2 criteria not met: 2, 3\n');
  });

  it("names the source of reported figures under the period", () => {
    const text = formatEvaluation(evaluation, framework, { source: "Bản tin, 26/4/2023" });
    expect(text.split("\n")[3]).toBe("Nguồn: Bản tin, 26/4/2023");
  });

  it("says so when the highest tier is reached or nothing is unmet", () => {
    const top: Evaluation = {
      ...evaluation,
      nodes: [node("1", "met", { code: "boolean_true" })],
      tier: "tot",
      disqualifiers: [],
    };
    const text = formatEvaluation(top, framework, { lang: "en" });
    expect(text).toContain(
      "Tier: Good\n\nEvery applicable criterion is met.\n\nThe highest tier is reached.\n",
    );
  });

  it("shows the score of a weighted model, and an unscorable one with its reason", () => {
    const weighted: Framework = {
      ...framework,
      scoring: { kind: "weighted", aggregation: "flat" },
    };
    const { points: _points, ...withoutPoints } = evaluation;
    expect(formatEvaluation(withoutPoints, weighted, { lang: "en" })).toContain(
      "Score: 62.5/100 (62.5%)\n",
    );
    const unscorable: Evaluation = {
      ...withoutPoints,
      score: { status: "unscorable", reason: "no_answered_criteria" },
    };
    expect(formatEvaluation(unscorable, weighted, { lang: "vi" })).toContain(
      "Điểm: không tính được điểm (no_answered_criteria)\n",
    );
  });

  it("names the N/A criteria and the subject id when there is no name", () => {
    const text = formatEvaluation(
      {
        ...evaluation,
        subject: { id: "xa-b" },
        count: { ...evaluation.count, notApplicable: 2, total: 5 },
        tier: null,
      },
      { ...framework, tiers: [] },
      { lang: "en" },
    );
    expect(text).toContain("Subject: xa-b\n");
    expect(text).toContain("Met: 1/3 criteria; 2 not applicable\n");
    expect(text).toContain("Tier: the framework defines no tiers\n");
    expect(text).not.toContain("Missing for tier");
  });
});

describe("formatEvaluation with the steps to the next tier", () => {
  it("names the fewest nodes still to meet", () => {
    const text = formatEvaluation(evaluation, framework, {
      lang: "en",
      steps: { status: "reachable", nodes: ["2", "3"], exact: true },
    });
    expect(text).toMatch(
      / {2}- 2 criteria not met: 2, 3\nFewest criteria still to meet \(2\): 2, 3\n$/,
    );
  });

  it("says when the set is an approximate answer", () => {
    const text = formatEvaluation(evaluation, framework, {
      steps: { status: "reachable", nodes: ["3"], exact: false },
    });
    expect(text).toMatch(
      /\nCần đạt thêm ít nhất 1 tiêu chí: 3 \(kết quả gần đúng; có thể chỉ cần ít tiêu chí hơn\)\n$/,
    );
  });

  it("prints why a tier cannot be reached by meeting nodes", () => {
    const text = formatEvaluation(evaluation, framework, {
      lang: "en",
      steps: {
        status: "unreachable",
        tier: "t",
        reason: "not_reachable_by_meeting_nodes",
        failing: [{ condition: { type: "noDisqualifier" } }],
      },
    });
    expect(text).toMatch(
      /\nTier "[^"]+" cannot be reached by meeting more nodes \(failing: noDisqualifier\)\n$/,
    );
  });
});
