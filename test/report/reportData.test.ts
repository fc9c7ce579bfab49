import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { reviewCohort, safeParseReviewDefinition } from "../../src/index.js";
import {
  buildReportData,
  type ReportEvaluation,
  renderMarkdownReport,
} from "../../src/report/index.js";
import { cuaLoEvaluations } from "./cuaLo.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const QD9745 = "vn-qd9745-2022-34";
const QD5764 = "vn-qd5764-2021-22";

describe("buildReportData on the wards of Cửa Lò", () => {
  const evaluations = cuaLoEvaluations();
  const data = buildReportData({ evaluations }, { language: "vi" });
  const qd9745 = data.frameworks.find((framework) => framework.id === QD9745)!;
  const qd5764 = data.frameworks.find((framework) => framework.id === QD5764)!;

  it("groups by framework in input order, with periods in time order", () => {
    expect(data.issues).toEqual([]);
    expect(data.frameworks.map((framework) => framework.id)).toEqual([
      QD9745,
      QD5764,
      "vn-cap-kieu-mau-2024-20",
    ]);
    expect(qd9745.periods.map((period) => period.id)).toEqual(["2023-04", "2023-12", "2024-12"]);
    // Nghi Hương's police was also assessed on 2023-11-02, between April and December
    expect(qd5764.periods.map((period) => period.id)).toEqual(["2023-04", "2023-11", "2023-12"]);
    expect(qd9745.units.map((unit) => unit.id)).toEqual([
      "nghi-hai",
      "nghi-hoa",
      "nghi-huong",
      "nghi-tan",
      "nghi-thu",
      "nghi-thuy",
      "thu-thuy",
    ]);
    expect(data.example).toBe(true);
  });

  it("keeps the reported figures: Nghi Hương 31/34 and 20/22 in April 2023, 18/22 on 2 November", () => {
    const u = qd9745.units.findIndex((unit) => unit.id === "nghi-huong");
    expect(qd9745.series[u]![0]).toEqual({
      met: 31,
      applicable: 34,
      percent: (31 * 100) / 34,
      tier: null,
    });
    const v = qd5764.units.findIndex((unit) => unit.id === "nghi-huong");
    expect(
      qd5764.series[v]!.map((point) =>
        point === null ? null : `${point.met}/${point.applicable}`,
      ),
    ).toEqual(["20/22", "18/22", "18/22"]);
    // the other wards have no 2023-11 evaluation: a gap, not a zero
    const w = qd5764.units.findIndex((unit) => unit.id === "nghi-thu");
    expect(qd5764.series[w]![1]).toBeNull();
  });

  it("names each unit as in its own framework (ward under QĐ 9745, police station under QĐ 5764)", () => {
    expect(qd9745.units.find((unit) => unit.id === "nghi-thu")?.name).toBe(
      "Phường Nghi Thu (ví dụ)",
    );
    expect(qd5764.units.find((unit) => unit.id === "nghi-thu")?.name).toBe(
      "Công an phường Nghi Thu (ví dụ)",
    );
  });

  it("lists what is left at the latest period with the reason sentence and the tier's failing condition", () => {
    const nghiThuy = qd9745.latest.find((row) => row.unit === "nghi-thuy")!;
    expect(nghiThuy.period).toBe("2024-12");
    expect(`${nghiThuy.met}/${nghiThuy.applicable}`).toBe("31/34");
    expect(nghiThuy.left.map((item) => item.node)).toEqual(["tc7", "tc17", "tc33"]);
    expect(nghiThuy.left[0]).toEqual({
      node: "tc7",
      title: expect.any(String),
      status: "notMet",
      reason: "kết quả đánh giá: chưa đạt",
    });
    expect(nghiThuy.tier).toBeNull();
    expect(nghiThuy.nextTier).toEqual({
      title: "Điển hình",
      conditions: ["còn 3 tiêu chí chưa đạt: tc7, tc17, tc33"],
    });
    const nghiHuong = qd9745.latest.find((row) => row.unit === "nghi-huong")!;
    expect(nghiHuong.left).toEqual([]);
    expect(nghiHuong.tierTitle).toBe("Điển hình");
    expect(nghiHuong.nextTier).toBeNull();
  });

  it("ranks as rank does: by criteria met, competition ties (1, 1, 1, 1, 5, 6, 7), then subject id", () => {
    expect(qd9745.league.map((row) => row.rank)).toEqual([1, 1, 1, 1, 5, 6, 7]);
    // the four wards at 34/34 in December 2024, tied, in subject id order
    expect(qd9745.league.map((row) => row.unit).slice(0, 4)).toEqual([
      "nghi-hai",
      "nghi-huong",
      "nghi-tan",
      "thu-thuy",
    ]);
    expect(qd9745.league.map((row) => row.unit).slice(4)).toEqual([
      "nghi-thu",
      "nghi-hoa",
      "nghi-thuy",
    ]);
  });

  it("lists the regressions of each unit's trend: Nghi Hương 20/22 → 18/22 on 2 November 2023", () => {
    expect(qd5764.regressions).toEqual([
      {
        unit: "nghi-huong",
        period: "2023-11",
        previous: "2023-04",
        kinds: ["count", "criteria"],
        met: { before: 20, after: 18 },
        criteriaLost: ["tc11", "tc21"],
        tier: { before: null, after: null },
        tierLost: null,
      },
    ]);
    // QĐ 9745: every ward met more criteria each period
    expect(qd9745.regressions).toEqual([]);
  });

  it("builds the unit × criterion matrix at each unit's latest period", () => {
    expect(qd9745.matrix.rowsAre).toBe("units");
    expect(qd9745.matrix.rows).toHaveLength(7);
    expect(qd9745.matrix.cells.every((row) => row.length === 34)).toBe(true);
    const r = qd9745.matrix.rows.findIndex((row) => row.key === "nghi-thuy");
    const c = qd9745.criteria.findIndex((criterion) => criterion.id === "tc7");
    expect(qd9745.matrix.cells[r]![c]).toBe("notMet");
    const notMet = qd9745.matrix.cells.flat().filter((status) => status === "notMet").length;
    expect(notMet).toBe(qd9745.latest.reduce((sum, row) => sum + row.left.length, 0));
  });

  it("gives titles and reasons in English when asked", () => {
    const en = buildReportData({ evaluations }, { language: "en" });
    const row = en.frameworks[0]!.latest.find((latest) => latest.unit === "nghi-thuy")!;
    expect(row.left[0]!.reason).toBe("recorded by the assessor as not met");
    expect(row.nextTier?.title).toBe("Model unit");
  });

  it("for one unit, shows its periods as the matrix rows", () => {
    const one = buildReportData({ evaluations }, { unit: "nghi-huong" });
    expect(one.units.map((unit) => unit.id)).toEqual(["nghi-huong"]);
    const framework = one.frameworks.find((f) => f.id === QD5764)!;
    expect(framework.matrix.rowsAre).toBe("periods");
    expect(framework.matrix.rows.map((row) => row.key)).toEqual(["2023-04", "2023-11", "2023-12"]);
    expect(framework.league).toHaveLength(1);
  });

  it("does not mutate frozen input and gives equal data for the same input", () => {
    const frozen = deepFreeze(cuaLoEvaluations());
    expect(buildReportData({ evaluations: frozen })).toEqual(
      buildReportData({ evaluations: frozen }),
    );
  });
});

describe("buildReportData on bad input", () => {
  const [first, second] = cuaLoEvaluations(
    (file) => file.startsWith("nghi-huong-") && file.endsWith("qd9745.json"),
  );

  it("leaves out a duplicate (same framework, unit, period) with a warning in vi and en", () => {
    const data = buildReportData({ evaluations: [first!, second!, first!] });
    expect(data.issues).toHaveLength(1);
    expect(data.issues[0]).toMatchObject({
      code: "duplicate_evaluation",
      path: ["evaluations", 2],
      severity: "warning",
    });
    expect(data.issues[0]!.messages.vi).toContain("nghi-huong");
    expect(data.frameworks[0]!.periods).toHaveLength(2);
  });

  it("passes on the trend's issues with the input's positions: the same days under another period id", () => {
    const renamed: ReportEvaluation = {
      ...first!,
      evaluation: { ...first!.evaluation, period: { ...first!.evaluation.period, id: "again" } },
    };
    const data = buildReportData({ evaluations: [second!, first!, renamed] });
    expect(data.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["trend_duplicate_period", ["evaluations", 2, "period"]],
    ]);
    expect(data.issues[0]!.messages.en).toContain("of evaluations.1");
  });

  it("leaves out an evaluation paired with the wrong framework", () => {
    const [other] = cuaLoEvaluations((file) => file === "nghi-huong-2023-04-26-qd5764.json");
    const data = buildReportData({
      evaluations: [{ framework: other!.framework, evaluation: first!.evaluation }],
    });
    expect(data.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["framework_mismatch", ["evaluations", 0, "framework"]],
    ]);
    expect(data.frameworks).toEqual([]);
  });

  it("leaves out an evaluation whose period is not a calendar date (2023-02-30)", () => {
    const evaluation = {
      ...first!.evaluation,
      period: { id: "x", start: "2023-02-30", end: "2023-03-01" },
    };
    const data = buildReportData({ evaluations: [{ framework: first!.framework, evaluation }] });
    expect(data.issues.map((issue) => issue.code)).toEqual(["invalid_period"]);
  });

  it("takes __proto__ as a unit id like any other", () => {
    const evaluation = { ...first!.evaluation, subject: { id: "__proto__", name: "Proto" } };
    const data = buildReportData({
      evaluations: [{ framework: first!.framework, evaluation }, second!],
    });
    expect(data.issues).toEqual([]);
    expect(data.frameworks[0]!.units.map((unit) => unit.id)).toEqual(["__proto__", "nghi-huong"]);
    expect(({} as Record<string, unknown>).met).toBeUndefined();
  });

  it("reports an empty input and an unknown unit", () => {
    expect(buildReportData({ evaluations: [] }).issues.map((issue) => issue.code)).toEqual([
      "no_evaluations",
    ]);
    const unknown = buildReportData({ evaluations: [first!] }, { unit: "nghi-xyz" });
    expect(unknown.issues.map((issue) => issue.code)).toEqual(["unknown_unit"]);
    expect(unknown.frameworks).toEqual([]);
  });

  it("puts nothing applicable last in the league with no percent", () => {
    const empty: ReportEvaluation = {
      ...first!,
      evaluation: {
        ...first!.evaluation,
        subject: { id: "empty" },
        count: { ...first!.evaluation.count, met: 0, applicable: 0 },
      },
    };
    const data = buildReportData({ evaluations: [empty, second!] });
    expect(data.frameworks[0]!.league.map((row) => row.unit)).toEqual(["nghi-huong", "empty"]);
    expect(data.frameworks[0]!.latest.find((row) => row.unit === "empty")!.percent).toBeNull();
  });

  it("counts the review's quota and flags a rating not in the list", () => {
    const data = buildReportData({
      evaluations: [first!],
      review: {
        ratings: [
          { id: "xs", title: "Xuất sắc" },
          { id: "tot", title: "Tốt" },
        ],
        units: [
          { unit: "a", rating: "xs" },
          { unit: "b", rating: "xs" },
          { unit: "c", rating: "tot" },
          { unit: "d", rating: "tot" },
          { unit: "e", rating: "kem" },
        ],
        quota: { rating: "xs", relativeTo: "tot", maxPercent: 20, allowed: 0 },
      },
    });
    expect(data.review?.ratings.map((rating) => rating.count)).toEqual([2, 2]);
    expect(data.review?.quotas[0]).toMatchObject({ count: 2, base: 2, allowed: 0, kept: false });
    expect(data.issues.map((issue) => issue.code)).toEqual(["unknown_rating"]);
  });
});

describe("buildReportData with a reviewCohort result", () => {
  const december = cuaLoEvaluations((file) => file.endsWith("-2024-12-qd9745.json"));
  const definition = safeParseReviewDefinition(
    JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, "../../fixtures/reviews/example-cua-lo-wards-hd01-rules.json"),
        "utf8",
      ),
    ),
  );
  if (!definition.success) throw new Error("the example review definition is invalid");
  const framework = december[0]!.framework;
  const facts = { "nghi-thuy": { underComplaint: true } };
  const result = reviewCohort(
    december.map((item) => item.evaluation),
    definition.data,
    { framework, facts },
  );
  const data = buildReportData(
    { evaluations: december, review: { result, definition: definition.data, period: "2024-12" } },
    { language: "en" },
  );

  it("shows the final counts, the quota per town with its base and the unit not rated", () => {
    expect(december).toHaveLength(7);
    const review = data.review!;
    expect(review.title).toBe(
      "Year-end review of wards on the QĐ 9745 criteria, with the cohort rules of HD 01/HD-BCA-V05 (example) (example-cua-lo-wards-hd01-rules example-1) — 2024-12",
    );
    // Nghi Thủy is under complaint: not rated; the other 6 earn "excellent" and the quota keeps
    // floor(20% × 5) = 1, the rest are moved down to "well"
    expect(review.ratings.map((rating) => [rating.id, rating.count])).toEqual([
      ["hoan_thanh_xuat_sac", 1],
      ["hoan_thanh_tot", 5],
      ["hoan_thanh", 0],
      ["khong_hoan_thanh", 0],
    ]);
    expect(review.notRated).toBe(1);
    expect(review.quotas).toEqual([
      {
        rating: "hoan_thanh_xuat_sac",
        of: ["hoan_thanh_tot"],
        group: "cua-lo",
        maxPercent: 20,
        allowed: 1,
        count: 1,
        base: 5,
        kept: true,
      },
    ]);
    const nghiThuy = review.units.find((row) => row.unit === "nghi-thuy")!;
    expect(nghiThuy.rating).toBeNull();
    expect(nghiThuy.notes).toEqual(
      result.units.find((u) => u.subject === "nghi-thuy")!.steps.map((s) => s.messages.en),
    );
    const moved = review.units.filter((row) => row.demotedFrom === "hoan_thanh_xuat_sac");
    expect(moved).toHaveLength(5);
  });

  it("passes the review's issues on under review, and renders it in both formats", () => {
    expect(data.issues.map((issue) => [issue.code, issue.path[0]])).toEqual(
      result.issues.map((issue) => [issue.code, "review"]),
    );
    const markdown = renderMarkdownReport(
      { evaluations: december, review: { result, definition: definition.data } },
      { language: "vi" },
    );
    expect(markdown).toContain("| Không xếp loại | 1 |");
    expect(markdown).toContain("cua-lo: “Hoàn thành xuất sắc nhiệm vụ”: 1 đơn vị, hạn mức 1");
  });
});
