import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/index.js";
import {
  type ReportInput,
  renderHtmlReport,
  renderMarkdownReport,
} from "../../src/report/index.js";
import { cuaLoEvaluations } from "./cuaLo.js";

const base = cuaLoEvaluations((file) =>
  /^nghi-(huong|thu)-2023-(04|12)[-\d]*-qd9745\.json$/.test(file),
);

/** The evaluations with the ward Nghi Thu renamed and the title of criterion tc5 replaced. */
function withText(name: string, title: string): ReportInput {
  const framework = structuredClone(base[0]!.framework) as Framework;
  const tc5 = framework.nodes
    .flatMap((node) => node.children ?? [node])
    .find((node) => node.id === "tc5")!;
  (tc5 as { title: Record<string, string> }).title = { vi: title, en: title };
  return {
    evaluations: base.map((item) => ({
      framework,
      evaluation:
        item.evaluation.subject.id === "nghi-thu"
          ? { ...item.evaluation, subject: { ...item.evaluation.subject, name } }
          : item.evaluation,
    })),
  };
}

const tags = (html: string) =>
  [...html.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((match) => match[1]).join(" ");
const cellsPerRow = (markdown: string) =>
  markdown
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .map((line) => line.replace(/\\\|/g, "").split("|").length);

describe("escaping, for any ward name and criterion title", () => {
  const plain = withText("Nghi Thu", "Tiêu chí 5");
  const html = renderHtmlReport(plain, { language: "en" });
  const markdown = renderMarkdownReport(plain, { language: "en" });
  expect(base).toHaveLength(4);

  it("the HTML has the same elements as with plain text", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40, unit: "binary" }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (name, title) => {
          const page = renderHtmlReport(withText(name, title), { language: "en" });
          expect(tags(page)).toBe(tags(html));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it("the Markdown tables keep their cells", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40, unit: "binary" }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (name, title) => {
          const text = renderMarkdownReport(withText(name, title), { language: "en" });
          expect(cellsPerRow(text)).toEqual(cellsPerRow(markdown));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
