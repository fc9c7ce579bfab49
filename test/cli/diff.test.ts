import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const APRIL = "fixtures/assessments/nghi-huong-2023-04-26-qd5764.json";
const NOVEMBER = "fixtures/assessments/nghi-huong-2023-11-02-qd5764.json";
const QD5764 = "fixtures/frameworks/vn-qd5764-2021-22.json";
const KIEU_MAU_2024 = "fixtures/frameworks/vn-cap-kieu-mau-2024-20.json";
const TT124 = "fixtures/frameworks/vn-tt124-2021.json";
const XA_A = "fixtures/assessments/xa-a-2023-tt124.json";

function onDisk(files: Record<string, string> = {}, stdin?: string) {
  return memoryIo(files, {
    cwd: PACKAGE_ROOT,
    disk: true,
    ...(stdin === undefined ? {} : { stdin }),
  });
}

describe("run diff: two assessments", () => {
  it("names tc11 and tc21 as lost between April and November 2023 (Nghi Hương, QĐ 5764), in English", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["diff", APRIL, NOVEMBER, "--lang", "en"], io)).toBe(1);
    expect(stderr()).toBe("");
    const out = stdout();
    expect(out).toMatch(/^Framework: .*\(vn-qd5764-2021-22 2021\)\n/);
    expect(out).toContain("Period: 2023-04 → 2023-11\n");
    expect(out).toContain(
      [
        "Criteria won (0):",
        "Criteria lost (2):",
        "  tc11 Criterion 11: met → not met",
        "    before: recorded by the assessor as met",
        "    after: recorded by the assessor as not met",
        "  tc21 Criterion 21: met → not met",
        "    before: recorded by the assessor as met",
        "    after: recorded by the assessor as not met",
        "Met: 20/22 → 18/22 (-2)",
      ].join("\n"),
    );
    expect(out).toContain("Contributions to the score change (-2): tc11 -1, tc21 -1\n");
  });

  it("says the same in Vietnamese by default", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["diff", APRIL, NOVEMBER], io)).toBe(1);
    expect(stdout()).toContain(
      [
        "Tiêu chí mới đạt (0):",
        "Tiêu chí không còn đạt (2):",
        "  tc11 Tiêu chí 11: đạt → chưa đạt",
        "    trước: kết quả đánh giá: đạt",
        "    sau: kết quả đánh giá: chưa đạt",
      ].join("\n"),
    );
    expect(stdout()).toContain("Đạt: 20/22 → 18/22 (-2)\n");
  });

  it("exits 0 with 'no changes' for the same file twice", async () => {
    const en = onDisk();
    expect(await run(["diff", APRIL, APRIL, "--lang", "en"], en.io)).toBe(0);
    expect(en.stdout()).toMatch(/\nNo changes\.\n$/);
    const vi = onDisk();
    expect(await run(["diff", APRIL, APRIL], vi.io)).toBe(0);
    expect(vi.stdout()).toMatch(/\nKhông có thay đổi\.\n$/);
  });

  it("prints both diff objects as JSON with --json", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["diff", APRIL, NOVEMBER, "--json"], io)).toBe(1);
    const parsed = JSON.parse(stdout());
    expect(parsed.kind).toBe("assessments");
    expect(parsed.changed).toBe(true);
    expect(parsed.assessments.entries.map((e: { node: string }) => e.node)).toEqual([
      "tc11",
      "tc21",
    ]);
    const lost = parsed.evaluations.nodes.filter((n: { kinds: string[] }) =>
      n.kinds.includes("newlyLost"),
    );
    expect(lost.map((n: { node: string }) => n.node)).toEqual(["tc11", "tc21"]);
    expect(parsed.evaluations.count.met).toEqual({ before: 20, after: 18, delta: -2 });
  });

  it("evaluates against --framework and gives computed reasons on both sides", async () => {
    const xaA = JSON.parse(readFileSync(join(PACKAGE_ROOT, XA_A), "utf8"));
    const later = {
      ...xaA,
      entries: xaA.entries.map((entry: { node: string }) =>
        entry.node === "xa.3.b" ? { node: "xa.3.b", value: true } : entry,
      ),
    };
    const file = join(PACKAGE_ROOT, "later.json");
    const { io, stdout, stderr } = onDisk({ [file]: JSON.stringify(later) });
    const code = await run(["diff", XA_A, "later.json", "--framework", TT124, "--lang", "en"], io);
    expect(stderr()).toBe("");
    expect(code).toBe(1);
    expect(stdout()).toMatch(/\n {2}xa\.3\.b: false → true\n/);
    expect(stdout()).toMatch(/\n {4}before: .+\n {4}after: .+\n/);
  });

  it("refuses --framework of another framework (exit 2)", async () => {
    const { io, stderr } = onDisk();
    expect(await run(["diff", APRIL, NOVEMBER, "--framework", TT124, "--lang", "en"], io)).toBe(2);
    expect(stderr()).toContain(
      "the assessment is of framework vn-qd5764-2021-22, not vn-tt124-2021",
    );
  });

  it("refuses --framework with another command", async () => {
    const { io, stderr } = onDisk();
    expect(await run(["validate", QD5764, "--framework", QD5764, "--lang", "en"], io)).toBe(2);
    expect(stderr()).toBe('--framework only applies to "tieuchi diff" and "tieuchi report".\n');
  });

  it("asks for --framework when the assessment's framework cannot be found", async () => {
    const april = JSON.parse(readFileSync(join(PACKAGE_ROOT, APRIL), "utf8"));
    const text = JSON.stringify({ ...april, framework: { id: "khong-co", version: "1" } });
    const { io, stderr } = onDisk({}, text);
    expect(await run(["diff", "-", "-", "--lang", "en"], io)).toBe(2);
    const other = onDisk({}, text);
    expect(await run(["diff", "-", APRIL, "--lang", "en"], other.io)).toBe(2);
    expect(other.stderr()).toBe(
      "(stdin): framework khong-co version 1 not found; give it with --framework <file.json>.\n",
    );
    expect(stderr()).not.toBe("");
  });

  it("refuses assessments of two different frameworks (exit 2)", async () => {
    const { io, stdout, stderr } = onDisk();
    const code = await run(
      ["diff", APRIL, "fixtures/assessments/nghi-huong-2024-12-cap2024.json", "--lang", "en"],
      io,
    );
    expect(code).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toContain("[framework_mismatch]");
  });
});

describe("run diff: two frameworks", () => {
  it("lists what QĐ 5764 → the 2024 set changes, exit 1", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["diff", QD5764, KIEU_MAU_2024, "--lang", "en"], io)).toBe(1);
    expect(stderr()).toBe("");
    expect(stdout()).toMatch(
      /^Framework: vn-qd5764-2021-22 2021 → vn-cap-kieu-mau-2024-20 2024\nChanges \(\d+\):\n/,
    );
    expect(stdout()).toContain('  node "tc21" (Criterion 21) removed\n');
    expect(stdout()).toContain('  node "tc22" (Criterion 22) removed\n');
  });

  it("prints the FrameworkDiff as JSON with --json", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["diff", QD5764, KIEU_MAU_2024, "--json"], io)).toBe(1);
    const parsed = JSON.parse(stdout());
    expect(parsed.kind).toBe("frameworks");
    expect(parsed.diff.from).toEqual({ id: "vn-qd5764-2021-22", version: "2021" });
    const removed = parsed.diff.changes.filter((c: { kind: string }) => c.kind === "node_removed");
    expect(removed.map((c: { node: string }) => c.node)).toEqual(["tc21", "tc22"]);
  });

  it("exits 0 for the same framework twice", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["diff", QD5764, QD5764], io)).toBe(0);
    expect(stdout()).toContain("\nKhông có thay đổi.\n");
  });
});

describe("run diff --help", () => {
  it("shows the usage and an example in Vietnamese and English", async () => {
    const vi = onDisk();
    expect(await run(["diff", "--help"], vi.io)).toBe(0);
    expect(vi.stdout()).toMatch(/^Cách dùng: tieuchi diff <trước\.json> <sau\.json>/);
    expect(vi.stdout()).toContain(`tieuchi diff ${APRIL} ${NOVEMBER}`);
    const en = onDisk();
    expect(await run(["help", "diff", "--lang", "en"], en.io)).toBe(0);
    expect(en.stdout()).toMatch(/^Usage: tieuchi diff <before\.json> <after\.json>/);
    expect(en.stdout()).toContain(`tieuchi diff ${QD5764} ${KIEU_MAU_2024} --json`);
  });
});

describe("run diff: bad input", () => {
  it("refuses a framework and an assessment (exit 2), either way round", async () => {
    const one = onDisk();
    expect(await run(["diff", QD5764, APRIL, "--lang", "en"], one.io)).toBe(2);
    expect(one.stdout()).toBe("");
    expect(one.stderr()).toContain("one is a framework, the other an assessment");
    const two = onDisk();
    expect(await run(["diff", APRIL, QD5764], two.io)).toBe(2);
    expect(two.stderr()).toContain("một tệp là bộ tiêu chí, tệp kia là kết quả đánh giá");
  });

  it("refuses a missing file, a file that is neither, an invalid one, and a wrong number of files", async () => {
    const neither = join(PACKAGE_ROOT, "neither.json");
    const invalid = join(PACKAGE_ROOT, "invalid.json");
    const files = {
      [neither]: "[1, 2]",
      [invalid]: JSON.stringify({ id: "x", version: "1", scoring: { kind: "count" }, nodes: [{}] }),
    };
    for (const argv of [
      ["diff", APRIL, "missing.json"],
      ["diff", APRIL, "neither.json"],
      ["diff", "invalid.json", QD5764],
      ["diff", APRIL],
      ["diff", APRIL, NOVEMBER, QD5764],
    ]) {
      const { io, stdout, stderr } = onDisk(files);
      expect(await run([...argv, "--lang", "en"], io), argv.join(" ")).toBe(2);
      expect(stdout()).toBe("");
      expect(stderr()).not.toBe("");
    }
  });
});
