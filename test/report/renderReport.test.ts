import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  escapeMarkdown,
  type ReportEvaluation,
  type ReportInput,
  renderHtmlReport,
  renderMarkdownReport,
} from "../../src/report/index.js";
import { cuaLoEvaluations } from "./cuaLo.js";

const evaluations = cuaLoEvaluations();
const input: ReportInput = { evaluations };
const NASTY = '<script>alert("x")</script> & <b>';

/** The same evaluations with a hostile ward name and criterion title. */
function hostile(): ReportInput {
  const [first] = cuaLoEvaluations((file) => file === "nghi-huong-2023-04-26-qd9745.json");
  const framework = structuredClone(first!.framework);
  const criterion = framework.nodes[0]!.children![0]!;
  (criterion as { title: Record<string, string> }).title = { vi: NASTY, en: NASTY };
  const evaluation = {
    ...first!.evaluation,
    subject: { ...first!.evaluation.subject, name: NASTY },
  };
  // the title shows in the heatmap's hover text and data table
  return { evaluations: [{ framework, evaluation }] };
}

describe("renderHtmlReport", () => {
  const html = renderHtmlReport(input, { language: "vi", date: "2024-12-31" });

  it("is a self-contained document: no script, no external stylesheet, font, image or link", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|@font-face/i);
    // the only URL is the SVG namespace
    const urls = new Set(html.match(/https?:\/\/[^"'\s)]+/g));
    expect([...urls]).toEqual(["http://www.w3.org/2000/svg"]);
    expect(html).toContain("default-src 'none'");
  });

  it("gives every chart role img, a title and a description it is labelled by", () => {
    const charts = html.match(/<svg [^>]*role="img"[^>]*>/g) ?? [];
    expect(charts).toHaveLength(9);
    for (const chart of charts) {
      const title = /aria-labelledby="([^"]+)"/.exec(chart)![1]!;
      const desc = /aria-describedby="([^"]+)"/.exec(chart)![1]!;
      expect(html).toContain(`<title id="${title}">`);
      expect(html).toContain(`<desc id="${desc}">`);
    }
    // a data table behind each chart
    expect(html.match(/<details><summary>Bảng số liệu/g)).toHaveLength(9);
  });

  it("draws the charts with the scales: ticks 0–100 by 20 and one line per ward", () => {
    expect(html).toMatch(/<text x="\d+(\.\d+)?" y="\d+(\.\d+)?" dy="0.32em">100<\/text>/);
    const trend = html.slice(html.indexOf('class="chart trend-chart"'));
    expect(trend.slice(0, trend.indexOf("</svg>")).match(/<g class="series"/g)).toHaveLength(7);
    expect(html.match(/<g class="cell"/g)).toHaveLength(7 * 34 + 7 * 22 + 7 * 20);
  });

  it("prints on A4 and keeps charts on one page", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toMatch(/figure \{[^}]*break-inside: avoid/);
  });

  it("is byte-identical for the same input, and for the evaluations of a framework in another order", () => {
    expect(renderHtmlReport(input, { language: "vi", date: "2024-12-31" })).toBe(html);
    const qd9745 = evaluations.filter((item) => item.framework.id === "vn-qd9745-2022-34");
    const reversed = [...qd9745].reverse();
    expect(renderHtmlReport({ evaluations: reversed })).toBe(
      renderHtmlReport({ evaluations: qd9745 }),
    );
  });

  it("has no timestamp unless a date is passed", () => {
    expect(html).toContain("Lập ngày 31/12/2024");
    expect(renderHtmlReport(input)).not.toMatch(/Lập ngày|Prepared on/);
    expect(() => renderHtmlReport(input, { date: "2023-02-30" })).toThrow(RangeError);
    expect(() => renderHtmlReport(input, { language: "fr" as "vi" })).toThrow(
      /renderHtmlReport: language/,
    );
  });

  it("writes every label in English with lang=en", () => {
    const en = renderHtmlReport(input, { language: "en" });
    expect(en).toContain('<html lang="en">');
    for (const label of [
      "Progress per unit",
      "Trend over periods",
      "Unit × criterion map",
      "League table",
      "What is left",
    ]) {
      expect(en).toContain(label);
    }
    for (const label of ["Tiến độ", "Diễn biến", "Bảng xếp hạng", "Những tiêu chí còn lại"]) {
      expect(en).not.toContain(label);
    }
  });

  it("escapes a <script> in a ward name and in a criterion title", () => {
    const page = renderHtmlReport(hostile(), { language: "en" });
    expect(page).not.toContain("<script");
    expect(page).not.toContain("<b>");
    expect(page).toContain(escapeHtml(NASTY));
    expect(escapeHtml(NASTY)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;",
    );
  });

  it("for one ward, names it in the title and leaves the league table out", () => {
    const page = renderHtmlReport(input, { unit: "nghi-huong", language: "en" });
    expect(page).toContain("<h1>Criteria framework progress report: ");
    expect(page).not.toContain("League table");
    expect(page).toContain("Period × criterion map");
  });

  it("shows the year-end review with its quota when given", () => {
    const page = renderHtmlReport(
      {
        evaluations,
        review: {
          ratings: [
            { id: "xs", title: "Hoàn thành xuất sắc" },
            { id: "tot", title: "Hoàn thành tốt" },
          ],
          units: [
            { unit: "nghi-huong", rating: "xs" },
            { unit: "thu-thuy", rating: "tot", demotedFrom: "xs" },
            { unit: "nghi-hai", rating: "tot" },
            { unit: "nghi-tan", rating: "tot" },
            { unit: "nghi-thu", rating: "tot" },
            { unit: "nghi-hoa", rating: "tot" },
          ],
          quota: { rating: "xs", relativeTo: "tot", maxPercent: 20, allowed: 1 },
        },
      },
      { language: "vi" },
    );
    expect(page).toContain("Bình xét cuối năm");
    expect(page).toContain(
      "“Hoàn thành xuất sắc”: 1 đơn vị, hạn mức 1 (20% của 5 đơn vị “Hoàn thành tốt”).",
    );
    expect(page).toContain("Trong hạn mức.");
    expect(page).toContain("hạ từ “Hoàn thành xuất sắc” do vượt hạn mức");
  });

  it("renders an empty input as a page that says so", () => {
    const page = renderHtmlReport({ evaluations: [] }, { language: "en" });
    expect(page).toContain("There are no evaluations to report.");
    expect(page).not.toContain("<svg");
  });
});

describe("renderMarkdownReport", () => {
  const markdown = renderMarkdownReport(input, { language: "vi" });

  it("shows each ward's progress, the trend, the league and what is left", () => {
    expect(markdown.startsWith("# Báo cáo kết quả thực hiện bộ tiêu chí\n")).toBe(true);
    expect(markdown).toContain(
      "| Phường Nghi Thủy (ví dụ) | 2024-12 | 31/34 | 91,18 | Chưa đạt mức xếp loại | 3 |",
    );
    expect(markdown).toContain("| Đơn vị | 2023-04 | 2023-12 | 2024-12 |");
    expect(markdown).toContain("- tc7 ");
    expect(markdown).toContain(": kết quả đánh giá: chưa đạt");
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
    expect(renderMarkdownReport(input, { language: "vi" })).toBe(markdown);
  });

  it("escapes Markdown and HTML in names and titles", () => {
    const text = renderMarkdownReport(hostile(), { language: "en" });
    expect(text).not.toMatch(/(^|[^\\])<(script|b)>/m);
    expect(text).toContain("\\<script\\>");
    expect(escapeMarkdown("a|b *c* [d](e) `f`\nnext")).toBe(
      "a\\|b \\*c\\* \\[d\\](e) \\`f\\` next",
    );
  });

  it("keeps a table row on one line and its cells apart when a name has | and a line break", () => {
    const [first] = cuaLoEvaluations((file) => file === "nghi-huong-2024-12-qd9745.json");
    const item: ReportEvaluation = {
      ...first!,
      evaluation: { ...first!.evaluation, subject: { id: "x", name: "A | B\nC" } },
    };
    const text = renderMarkdownReport({ evaluations: [item] }, { language: "en" });
    expect(text).toContain("| A \\| B C | 2024-12 | 34/34 | 100 | Model unit | 0 |");
  });
});
