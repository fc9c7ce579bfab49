import { describe, expect, it } from "vitest";
import {
  buildReportData,
  type ReportEvaluation,
  renderHtmlReport,
} from "../../src/report/index.js";
import { cuaLoEvaluations } from "./cuaLo.js";

describe("a large report", () => {
  it("renders 500 wards × 3 periods of QĐ 9745 with one heatmap cell per ward and criterion", () => {
    // Nghi Thu's three periods, copied for 500 wards
    const nghiThu = cuaLoEvaluations((file) => /^nghi-thu-.*-qd9745\.json$/.test(file));
    expect(nghiThu).toHaveLength(3);
    const evaluations: ReportEvaluation[] = [];
    for (let ward = 0; ward < 500; ward += 1) {
      const id = `ward-${String(ward).padStart(3, "0")}`;
      for (const item of nghiThu) {
        evaluations.push({
          ...item,
          evaluation: { ...item.evaluation, subject: { id, name: `Phường ${ward}` } },
        });
      }
    }
    const data = buildReportData({ evaluations });
    expect(data.issues).toEqual([]);
    expect(data.frameworks[0]!.units).toHaveLength(500);
    const html = renderHtmlReport({ evaluations }, { language: "en" });
    expect(html.match(/<g class="cell"/g)).toHaveLength(500 * 34);
    expect(html.match(/<g class="series"/g)).toHaveLength(500);
  }, 30_000);
});
