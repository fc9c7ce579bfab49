import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { CliIo } from "../../src/cli/types.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const MANIFEST = "fixtures/assessments/index.json";

/** The repository's files, plus a file writer that keeps what is written. */
function withWriter() {
  const memory = memoryIo({}, { cwd: PACKAGE_ROOT, disk: true });
  const written = new Map<string, string>();
  const io: CliIo = {
    ...memory.io,
    writeFile: async (path, text) => {
      written.set(path, text);
    },
  };
  return { ...memory, io, written };
}

describe("run report", () => {
  it("writes the HTML report of every assessment of a manifest and prints its path", async () => {
    const { io, stdout, stderr, written } = withWriter();
    expect(await run(["report", MANIFEST, "--out", "out/report.html", "--lang", "en"], io)).toBe(0);
    expect(stderr()).toBe("");
    const path = join(PACKAGE_ROOT, "out/report.html");
    // the shipped manifest: 19 units (57 evaluations) of the Cửa Lò and other fixtures, and Xã H with its
    // 25 residential areas over three TT 124 windows (26 units, 78 evaluations) for the roll-up of issue 9
    expect(stdout()).toBe(`Report written (45 units, 135 evaluations): ${path}\n`);
    const html = written.get(path)!;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain("Phường Nghi Hương");
    expect(html).toContain('data-framework="vn-tt124-2021"');
  });

  it("prints a Markdown report with --format md, and infers md from --out", async () => {
    const printed = withWriter();
    const files = ["nghi-huong-2023-04-26-qd9745.json", "nghi-huong-2023-12-qd9745.json"].map(
      (file) => `fixtures/assessments/${file}`,
    );
    expect(await run(["report", ...files, "--format", "md"], printed.io)).toBe(0);
    expect(printed.stdout()).toMatch(
      /^# Báo cáo kết quả thực hiện bộ tiêu chí: Phường Nghi Hương\n/,
    );
    expect(printed.stdout()).toContain("| Đơn vị | 2023-04 | 2023-12 |");
    expect(printed.written.size).toBe(0);

    const inferred = withWriter();
    expect(await run(["report", ...files, "--out", "r.md"], inferred.io)).toBe(0);
    expect(inferred.written.get(join(PACKAGE_ROOT, "r.md"))).toBe(printed.stdout());
  });

  it("reads a folder through its index.json like the manifest itself", async () => {
    const folder = withWriter();
    const manifest = withWriter();
    expect(await run(["report", "fixtures/assessments", "--format", "md"], folder.io)).toBe(0);
    expect(await run(["report", MANIFEST, "--format", "md"], manifest.io)).toBe(0);
    expect(folder.stdout()).toBe(manifest.stdout());
  });

  it("is byte-identical on every run", async () => {
    const first = withWriter();
    const second = withWriter();
    await run(["report", MANIFEST], first.io);
    await run(["report", MANIFEST], second.io);
    expect(first.stdout()).toBe(second.stdout());
  });

  it("writes no report when an input cannot be used, and says which", async () => {
    const { io, stderr, written } = withWriter();
    expect(
      await run(["report", MANIFEST, "missing.json", "--out", "r.html", "--lang", "en"], io),
    ).toBe(1);
    expect(stderr()).toContain("missing.json: file not found.");
    expect(stderr()).toContain("No report written: 1 file(s) could not be used.");
    expect(written.size).toBe(0);
  });

  it("exits 2 on wrong usage: no input, a bad format, --out without a file writer", async () => {
    const a = withWriter();
    expect(await run(["report", "--lang", "en"], a.io)).toBe(2);
    expect(a.stderr()).toContain(
      '"tieuchi report" needs at least one assessment file, folder or manifest',
    );
    const b = withWriter();
    expect(await run(["report", MANIFEST, "--format", "pdf", "--lang", "en"], b.io)).toBe(2);
    expect(b.stderr()).toBe('--format takes "html" or "md" (got "pdf").\n');
    const c = memoryIo({}, { cwd: PACKAGE_ROOT, disk: true });
    expect(await run(["report", MANIFEST, "--out", "r.html", "--lang", "en"], c.io)).toBe(2);
  });

  it("prints help in both languages", async () => {
    const { io, stdout } = withWriter();
    await run(["report", "--help", "--lang", "en"], io);
    expect(stdout()).toMatch(/^Usage: tieuchi report <files \| folder \| manifest \| file\.csv>/);
    const vi = withWriter();
    await run(["help", "report"], vi.io);
    expect(vi.stdout()).toMatch(/^Cách dùng: tieuchi report/);
  });
});

describe("run demo, with a file writer", () => {
  it("ends by writing the HTML report of the wards of Cửa Lò to the OS temp folder and printing its path", async () => {
    const { io, stdout, stderr, written } = withWriter();
    expect(await run(["demo", "--lang", "en"], io)).toBe(0);
    expect(stderr()).toBe("");
    const path = join(tmpdir(), "tieuchi-report.html");
    expect(stdout().endsWith(`\nHTML report of the wards of Cửa Lò: ${path}\n`)).toBe(true);
    const html = written.get(path)!;
    expect(html.match(/<g class="cell"/g)).toHaveLength(7 * 34 + 7 * 22 + 7 * 20);
  });

  it("keeps standard output JSON with --json (the path goes to standard error) and honours --out", async () => {
    const { io, stdout, stderr, written } = withWriter();
    expect(await run(["demo", "--json", "--out", "demo.html"], io)).toBe(0);
    expect(() => JSON.parse(stdout())).not.toThrow();
    const path = join(PACKAGE_ROOT, "demo.html");
    expect(stderr()).toBe(`\nBáo cáo HTML các phường của Cửa Lò: ${path}\n`);
    expect(written.has(path)).toBe(true);
  });
});
