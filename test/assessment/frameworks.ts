import type { Assessment } from "../../src/assessment/schema.js";
import { type Framework, FrameworkSchema } from "../../src/framework/schema.js";

/*
 * Small inline frameworks for the assessment tests (the real fixtures live in fixtures/). The first
 * follows TT 124/2021/TT-BCA Điều 5 (commune criteria) and Điều 8.2 (windows), after
 * /work/shared/reference/vn-frameworks.md §4; titles are short paraphrases written for these tests.
 */

export const tt124Like: Framework = FrameworkSchema.parse({
  id: "tt124-like",
  version: "2021",
  status: "final",
  example: true,
  title: {
    vi: "An toàn về ANTT (ví dụ theo TT 124/2021/TT-BCA)",
    en: "Safe in security and order (example after TT 124)",
  },
  source: { document: "Thông tư 124/2021/TT-BCA", date: "2021-12-28" },
  effectiveFrom: "2022-02-10",
  subjectKinds: [
    { id: "kdc", title: { vi: "Khu dân cư" }, window: { start: "11-01", end: "10-31" } },
    { id: "xa", title: { vi: "Xã, phường, thị trấn" }, window: { start: "11-16", end: "11-15" } },
  ],
  scoring: { kind: "count" },
  nodes: [
    {
      id: "xa",
      kind: "group",
      title: { vi: "Tiêu chí xã (Điều 5)" },
      appliesTo: ["xa"],
      children: [
        {
          id: "xa.1",
          kind: "criterion",
          title: { vi: "Nghị quyết, kế hoạch, đăng ký; ≥ 01 mô hình" },
          textStatus: "paraphrased",
          rule: { type: "all" },
          children: [
            {
              id: "xa.1.a",
              kind: "indicator",
              title: { vi: "Nghị quyết Đảng ủy trong quý I" },
              value: { type: "boolean" },
              rule: { type: "compare", comparator: "=", target: true },
            },
            {
              id: "xa.1.c",
              kind: "indicator",
              title: { vi: "Số mô hình phong trào hoạt động hiệu quả" },
              value: { type: "count" },
              rule: { type: "compare", comparator: ">=", target: 1 },
            },
          ],
        },
        {
          id: "xa.2",
          kind: "criterion",
          title: { vi: "Không để xảy ra các trường hợp tại khoản 3 Điều 4" },
          textStatus: "partial",
          value: {
            type: "events",
            events: [
              { id: "antiState", title: { vi: "Hoạt động chống Đảng, chính quyền" } },
              { id: "sabotage", title: { vi: "Phá hoại mục tiêu trọng điểm" } },
              { id: "illegalReligion", title: { vi: "Truyền đạo trái pháp luật" } },
            ],
          },
          rule: { type: "noEvents" },
        },
        {
          id: "xa.3",
          kind: "criterion",
          title: { vi: "Công an xã chủ động tham mưu; không có cá nhân bị kỷ luật" },
          rule: { type: "all" },
          children: [
            {
              id: "xa.3.a",
              kind: "indicator",
              title: { vi: "Nắm tình hình, tham mưu kịp thời" },
              rule: { type: "judged" },
            },
            {
              id: "xa.3.b",
              kind: "indicator",
              title: { vi: "Số cán bộ bị kỷ luật" },
              value: { type: "count" },
              rule: { type: "compare", comparator: "=", target: 0 },
            },
          ],
        },
        {
          id: "xa.4",
          kind: "criterion",
          title: { vi: "100% đơn vị đăng ký; ≥ 70% được công nhận" },
          value: { type: "tally", categories: ["registered", "recognised"] },
          rule: {
            type: "share",
            category: "recognised",
            comparator: ">=",
            percent: 70,
            requires: [{ category: "registered", comparator: ">=", percent: 100 }],
          },
        },
      ],
    },
  ],
});

/** Every other value type, points and a subject-class list, in one made-up framework. */
export const allTypes: Framework = FrameworkSchema.parse({
  id: "all-types",
  version: "1",
  status: "draft",
  example: true,
  title: { en: "Every value type (example)" },
  effectiveFrom: "2020-01-01",
  effectiveTo: "2021-12-31",
  subjectKinds: [{ id: "unit", title: { en: "Unit" } }],
  regions: [{ id: "north", title: { en: "North" } }],
  classes: [{ id: "remote", title: { en: "Remote" }, useRegion: "north" }],
  scoring: { kind: "points", scale: 100 },
  nodes: [
    {
      id: "score",
      kind: "criterion",
      title: { en: "Score 0–10, integer" },
      value: { type: "number", min: 0, max: 10, integer: true },
      rule: { type: "compare", comparator: ">=", target: 5 },
      points: { max: 10, earn: { type: "entered" } },
    },
    {
      id: "share",
      kind: "criterion",
      title: { en: "Share of households" },
      value: { type: "percent" },
      rule: { type: "compare", comparator: ">=", target: 90 },
    },
    {
      id: "level",
      kind: "criterion",
      title: { en: "Level" },
      value: {
        type: "ordinal",
        levels: [{ id: "low" }, { id: "mid" }, { id: "high" }],
      },
      rule: { type: "compare", comparator: ">=", target: "mid" },
    },
    {
      id: "held",
      kind: "criterion",
      title: { en: "Date of the conference" },
      value: { type: "date" },
      rule: { type: "compare", comparator: "<=", target: "2021-03-31" },
    },
    {
      id: "verdict",
      kind: "criterion",
      title: { en: "Assessor's verdict" },
      value: { type: "verdict" },
    },
  ],
});

/** A valid, empty assessment of a commune for 2023 under `tt124Like`. */
export const commune2023: Assessment = {
  framework: { id: "tt124-like", version: "2021" },
  subject: { id: "nghi-huong", name: "Phường Nghi Hương (ví dụ)", kind: "xa" },
  period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
  example: true,
  entries: [],
};

/** Freezes an object graph in place, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A deep copy through JSON, for "unchanged" comparisons. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Paths of every frozen object or array in a graph ("" for the root). */
export function frozenPaths(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null) return [];
  const here = Object.isFrozen(value) ? [path] : [];
  return [
    ...here,
    ...Object.keys(value).flatMap((key) =>
      frozenPaths((value as Record<string, unknown>)[key], path === "" ? key : `${path}.${key}`),
    ),
  ];
}

/** An editable assessment with entries of every kind of field, for the editing helpers' tests. */
export function sample(): Assessment {
  return {
    ...jsonCopy(commune2023),
    entries: [
      {
        node: "xa.1.a",
        value: true,
        evidence: [{ source: "Nghị quyết 05-NQ/ĐU", date: "2023-02-10" }],
      },
      { node: "xa.2", value: ["sabotage"], note: "một vụ, tháng 3" },
      { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 16 } } },
    ],
  };
}
