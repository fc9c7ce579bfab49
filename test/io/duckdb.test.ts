import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { cuaLoQd9745 } from "../../scripts/io-fixtures.js";
import { exportCsv } from "../../src/io/index.js";

const dir = mkdtempSync(join(tmpdir(), "tieuchi-duckdb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the long export in DuckDB (read_csv_auto, no options)", () => {
  it("loads the Cửa Lò wards' QĐ 9745 rows and counts met criteria per ward and period", {
    timeout: 30_000,
  }, async () => {
    const { framework, assessments } = cuaLoQd9745();
    const file = join(dir, "long.csv");
    writeFileSync(file, exportCsv(framework, assessments, { form: "long" }).text);
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    try {
      const columns = await connection.runAndReadAll("DESCRIBE SELECT * FROM read_csv_auto(?)", [
        file,
      ]);
      const types = Object.fromEntries(
        columns.getRowObjectsJson().map((row) => [row.column_name, row.column_type]),
      );
      expect(types).toMatchObject({
        unit: "VARCHAR",
        period_start: "DATE",
        period_end: "DATE",
        example: "BOOLEAN",
        node: "VARCHAR",
        status: "VARCHAR",
      });
      const result = await connection.runAndReadAll(
        `SELECT unit, period, count(*) FILTER (WHERE status = 'met')::INTEGER AS met, count(*)::INTEGER AS total
         FROM read_csv_auto(?) GROUP BY unit, period ORDER BY unit, period`,
        [file],
      );
      const rows = result.getRowObjectsJson();
      expect(rows).toHaveLength(21);
      const expected = assessments.map((a) => ({
        unit: a.subject.id,
        period: a.period.id,
        met: a.entries.filter((e) => e.status === "met").length,
        total: a.entries.length,
      }));
      expect(rows).toEqual(expected);
      // the reported count: Nghi Hương met 31 of 34 on 26/4/2023
      expect(rows.find((r) => r.unit === "nghi-huong" && r.period === "2023-04")).toEqual({
        unit: "nghi-huong",
        period: "2023-04",
        met: 31,
        total: 34,
      });
    } finally {
      connection.closeSync();
    }
  });
});
