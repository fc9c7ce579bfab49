import type { FrameworkInput } from "../../src/framework/schema.js";

/**
 * A small slice of TT 124/2021/TT-BCA (commune level, Điều 5, and the residential-area criteria that
 * xã.2 reuses), written inline for the framework tests. Source: /work/shared/reference/vn-tt124-antt.json.
 * Criterion titles are short labels written for this test, not official text; kdc.4 is unknown.
 */
export const tt124: FrameworkInput = {
  id: "vn-tt124-2021-antt-test",
  version: "2021",
  status: "final",
  title: {
    vi: "An toàn về an ninh, trật tự (trích, dùng cho kiểm thử)",
    en: "Safe in security and order (excerpt, for tests)",
  },
  languages: ["vi"],
  source: {
    document: "Thông tư 124/2021/TT-BCA",
    issuer: "Bộ Công an",
    date: "2021-12-28",
    signer: "Tô Lâm",
  },
  effectiveFrom: "2022-02-10",
  example: true,
  subjectKinds: [
    { id: "kdc", title: { vi: "Khu dân cư" }, window: { start: "11-01", end: "10-31" } },
    { id: "xa", title: { vi: "Xã, phường, thị trấn" }, window: { start: "11-16", end: "11-15" } },
  ],
  scoring: { kind: "count" },
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
        {
          id: "xa.4",
          kind: "criterion",
          title: { vi: "100% đơn vị thuộc thẩm quyền đăng ký; ≥ 70% được công nhận" },
          textStatus: "paraphrased",
          value: { type: "tally", categories: ["registered", "recognised"] },
          rule: {
            type: "share",
            category: "recognised",
            comparator: ">=",
            percent: 70,
            requires: [{ category: "registered", comparator: ">=", percent: 100 }],
          },
          mandatory: true,
        },
      ],
    },
  ],
  tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "mandatoryMet" }] }],
};
