import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAssessmentSet } from "../../src/cli/loadAssessmentSet.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const fixture = (path: string) => readFileSync(resolve(PACKAGE_ROOT, path), "utf8");
const QD9745 = "fixtures/frameworks/vn-qd9745-2022-34.json";
const APRIL = "fixtures/assessments/nghi-huong-2023-04-26-qd9745.json";
const DECEMBER = "fixtures/assessments/nghi-huong-2023-12-qd9745.json";

describe("loadAssessmentSet", () => {
  it("reads the shipped manifest: every assessment with the framework it names", async () => {
    const { io } = memoryIo({}, { cwd: PACKAGE_ROOT, disk: true });
    const set = await loadAssessmentSet(io, ["fixtures/assessments/index.json"], { lang: "en" });
    expect(set.problems).toEqual([]);
    const manifest = JSON.parse(fixture("fixtures/assessments/index.json")) as {
      assessments: { file: string }[];
    };
    expect(set.items.map((item) => item.file)).toEqual(
      manifest.assessments.map((entry) => `fixtures/assessments/${entry.file}`),
    );
    for (const item of set.items) {
      expect(item.framework.id).toBe(item.assessment.framework.id);
      expect(item.framework.version).toBe(item.assessment.framework.version);
    }
  });

  it("reads a folder through its index.json, and a folder without one file by file in name order", async () => {
    const { io } = memoryIo(
      {
        "/work/wards/b.json": fixture(DECEMBER),
        "/work/wards/a.json": fixture(APRIL),
        "/work/wards/notes.txt": "not json",
      },
      { cwd: "/work", disk: true },
    );
    const set = await loadAssessmentSet(io, ["wards"], { lang: "en" });
    expect(set.problems).toEqual([]);
    expect(set.items.map((item) => item.file)).toEqual(["wards/a.json", "wards/b.json"]);
    // no --framework and none listed: the package's bundled framework of that id and version
    expect(set.items[0]!.frameworkFile).toBe(resolve(PACKAGE_ROOT, QD9745));

    const shipped = memoryIo({}, { cwd: PACKAGE_ROOT, disk: true }).io;
    const viaIndex = await loadAssessmentSet(shipped, ["fixtures/assessments"], { lang: "en" });
    expect(viaIndex.items.length).toBeGreaterThan(40);
    expect(viaIndex.items[0]!.file).toBe("fixtures/assessments/nghi-huong-2023-04-26-qd9745.json");
  });

  it("pairs assessments with a framework file listed beside them, or with --framework", async () => {
    const files = {
      "/work/fw.json": fixture(QD9745),
      "/work/a.json": fixture(APRIL),
      "/work/b.json": fixture(DECEMBER),
    };
    const listed = await loadAssessmentSet(memoryIo(files).io, ["fw.json", "a.json", "b.json"], {
      lang: "en",
    });
    expect(listed.problems).toEqual([]);
    expect(listed.items.map((item) => item.frameworkFile)).toEqual(["fw.json", "fw.json"]);

    const flagged = await loadAssessmentSet(memoryIo(files).io, ["a.json"], {
      lang: "en",
      framework: "fw.json",
    });
    expect(flagged.items.map((item) => item.frameworkFile)).toEqual(["fw.json"]);
  });

  it("reports every file it cannot use, with a code, and keeps the others", async () => {
    const other = fixture("fixtures/assessments/nghi-huong-2023-11-02-qd5764.json");
    const unknown = JSON.parse(fixture(APRIL)) as { framework: { id: string } };
    unknown.framework.id = "no-such-framework";
    const { io } = memoryIo({
      "/work/fw.json": fixture(QD9745),
      "/work/a.json": fixture(APRIL),
      "/work/other.json": other,
      "/work/unknown.json": JSON.stringify(unknown),
      "/work/bad.json": "{ not json",
      "/work/list.json": JSON.stringify([1, 2]),
      "/work/invalid.json": JSON.stringify({ subject: { id: "x" }, entries: "no" }),
      "/work/manifest.json": JSON.stringify({ assessments: [{ file: "a.json" }] }),
    });
    const set = await loadAssessmentSet(
      io,
      [
        "a.json",
        "other.json",
        "unknown.json",
        "bad.json",
        "list.json",
        "invalid.json",
        "manifest.json",
        "gone.json",
      ],
      { lang: "vi", framework: "fw.json" },
    );
    expect(set.items.map((item) => item.file)).toEqual(["a.json"]);
    expect(set.problems.map((p) => [p.file, p.issues[0]!.code])).toEqual([
      ["bad.json", "invalid_json"],
      ["list.json", "unknown_file_kind"],
      ["invalid.json", expect.any(String)],
      ["manifest.json", "invalid_manifest"],
      ["gone.json", "file_not_found"],
      ["other.json", "other_framework"],
      ["unknown.json", "other_framework"],
    ]);
    for (const p of set.problems) {
      expect(p.message).toContain(p.file);
      expect(p.issues[0]!.messages.vi.length).toBeGreaterThan(0);
      expect(p.issues[0]!.messages.en.length).toBeGreaterThan(0);
    }

    const withoutFlag = await loadAssessmentSet(io, ["unknown.json"], { lang: "en" });
    expect(withoutFlag.problems.map((p) => p.issues[0]!.code)).toEqual(["framework_not_found"]);
  });

  it("never reads the same framework file twice and does not mutate what it returns between calls", async () => {
    let reads = 0;
    const base = memoryIo({
      "/work/fw.json": fixture(QD9745),
      "/work/a.json": fixture(APRIL),
      "/work/b.json": fixture(DECEMBER),
    });
    const io = {
      ...base.io,
      readFile: async (path: string) => {
        if (path === "/work/fw.json") reads += 1;
        return base.io.readFile(path);
      },
    };
    const set = await loadAssessmentSet(io, ["a.json", "b.json"], {
      lang: "en",
      framework: "fw.json",
    });
    expect(set.items).toHaveLength(2);
    expect(reads).toBe(1);
  });
});
