import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/report/index.js";
import { cuaLoEvaluations } from "./cuaLo.js";

// The system chromium that .ci/run installs from Debian; playwright downloads no browser here.
const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const OUT = resolve(import.meta.dirname, "../../test-output");

if (!HAS_CHROMIUM) {
  // console is reserved by the test setup, so the skip reason goes straight to stderr
  process.stderr.write(
    `test/report/browser.test.ts: SKIPPED, ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)\n`,
  );
}

interface Loaded {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

describe.skipIf(!HAS_CHROMIUM)(`the HTML report in headless chromium (${CHROMIUM})`, () => {
  let browser: Browser;
  const evaluations = cuaLoEvaluations();
  const wards = [...new Set(evaluations.map((item) => item.evaluation.subject.name ?? ""))];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 60_000);

  /** Writes the report to test-output/, opens it from the file and records errors and outside requests. */
  async function load(name: string, html: string, bypassCSP = false): Promise<Loaded> {
    const file = join(OUT, name);
    writeFileSync(file, html);
    // the report's CSP forbids every script, axe included: only the axe check sets bypassCSP
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 }, bypassCSP });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) requests.push(request.url());
    });
    // record outside requests but never send them
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return { page, errors, requests };
  }

  async function axeViolations(page: Page) {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    return page.evaluate(async () => {
      const result = await (
        globalThis as unknown as {
          axe: {
            run: (
              context: unknown,
              options: unknown,
            ) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run((globalThis as unknown as { document: unknown }).document, {
        runOnly: ["wcag2a", "wcag2aa"],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
  }

  it("shows every ward, every chart's title and the heatmap cells, with no console error and no request", async () => {
    const { page, errors, requests } = await load(
      "report-cua-lo-vi.html",
      renderHtmlReport({ evaluations }, { language: "vi", date: "2024-12-31" }),
    );
    expect(await page.title()).toBe("Báo cáo kết quả thực hiện bộ tiêu chí");
    const text = (await page.locator("main").textContent()) ?? "";
    // 7 wards, named as wards under QĐ 9745 and as police stations under the police frameworks
    expect(new Set(evaluations.map((item) => item.evaluation.subject.id)).size).toBe(7);
    expect(wards).toHaveLength(16);
    for (const ward of wards) expect(text).toContain(ward);

    // three frameworks × three charts, each an img with its title and description
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(9);
    const titles = await page.locator("svg[role=img] > title").allTextContents();
    expect(titles.filter((t) => t.startsWith("Tiến độ theo đơn vị"))).toHaveLength(3);
    expect(titles.filter((t) => t.startsWith("Diễn biến qua các kỳ"))).toHaveLength(3);
    expect(titles.filter((t) => t.startsWith("Bản đồ đơn vị × tiêu chí"))).toHaveLength(3);
    for (const name of await charts.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("aria-labelledby")),
    )) {
      expect(await page.locator(`[id="${name}"]`).count()).toBe(1);
    }

    // the heatmap of QĐ 9745: 7 wards × 34 criteria, Nghi Hương all met in 2024-12
    const heatmap = page.locator('section[data-framework="vn-qd9745-2022-34"] svg.heatmap-chart');
    expect(await heatmap.locator("g.cell").count()).toBe(7 * 34);
    const nghiHuong = heatmap.locator('g.cell[data-row="nghi-huong"]');
    expect(await nghiHuong.count()).toBe(34);
    expect(await heatmap.locator('g.cell[data-row="nghi-huong"][data-status="met"]').count()).toBe(
      34,
    );
    const box = await heatmap.locator("g.cell rect").first().boundingBox();
    expect(box?.width).toBeGreaterThan(5);

    // the trend of QĐ 9745 has one line per ward, drawn over three periods
    const trend = page.locator('section[data-framework="vn-qd9745-2022-34"] svg.trend-chart');
    expect(await trend.locator("g.series").count()).toBe(7);

    await page.screenshot({ path: join(OUT, "report-cua-lo-vi.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it("passes axe (wcag2a, wcag2aa) with no serious or critical violation, in Vietnamese and in English", async () => {
    for (const language of ["vi", "en"] as const) {
      const { page, errors, requests } = await load(
        `report-cua-lo-${language}-axe.html`,
        renderHtmlReport(
          {
            evaluations,
            review: {
              ratings: [
                { id: "xuat_sac", title: "Hoàn thành xuất sắc" },
                { id: "tot", title: "Hoàn thành tốt" },
                { id: "hoan_thanh", title: "Hoàn thành" },
              ],
              units: [
                { unit: "nghi-huong", rating: "xuat_sac" },
                { unit: "thu-thuy", rating: "tot", demotedFrom: "xuat_sac" },
                { unit: "nghi-hai", rating: "tot" },
                { unit: "nghi-tan", rating: "tot" },
                { unit: "nghi-thu", rating: "tot" },
                { unit: "nghi-hoa", rating: "tot" },
                { unit: "nghi-thuy", rating: "hoan_thanh" },
              ],
              quota: { rating: "xuat_sac", relativeTo: "tot", maxPercent: 20, allowed: 1 },
            },
          },
          { language },
        ),
        true,
      );
      const violations = await axeViolations(page);
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
        [],
      );
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it("escapes a <script> in a ward name: nothing runs and the name shows as text", async () => {
    const [first] = cuaLoEvaluations((file) => file === "nghi-huong-2024-12-qd9745.json");
    const evaluation = {
      ...first!.evaluation,
      subject: {
        ...first!.evaluation.subject,
        name: '<script>console.error("xss")</script><img src=x>',
      },
    };
    const { page, errors, requests } = await load(
      "report-escape.html",
      renderHtmlReport(
        { evaluations: [{ framework: first!.framework, evaluation }] },
        { language: "en" },
      ),
    );
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(await page.locator("h1").textContent()).toContain(
      '<script>console.error("xss")</script>',
    );
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it("prints on A4 as a PDF with every chart on a page", async () => {
    const { page } = await load(
      "report-cua-lo-print.html",
      renderHtmlReport({ evaluations }, { language: "en" }),
    );
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav.contents").isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(join(OUT, "report-cua-lo-en.pdf"), pdf);
    // A4 portrait is 595 × 842 points
    const boxes = pdf.toString("latin1").match(/\/MediaBox \[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes)
      expect(box).toMatch(/^\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]$/);
    await page.close();
  }, 60_000);
});
