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
