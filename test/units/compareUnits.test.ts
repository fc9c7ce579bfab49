import { describe, expect, it } from "vitest";
import {
  closestToRecognition,
  compareUnits,
  systemicGaps,
  unitMatrix,
} from "../../src/units/compareUnits.js";
import { deepFreeze } from "../scoring/helpers.js";
import { cuaLoWards, light, qd9745 } from "./cuaLo.js";

const wards = deepFreeze(cuaLoWards());
const row = (cells: readonly (string | null)[]): string =>
  cells.map((s) => (s === "met" ? "1" : s === "notMet" ? "0" : "?")).join("");

describe("unitMatrix: the Cửa Lò wards (example data)", () => {
  it("is a ward × criterion table of statuses in framework order", () => {
    const matrix = unitMatrix(wards);
    expect(matrix.criteria).toHaveLength(34);
    expect(matrix.criteria.slice(0, 4)).toEqual(["tc1", "tc2", "tc3", "tc4"]);
    expect(matrix.units).toEqual([
      "nghi-hai",
      "nghi-hoa",
      "nghi-huong",
      "nghi-tan",
      "nghi-thu",
      "nghi-thuy",
      "thu-thuy",
    ]);
    // Nghi Hương misses only tc28 in this example (33/34); Nghi Thủy misses tc7, tc9, tc17, tc22,
    // tc28, tc31 and tc33 (27/34).
    expect(row(matrix.cells[2]!)).toBe("1111111111111111111111111110111111");
    expect(row(matrix.cells[5]!)).toBe("1111110101111111011110111110110101");
    expect(matrix.cells.every((cells) => cells.length === 34)).toBe(true);
    // Each row's met cells are that ward's count.
    matrix.cells.forEach((cells, i) => {
      const ward = wards.find((w) => w.subject.id === matrix.units[i])!;
      expect(cells.filter((s) => s === "met").length).toBe(ward.count.met);
    });
  });

  it("includes groups when asked, and follows a given row order", () => {
    const matrix = unitMatrix(wards, { kinds: ["group", "criterion"], order: ["thu-thuy"] });
    expect(matrix.criteria[0]).toBe(qd9745.nodes[0]!.id);
    expect(matrix.units[0]).toBe("thu-thuy");
    expect(matrix.units.slice(1)).toEqual([...matrix.units.slice(1)].sort());
  });

  it("says light records need full evaluations", () => {
    const matrix = unitMatrix([...wards.slice(0, 2), light(wards[2]!)]);
    expect(matrix.units).toEqual(["nghi-hai", "nghi-hoa"]);
    expect(matrix.issues.map((i) => [i.code, i.severity])).toEqual([
      ["needs_full_evaluation", "warning"],
    ]);
  });
});

describe("systemicGaps: what holds the town back", () => {
  it("finds nothing unmet in most wards (more than half)", () => {
    expect(systemicGaps(wards, { groupBy: "parent" }).gaps).toEqual([]);
  });

  it("above 40 %, tc13, tc22 and tc28 each miss in 3 of 7 wards, with the wards", () => {
    const { gaps, issues } = systemicGaps(wards, { groupBy: "parent", threshold: 40 });
    expect(issues).toEqual([]);
    expect(gaps.map((g) => [g.group, g.criterion, g.share.fraction, g.units])).toEqual([
      ["cua-lo", "tc13", "3/7", ["nghi-hoa", "nghi-tan", "nghi-thu"]],
      ["cua-lo", "tc22", "3/7", ["nghi-tan", "nghi-thu", "nghi-thuy"]],
      ["cua-lo", "tc28", "3/7", ["nghi-huong", "nghi-thuy", "thu-thuy"]],
    ]);
    expect(gaps[0]!.share.percent).toEqual({ value: 300 / 7, exact: "300/7" });
    expect(gaps[0]!.applicable).toBe(7);
  });

  it("compares the share exactly: 3 of 6 is not more than 50 %", () => {
    const six = wards.filter((w) => w.subject.id !== "nghi-hai");
    expect(systemicGaps(six, { threshold: 50 }).gaps).toEqual([]);
    const above = systemicGaps(six, { threshold: 49.999_999_999 }).gaps;
    expect(above.map((g) => [g.criterion, g.share.fraction])).toEqual([
      ["tc13", "1/2"],
      ["tc22", "1/2"],
      ["tc28", "1/2"],
    ]);
  });

  it("rejects a threshold outside 0–100", () => {
    expect(systemicGaps(wards, { threshold: Number.NaN }).issues[0]!.code).toBe("invalid_option");
    expect(systemicGaps(wards, { threshold: 101 }).issues[0]!.code).toBe("invalid_option");
  });
});

describe("closestToRecognition", () => {
  it("orders the wards by criteria left to 'điển hình'", () => {
    const { units } = closestToRecognition(wards);
    expect(units.map((u) => [u.subject, u.next, u.criteria])).toEqual([
      // Equal counts are listed by subject id.
      ["nghi-huong", "dien_hinh", 1],
      ["thu-thuy", "dien_hinh", 1],
      ["nghi-hai", "dien_hinh", 2],
      ["nghi-tan", "dien_hinh", 3],
      ["nghi-thu", "dien_hinh", 4],
      ["nghi-hoa", "dien_hinh", 5],
      ["nghi-thuy", "dien_hinh", 7],
    ]);
    expect(units[0]!.nodes).toEqual(["tc28"]);
    expect(units[1]!.nodes).toEqual(["tc28"]);
    expect(units[2]!.nodes).toEqual(["tc11", "tc19"]);
  });
});

describe("compareUnits", () => {
  it("gives the table, the matrix in league order, the gaps and the closest at once", () => {
    const c = compareUnits(wards, { by: "count", groupBy: "parent", threshold: 40 });
    expect(c.ranking.rows.slice(0, 2).map((r) => [r.subject, r.rank])).toEqual([
      ["nghi-huong", 1],
      ["thu-thuy", 1],
    ]);
    expect(c.matrix.units).toEqual(c.ranking.rows.map((r) => r.subject));
    expect(c.systemicGaps).toHaveLength(3);
    expect(c.closest[0]!.subject).toBe("nghi-huong");
    expect(c.issues).toEqual([]);
  });

  it("ranks light records and says the rest needs full evaluations, once per view", () => {
    const c = compareUnits(wards.map(light), { by: "count" });
    expect(c.ranking.rows).toHaveLength(7);
    expect(c.matrix.cells).toEqual([]);
    expect(c.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["needs_full_evaluation", "matrix"],
      ["needs_full_evaluation", "systemicGaps"],
      ["needs_full_evaluation", "closestToRecognition"],
    ]);
  });

  it("reports a duplicate once", () => {
    const c = compareUnits([...wards, wards[0]!]);
    expect(c.issues.filter((i) => i.code === "duplicate_subject")).toHaveLength(2);
    expect(c.ranking.rows).toHaveLength(6);
  });
});
