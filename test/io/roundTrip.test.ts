import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/framework/parseFramework.js";
import type { Assessment, Entry, Evidence } from "../../src/index.js";
import { exportCsv, importCsv } from "../../src/io/index.js";

// One node of every value type, with titles in both languages (some with commas, quotes and ';').
const framework = parseFramework({
  id: "io-roundtrip",
  version: "1",
  status: "final",
  example: true,
  title: { vi: "Khung thử (ví dụ)", en: "Round-trip test framework (example)" },
  scoring: { kind: "count" },
  nodes: [
    {
      id: "b",
      kind: "criterion",
      title: { vi: "Có hay không", en: "Yes or no" },
      value: { type: "boolean" },
    },
    {
      id: "n",
      kind: "criterion",
      title: { vi: "Thu nhập; triệu đồng", en: 'Income "m VND"' },
      value: { type: "number" },
    },
    {
      id: "p",
      kind: "criterion",
      title: { vi: "Tỷ lệ, %", en: "Share, %" },
      value: { type: "percent" },
    },
    {
      id: "c",
      kind: "criterion",
      title: { vi: "Số hộ", en: "Households" },
      value: { type: "count" },
    },
    {
      id: "o",
      kind: "criterion",
      title: { vi: "Mức", en: "Level" },
      value: {
        type: "ordinal",
        levels: [
          { id: "thap", title: { vi: "Thấp", en: "Low" } },
          { id: "cao", title: { vi: "Cao", en: "High" } },
          { id: "l3" },
        ],
      },
    },
    {
      id: "e",
      kind: "criterion",
      title: { vi: "Sự việc", en: "Events" },
      value: {
        type: "events",
        events: [
          { id: "e1", title: { vi: "Một", en: "One" } },
          { id: "e2", title: { vi: "Hai", en: "Two" } },
        ],
      },
    },
    { id: "d", kind: "criterion", title: { vi: "Ngày", en: "Date" }, value: { type: "date" } },
    {
      id: "t",
      kind: "criterion",
      title: { vi: "Bảng đếm", en: "Tally" },
      value: { type: "tally", categories: ["k1", "k2"] },
    },
    {
      id: "v",
      kind: "criterion",
      title: { vi: "Nhận định", en: "Verdict" },
      value: { type: "verdict" },
      rule: { type: "judged" },
    },
  ],
});

const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4})?$/);
/** Free text: not blank (blank text is written as an empty cell and reported), any characters. */
const text = fc
  .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
  .filter((s) => s.trim() !== "");
const isoDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2040-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const status = fc.constantFrom("met", "notMet", "notApplicable", "unknown", "error" as const);
// -0 is 0 to the assessment parser (copyInput), so the data is made of what parsing gives
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const evidence: fc.Arbitrary<Evidence[]> = fc.array(
  fc.record({ source: text, date: isoDate, url: text, note: text }, { requiredKeys: ["source"] }),
  { minLength: 1, maxLength: 2 },
);

const values: Record<string, fc.Arbitrary<unknown>> = {
  b: fc.boolean(),
  n: finite,
  p: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  c: fc.nat(),
  o: fc.constantFrom("thap", "cao", "l3"),
  e: fc.array(fc.constantFrom("e1", "e2"), { maxLength: 3 }),
  d: isoDate,
  t: fc
    .tuple(fc.nat(50), fc.nat(50), fc.nat(50))
    .map(([a, b, extra]) => ({ total: a + b + extra, counts: { k1: a, k2: b } })),
};

const extras = { evidence, note: text, selfScore: finite, verifiedScore: finite, assessor: text };
const entry = (node: string): fc.Arbitrary<Entry> =>
  (node === "v"
    ? fc.record({ status, ...extras }, { requiredKeys: ["status"] })
    : fc.record({ value: values[node]!, status, ...extras }, { requiredKeys: ["value"] })
  ).map((fields) => ({ node, ...fields }) as Entry);

const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    subject: fc.record(
      { id, name: text, kind: id, parent: id, region: id, class: id },
      { requiredKeys: ["id"] },
    ),
    periodId: id,
    dates: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    date: fc.option(isoDate, { nil: undefined }),
    example: fc.option(fc.boolean(), { nil: undefined }),
    source: fc.option(text, { nil: undefined }),
    note: fc.option(text, { nil: undefined }),
    nodes: fc.subarray(["b", "n", "p", "c", "o", "e", "d", "t", "v"]),
  })
  .chain((a) =>
    fc.tuple(...a.nodes.map(entry)).map((entries) => {
      const out: Record<string, unknown> = {
        framework: { id: "io-roundtrip", version: "1" },
        subject: a.subject,
        period: { id: a.periodId, start: a.dates[0], end: a.dates[1] },
      };
      if (a.date !== undefined) out.date = a.date;
      if (a.example !== undefined) out.example = a.example;
      if (a.source !== undefined) out.source = a.source;
      if (a.note !== undefined) out.note = a.note;
      out.entries = entries;
      return out as unknown as Assessment;
    }),
  );

/** Assessments with distinct unit and period (a CSV row is one unit in one period). */
const assessments = fc.uniqueArray(assessment, {
  maxLength: 4,
  selector: (a) => `${a.subject.id}\u0000${a.period.id}`,
});

const STYLES = [
  { style: "plain", headers: "id", lang: "en" },
  { style: "excel", headers: "title", lang: "vi" },
  { style: "excel", headers: "title", lang: "en" },
] as const;

describe("export then import gives the same assessments (fast-check)", () => {
  for (const form of ["wide", "long"] as const) {
    for (const options of STYLES) {
      it(`${form}, ${options.style}, headers by ${options.headers}, ${options.lang}`, {
        timeout: 30_000,
      }, () => {
        fc.assert(
          fc.property(assessments, (list) => {
            const out = exportCsv(framework, list, { form, ...options });
            expect(out.issues).toEqual([]);
            const back = importCsv(framework, out.text);
            expect(back.issues.filter((issue) => issue.severity === "error")).toEqual([]);
            expect(back.form).toBe(form);
            expect(back.assessments).toEqual(list);
          }),
          { numRuns: 60 },
        );
      });
    }
  }
});
