import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAssessment } from "../../src/assessment/parseAssessment.js";
import { parseFramework } from "../../src/framework/parseFramework.js";
import type { Assessment, Framework } from "../../src/index.js";
import {
  exportCsv,
  importCsv,
  readDate,
  readNumber,
  readStatus,
  readValue,
} from "../../src/io/index.js";

const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const qd9745 = parseFramework(json("fixtures/frameworks/vn-qd9745-2022-34.json"));
const tt124 = parseFramework(json("fixtures/frameworks/vn-tt124-2021.json"));
const lighthouse = parseFramework(json("fixtures/frameworks/intl-lighthouse-performance.json"));

const HEAD = "unit;period;period_start;period_end";

describe("cells", () => {
  it("reads numbers with a decimal comma or point, and grouped thousands", () => {
    const read = (text: string) => {
      const r = readNumber(text);
      return r.ok ? r.value : r.problem.code;
    };
    expect(
      ["12,5", "12.5", "1.234,5", "1,234.5", "1 234,5", "1.234.567", "-0,25", "1e-7"].map(read),
    ).toEqual([12.5, 12.5, 1234.5, 1234.5, 1234.5, 1234567, -0.25, 1e-7]);
    expect(["", "12,5,6", "1.2.3", "abc", "12 kg", "1e999", "NaN", "Infinity"].map(read)).toEqual([
      "invalid_number",
      "invalid_number",
      "invalid_number",
      "invalid_number",
      "invalid_number",
      "number_not_finite",
      "invalid_number",
      "invalid_number",
    ]);
  });

  it("reads dates in dd/mm/yyyy and ISO, and rejects days not in the calendar", () => {
    const read = (text: string) => {
      const r = readDate(text);
      return r.ok ? r.value : r.problem.code;
    };
    expect(
      [
        "26/04/2023",
        "1/2/2024",
        "29/02/2024",
        "2023-04-26",
        "30/02/2023",
        "2023-02-30",
        "04/26/2023",
        "26-4-23",
      ].map(read),
    ).toEqual([
      "2023-04-26",
      "2024-02-01",
      "2024-02-29",
      "2023-04-26",
      "date_not_in_calendar",
      "date_not_in_calendar",
      "date_not_in_calendar",
      "invalid_date",
    ]);
  });

  it("reads statuses in Vietnamese and English words and codes", () => {
    const read = (text: string) => {
      const r = readStatus(text);
      return r.ok ? r.value : r.problem.code;
    };
    expect(
      [
        "Đạt",
        "x",
        "1",
        "KHÔNG ĐẠT",
        "chưa đạt",
        "0",
        "không áp dụng",
        "N/A",
        "chưa rõ",
        "notMet",
        "có lẽ",
        "__proto__",
        "constructor",
      ].map(read),
    ).toEqual([
      "met",
      "met",
      "met",
      "notMet",
      "notMet",
      "notMet",
      "notApplicable",
      "notApplicable",
      "unknown",
      "notMet",
      "invalid_status",
      "invalid_status",
      "invalid_status",
    ]);
  });

  it("reads a decomposed (NFD) Vietnamese word as its composed form", () => {
    const r = readStatus("không đạt".normalize("NFD"));
    expect(r.ok && r.value).toBe("notMet");
  });

  it("reads values by the node's type: percent, count, tally, events", () => {
    const nodes = new Map<string, Framework["nodes"][number]>();
    const walk = (list: readonly Framework["nodes"][number][]) => {
      for (const node of list) {
        nodes.set(node.id, node);
        walk(node.children ?? []);
      }
    };
    walk(tt124.nodes);
    const tally = nodes.get("xa.4")!;
    const r = readValue('{"total":25,"counts":{"registered":25,"recognised":16}}', tally);
    expect(r.ok && r.value).toEqual({ total: 25, counts: { registered: 25, recognised: 16 } });
    expect(readValue("25", tally).ok).toBe(false);
    const percent = {
      id: "p",
      kind: "criterion" as const,
      title: { vi: "Tỷ lệ" },
      value: { type: "percent" as const },
    };
    expect(
      ["64%", "64,5 %", "64.5"].map((t) => {
        const v = readValue(t, percent);
        return v.ok && v.value;
      }),
    ).toEqual([64, 64.5, 64.5]);
    const count = {
      id: "c",
      kind: "criterion" as const,
      title: { vi: "Số" },
      value: { type: "count" as const },
    };
    expect(readValue("2,5", count).ok).toBe(false);
    expect(readValue("-1", count).ok).toBe(false);
  });
});

describe("importCsv: positions of every bad cell", () => {
  const bad = [
    "\uFEFFsep=;",
    `${HEAD};tc1;tc2;Tiêu chí 3;cột lạ`,
    "nghi-hai;2023;01/01/2023;31/12/2023;đạt;không đạt;có lẽ;",
    "nghi-thu;2023;01/01/2023;30/02/2023;đạt;đạt;đạt;;thừa",
  ].join("\r\n");

  it("reports the line, column and header of each cell it cannot read, and of unknown columns", () => {
    const result = importCsv(qd9745, bad);
    const where = result.issues.map((issue) => [
      issue.code,
      issue.line,
      issue.column,
      issue.header,
    ]);
    expect(where).toEqual([
      ["unknown_column", 2, 8, "cột lạ"],
      ["extra_cell", 4, 9, undefined],
      ["invalid_status", 3, 7, "Tiêu chí 3"],
      ["date_not_in_calendar", 4, 4, "period_end"],
    ]);
    expect(result.issues[2]!.messages.vi).toBe(
      'dòng 3, cột 7 (Tiêu chí 3): "có lẽ" không phải kết quả (đạt, không đạt, không áp dụng, chưa rõ, lỗi).',
    );
    expect(result.issues[2]!.path).toEqual(["line", 3, "column", 7]);
    expect(result.assessments).toEqual([]);
    expect(result.delimiter).toBe(";");
  });

  it("places a cell after a multi-line quoted cell on its own line, with CRLF line ends", () => {
    const text = `unit,period,period_start,period_end,assessment_note,tc1\r\nnghi-hai,2023,2023-01-01,2023-12-31,"two\r\nlines",đạt\r\nnghi-thu,2023,2023-01-01,2023-12-31,,hmm\r\n`;
    const result = importCsv(qd9745, text);
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([
      ["invalid_status", 4, 6],
    ]);
    expect(result.assessments.map((a) => a.note)).toEqual(["two\nlines"]);
  });

  it("reports a malformed file, an empty file, missing columns and a repeated row", () => {
    expect(importCsv(qd9745, 'unit,period\n"open,x\n').issues[0]!.code).toBe("csv_syntax");
    expect(importCsv(qd9745, "").issues[0]!.code).toBe("empty_csv");
    expect(importCsv(qd9745, "unit,tc1\nx,đạt\n").issues.map((i) => i.code)).toEqual([
      "missing_column",
    ]);
    const twice = `${HEAD};tc1\na;2023;01/01/2023;31/12/2023;đạt\na;2023;01/01/2023;31/12/2023;không đạt\n`;
    const result = importCsv(qd9745, twice);
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([["duplicate_row", 3]]);
    expect(result.assessments).toHaveLength(1);
  });

  it("reports schema problems at their cell: a bad unit id, __proto__ as a unit, period end before start", () => {
    const text = `${HEAD};tc1\nbad id;2023;01/01/2023;31/12/2023;đạt\n__proto__;2023;01/01/2023;31/12/2023;đạt\nok;2023;31/12/2023;01/01/2023;đạt\n`;
    const result = importCsv(qd9745, text);
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["invalid_id", 2, 1],
      ["reserved_id", 3, 1],
      ["period_end_before_start", 4, 4],
    ]);
    expect(result.assessments).toEqual([]);
  });

  it("reports a title that names two nodes as ambiguous, and reads `title (id)`", () => {
    const framework = parseFramework({
      ...json("fixtures/frameworks/vn-qd9745-2022-34.json"),
      nodes: [
        {
          id: "a",
          kind: "criterion",
          title: { vi: "Giống" },
          value: { type: "verdict" },
          rule: { type: "judged" },
        },
        {
          id: "b",
          kind: "criterion",
          title: { vi: "Giống" },
          value: { type: "verdict" },
          rule: { type: "judged" },
        },
      ],
      tiers: undefined,
    });
    const result = importCsv(
      framework,
      `${HEAD};Giống;Giống (b)\nx;2023;01/01/2023;31/12/2023;đạt;đạt\n`,
    );
    expect(result.issues.map((i) => [i.code, i.column])).toEqual([["ambiguous_column", 5]]);
    const out = exportCsv(framework, [], { headers: "title" }).text.split("\n")[0];
    expect(out).toBe("Mã đơn vị,Kỳ đánh giá,Từ ngày,Đến ngày,Giống (a),Giống (b)");
  });

  it("does not mutate its input and gives the same result twice", () => {
    const text = readFileSync("fixtures/csv/cua-lo-wards-qd9745-wide.csv", "utf8");
    expect(importCsv(qd9745, text)).toEqual(importCsv(qd9745, text));
  });
});

describe("exportCsv", () => {
  const lh = parseAssessment(json("fixtures/assessments/intl-lighthouse-performance-example.json"));

  it("writes decimal commas, dd/mm/yyyy and a BOM in the Excel style, and reads them back exactly", () => {
    const out = exportCsv(lighthouse, [lh], { style: "excel", headers: "title", lang: "vi" });
    expect(out.issues).toEqual([]);
    expect(out.text.startsWith("\uFEFF")).toBe(true);
    const numbers = lh.entries.filter(
      (e) => typeof e.value === "number" && !Number.isInteger(e.value),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect(out.text).toContain(String(numbers[0]!.value).replace(".", ","));
    expect(importCsv(lighthouse, out.text).assessments).toEqual([lh]);
  });

  it("reports what it cannot write instead of dropping it", () => {
    const a: Assessment = {
      ...lh,
      entries: [
        { node: "nope", status: "met" },
        { node: lh.entries[0]!.node, value: "not a number" },
        { node: lh.entries[1]!.node },
      ],
    };
    const out = exportCsv(lighthouse, [a]);
    expect(out.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown_node", "0.entries.0.node"],
      ["value_not_exported", "0.entries.1.value"],
      // the value not written leaves the entry empty: said too
      ["empty_entry_not_exported", "0.entries.1"],
      ["empty_entry_not_exported", "0.entries.2"],
    ]);
  });

  it("neither mutates frozen input nor writes NaN or Infinity", () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === "object" && value !== null) {
        for (const inner of Object.values(value)) deepFreeze(inner);
        Object.freeze(value);
      }
      return value;
    };
    const frozen = deepFreeze(structuredClone(lh));
    expect(importCsv(lighthouse, exportCsv(lighthouse, [frozen]).text).assessments).toEqual([lh]);
    const bad = {
      ...lh,
      entries: [
        { node: lh.entries[0]!.node, value: Number.NaN, selfScore: Number.POSITIVE_INFINITY },
      ],
    } as Assessment;
    const out = exportCsv(lighthouse, [bad], { form: "long" });
    expect(out.issues.map((i) => i.path.join("."))).toEqual([
      "0.entries.0.value",
      "0.entries.0.selfScore",
    ]);
    expect(out.text).not.toMatch(/NaN|Infinity/);
  });

  it("is deterministic", () => {
    expect(exportCsv(lighthouse, [lh, lh], { form: "long" })).toEqual(
      exportCsv(lighthouse, [lh, lh], { form: "long" }),
    );
  });
});
