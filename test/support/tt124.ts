import {
  type Framework,
  type FrameworkInput,
  FrameworkSchema,
} from "../../src/framework/schema.js";

/*
 * The one builder of TT 124/2021/TT-BCA examples for the tests ("An toàn về an ninh, trật tự": commune
 * criteria of Điều 5, the residential-area criteria of Điều 4 that xã.2 reuses, the windows of Điều 8.2).
 * Source: /work/shared/reference/vn-tt124-antt.json and vn-frameworks.md §4. Titles are short
 * paraphrases written for the tests, not official text. Tests that need the full published framework
 * read fixtures/frameworks/vn-tt124-2021.json instead.
 */

type FrameworkNodeInput = FrameworkInput["nodes"][number];

/** TT 124's subject kinds with their evaluation windows (Điều 8.2): KDC 01/11–31/10, xã 16/11–15/11. */
export const TT124_SUBJECT_KINDS: FrameworkInput["subjectKinds"] = [
  { id: "kdc", title: { vi: "Khu dân cư" }, window: { start: "11-01", end: "10-31" } },
  { id: "xa", title: { vi: "Xã, phường, thị trấn" }, window: { start: "11-16", end: "11-15" } },
];

/** Điều 5 khoản 4 as criterion `xa.4`: 100 % of the units registered and ≥ 70 % recognised. */
export function shareOfUnits(extra: Partial<FrameworkNodeInput> = {}): FrameworkNodeInput {
  return {
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
    ...extra,
  } as FrameworkNodeInput;
}

/**
 * A TT 124 framework input: the circular's metadata, subject kinds and count scoring around the nodes
 * (and fields) given. Each call returns a fresh object.
 */
export function tt124Framework(
  fields: Partial<FrameworkInput> & Pick<FrameworkInput, "id" | "nodes">,
): FrameworkInput {
  return {
    version: "2021",
    status: "final",
    title: {
      vi: "An toàn về an ninh, trật tự (trích, dùng cho kiểm thử)",
      en: "Safe in security and order (excerpt, for tests)",
    },
    source: { document: "Thông tư 124/2021/TT-BCA", date: "2021-12-28" },
    effectiveFrom: "2022-02-10",
    example: true,
    subjectKinds: structuredClone(TT124_SUBJECT_KINDS),
    scoring: { kind: "count" },
    ...fields,
  } as FrameworkInput;
}

/**
 * For the framework tests: KDC criteria 2–4 (kdc.4 of unknown text), and xã criteria 2 (reusing them)
 * and 4, all mandatory, with one tier "dat" that needs every mandatory criterion met.
 */
export const tt124: FrameworkInput = tt124Framework({
  id: "vn-tt124-2021-antt-test",
  languages: ["vi"],
  source: {
    document: "Thông tư 124/2021/TT-BCA",
    issuer: "Bộ Công an",
    date: "2021-12-28",
    signer: "Tô Lâm",
  },
  nodes: [
    {
      id: "kdc",
      kind: "group",
      title: { vi: "Tiêu chí khu dân cư (Điều 4)" },
      appliesTo: ["kdc"],
      children: [
        {
          id: "kdc.2",
          kind: "criterion",
          title: { vi: "Thực hiện đầy đủ chủ trương, chính sách, pháp luật về bảo đảm ANTT" },
          textStatus: "paraphrased",
          value: { type: "boolean" },
          rule: { type: "compare", comparator: "=", target: true },
          mandatory: true,
        },
        {
          id: "kdc.3",
          kind: "criterion",
          title: { vi: "Không để xảy ra một trong các trường hợp" },
          textStatus: "partial",
          value: {
            type: "events",
            events: [
              {
                id: "a",
                title: { vi: "Hoạt động chống Đảng, chính quyền, phá hoại khối đại đoàn kết" },
              },
              { id: "b", title: { vi: "Phá hoại mục tiêu, công trình trọng điểm" } },
            ],
          },
          rule: { type: "noEvents" },
          mandatory: true,
        },
        {
          id: "kdc.4",
          kind: "criterion",
          title: { vi: "Tiêu chí 4" },
          textStatus: "unknown",
          rule: { type: "judged" },
          mandatory: true,
        },
      ],
    },
    {
      id: "xa",
      kind: "group",
      title: { vi: "Tiêu chí xã, phường, thị trấn (Điều 5)" },
      appliesTo: ["xa"],
      rule: { type: "all" },
      children: [
        {
          id: "xa.2",
          kind: "criterion",
          title: { vi: "Đạt các tiêu chí tại khoản 2, 3, 4 Điều 4" },
          textStatus: "paraphrased",
          rule: { type: "all", of: ["kdc.2", "kdc.3", "kdc.4"] },
          mandatory: true,
        },
        shareOfUnits({
          title: { vi: "100% đơn vị thuộc thẩm quyền đăng ký; ≥ 70% được công nhận" },
          textStatus: "paraphrased",
          mandatory: true,
        }),
      ],
    },
  ],
  tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "mandatoryMet" }] }],
});

/** For the assessment tests: the commune criteria xã.1–4 with indicators, parsed. */
export const tt124Like: Framework = FrameworkSchema.parse(
  tt124Framework({
    id: "tt124-like",
    title: {
      vi: "An toàn về ANTT (ví dụ theo TT 124/2021/TT-BCA)",
      en: "Safe in security and order (example after TT 124)",
    },
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
          shareOfUnits({ title: { vi: "100% đơn vị đăng ký; ≥ 70% được công nhận" } }),
        ],
      },
    ],
  }),
);
