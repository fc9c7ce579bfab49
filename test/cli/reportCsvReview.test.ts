import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { CliIo } from "../../src/cli/types.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const CSV = "fixtures/csv/cua-lo-wards-qd9745-wide.csv";
const QD9745 = "fixtures/frameworks/vn-qd9745-2022-34.json";

/** The repository's files plus `extra`, and a file writer that keeps what is written. */
function withWriter(extra: Record<string, string> = {}) {
  const memory = memoryIo(extra, { cwd: PACKAGE_ROOT, disk: true });
  const written = new Map<string, string>();
  const io: CliIo = {
    ...memory.io,
    writeFile: async (path, text) => {
      written.set(path, text);
    },
  };
  return { ...memory, io, written };
}

describe("tieuchi report of a CSV file", () => {
  it("imports the wide CSV of the wards of Cửa Lò with --framework and reports the 7 wards", async () => {
    const { io, stdout, stderr, written } = withWriter();
    const out = join(tmpdir(), "r.html");
    expect(
      await run(["report", CSV, "--framework", QD9745, "--out", out, "--lang", "en"], io),
    ).toBe(0);
    expect(stderr()).toBe("");
    expect(stdout()).toBe(`Report written (7 units, 21 evaluations): ${out}\n`);
    const html = written.get(out)!;
    // one "what is left" block per ward, and the heatmap's 7 × 34 cells
    expect(html.match(/<div class="unit-left" data-unit="/g)).toHaveLength(7);
    expect(html.match(/<g class="cell"/g)).toHaveLength(7 * 34);
    expect(html).toContain("Phường Nghi Hương");
  });

  it("gives the same Markdown report as the JSON assessments the CSV was made from", async () => {
    const fromCsv = withWriter();
    expect(await run(["report", CSV, "--framework", QD9745, "--format", "md"], fromCsv.io)).toBe(0);
    const files = readdirSync(join(PACKAGE_ROOT, "fixtures/assessments"))
      .filter((file) => file.endsWith("-qd9745.json"))
      .map((file) => `fixtures/assessments/${file}`);
    expect(files).toHaveLength(21);
    const fromJson = withWriter();
    expect(
      await run(["report", ...files, "--framework", QD9745, "--format", "md"], fromJson.io),
    ).toBe(0);
    expect(fromCsv.stdout()).toContain("| Đơn vị | 2023-04 | 2023-12 | 2024-12 |");
    expect(fromCsv.stdout()).toBe(fromJson.stdout());
  });

  it("writes nothing when a cell is wrong, naming its line and column (exit 1)", async () => {
    const text = readFileSync(join(PACKAGE_ROOT, CSV), "utf8");
    const lines = text.split("\n");
    // line 3 of the file: the second data row; its 12th column is the first criterion
    const cells = lines[2]!.split(";");
    cells[11] = "có lẽ";
    lines[2] = cells.join(";");
    const bad = join(PACKAGE_ROOT, "bad.csv");
    const { io, stderr, written } = withWriter({ [bad]: lines.join("\n") });
    expect(
      await run(
        ["report", "bad.csv", "--framework", QD9745, "--out", "r.html", "--lang", "en"],
        io,
      ),
    ).toBe(1);
    expect(stderr()).toMatch(/bad\.csv: 1 error in the CSV file; no report written/);
    expect(stderr()).toMatch(/line 3, column 12/);
    expect(written.size).toBe(0);
  });

  it("needs --framework for a CSV file (exit 2)", async () => {
    const { io, stderr, written } = withWriter();
    expect(await run(["report", CSV, "--out", "r.html", "--lang", "en"], io)).toBe(2);
    expect(stderr()).toContain("a CSV file needs --framework <framework file>");
    expect(written.size).toBe(0);
  });
});

const REVIEW = "fixtures/reviews/example-cua-lo-wards-hd01-rules.json";

describe("tieuchi report --review", () => {
  it("runs the review of the wards' latest period and shows it with its quota", async () => {
    const { io, stdout, stderr, written } = withWriter();
    const out = join(tmpdir(), "r.html");
    expect(
      await run(
        ["report", CSV, "--framework", QD9745, "--review", REVIEW, "--out", out, "--lang", "en"],
        io,
      ),
    ).toBe(0);
    // the review's own warning: no operating dates were given (--facts)
    expect(stderr()).toContain("missing_fact: 7 units have no operatingSince");
    expect(stdout()).toBe(`Report written (7 units, 21 evaluations): ${out}\n`);
    const html = written.get(out)!;
    expect(html).toContain("(example-cua-lo-wards-hd01-rules example-1) — 2024-12</p>");
    // all 7 wards earn "excellent" (at least 90% met) at 2024-12; the quota keeps floor(20% × 6) = 1
    expect(html).toContain(
      "cua-lo: “Completed tasks excellently”: 1 units, quota 1 (20% of the 6 units rated “Completed tasks well”). <strong>Within the quota.</strong>",
    );
    expect(html.match(/lowered from “Completed tasks excellently” by the quota/g)).toHaveLength(6);
  });

  it("shows what tieuchi review computes for the same cohort", async () => {
    const reviewed = withWriter();
    expect(await run(["review", REVIEW, "fixtures/assessments", "--json"], reviewed.io)).toBe(0);
    const json = JSON.parse(reviewed.stdout()) as {
      groups: { period: string; result: { counts: { rating: string; final: number }[] } }[];
    };
    const december = json.groups.find((group) => group.period === "2024-12")!;
    const reported = withWriter();
    await run(
      ["report", CSV, "--framework", QD9745, "--review", REVIEW, "--format", "md", "--lang", "en"],
      reported.io,
    );
    for (const count of december.result.counts) {
      expect(reported.stdout()).toMatch(new RegExp(`\\| [^|]+ \\| ${count.final} \\|`));
    }
    expect(december.result.counts.map((count) => count.final)).toEqual([1, 6, 0, 0]);
  });

  it("writes nothing with an invalid review definition (exit 1) or an unreadable one (exit 2)", async () => {
    const bad = join(PACKAGE_ROOT, "bad-review.json");
    const a = withWriter({ [bad]: JSON.stringify({ id: "x", ratings: [] }) });
    expect(
      await run(
        [
          "report",
          CSV,
          "--framework",
          QD9745,
          "--review",
          "bad-review.json",
          "--out",
          "r.html",
          "--lang",
          "en",
        ],
        a.io,
      ),
    ).toBe(1);
    expect(a.stderr()).toContain("bad-review.json: invalid review definition:");
    expect(a.written.size).toBe(0);
    const b = withWriter();
    expect(
      await run(
        ["report", CSV, "--framework", QD9745, "--review", "missing.json", "--out", "r.html"],
        b.io,
      ),
    ).toBe(2);
    expect(b.written.size).toBe(0);
  });

  it("says when no evaluation is of the review's framework (exit 1, nothing written)", async () => {
    const { io, stderr, written } = withWriter();
    expect(
      await run(
        [
          "report",
          "fixtures/assessments/nghi-huong-2023-11-02-qd5764.json",
          "--review",
          REVIEW,
          "--out",
          "r.html",
          "--lang",
          "en",
        ],
        io,
      ),
    ).toBe(1);
    expect(stderr()).toContain(
      "example-cua-lo-wards-hd01-rules.json: no evaluations of framework vn-qd9745-2022-34 to review.",
    );
    expect(written.size).toBe(0);
  });
});
