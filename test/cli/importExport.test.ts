import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { CliIo } from "../../src/cli/types.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const QD9745 = "fixtures/frameworks/vn-qd9745-2022-34.json";
const WIDE = "fixtures/csv/cua-lo-wards-qd9745-wide.csv";
const LONG = "fixtures/csv/cua-lo-wards-qd9745-long.csv";

/** An I/O on the real repository (read only) that keeps written files in memory. */
function withWrites(files: Record<string, string> = {}, extra: Partial<CliIo> = {}) {
  const written: Record<string, string> = {};
  const base = memoryIo(files, { cwd: PACKAGE_ROOT, disk: true });
  const io: CliIo = {
    ...base.io,
    writeFile: async (path, text) => {
      written[path] = text;
    },
    ...extra,
  };
  return { ...base, io, written };
}

describe("tieuchi import", () => {
  it("writes one assessment per ward and period and an index.json manifest (exit 0)", async () => {
    const { io, stdout, written } = withWrites();
    const code = await run(
      ["import", WIDE, "--framework", QD9745, "--out", "out/assessments", "--lang", "en"],
      io,
    );
    expect(code).toBe(0);
    expect(stdout()).toBe("Wrote 21 assessments and the manifest index.json to out/assessments.\n");
    const folder = `${PACKAGE_ROOT}/out/assessments`;
    const names = Object.keys(written)
      .map((path) => path.slice(folder.length + 1))
      .sort();
    expect(names).toHaveLength(22);
    expect(names).toContain("nghi-huong-2023-04.json");
    const original = JSON.parse(
      readFileSync("fixtures/assessments/nghi-huong-2023-04-26-qd9745.json", "utf8"),
    );
    expect(JSON.parse(written[`${folder}/nghi-huong-2023-04.json`]!)).toEqual(original);
    const manifest = JSON.parse(written[`${folder}/index.json`]!);
    expect(manifest.assessments[0]).toEqual({
      file: "nghi-hai-2023-04.json",
      framework: "../../fixtures/frameworks/vn-qd9745-2022-34.json",
      example: true,
    });
  });

  it("then score reads the folder through its manifest", async () => {
    const { io, written } = withWrites();
    await run(["import", LONG, "--framework", QD9745, "--out", "out", "--lang", "en"], io);
    const second = memoryIo(written, { cwd: PACKAGE_ROOT, disk: true });
    expect(await run(["score", "out", "--json"], second.io)).toBe(0);
    const results = JSON.parse(second.stdout());
    expect(results).toHaveLength(21);
    const huong = results.find((r: { file: string }) => r.file === "out/nghi-huong-2023-04.json");
    expect(huong.evaluation.count.met).toBe(31);
  });

  it("exits 1 on a bad cell, names its line, column and header, and writes nothing", async () => {
    const csv =
      "unit;period;period_start;period_end;tc1;tc2\nnghi-hai;2023;01/01/2023;31/12/2023;đạt;x\nnghi-thu;2023;01/01/2023;30/02/2023;dat;có lẽ\n";
    const { io, stderr, written } = withWrites({ [`${PACKAGE_ROOT}/bad.csv`]: csv });
    expect(
      await run(["import", "bad.csv", "--framework", QD9745, "--out", "out", "--lang", "en"], io),
    ).toBe(1);
    expect(stderr()).toBe(
      [
        "bad.csv: 2 errors; no file written. Fix the cells below and run again:",
        '  error [date_not_in_calendar] line 3, column 4 (period_end): "30/02/2023": no such day in the calendar.',
        '  error [invalid_status] line 3, column 6 (tc2): "có lẽ" is not a status (met, not met, not applicable, unknown, error).',
        "",
      ].join("\n"),
    );
    expect(written).toEqual({});
  });

  it("--json: { ok, form, delimiter, issues } with positions; assessments on stdout without --out", async () => {
    const bad = withWrites({
      [`${PACKAGE_ROOT}/bad.csv`]:
        "unit,period,period_start,period_end,zz\na,1,2023-01-01,2023-01-02,x\n",
    });
    expect(await run(["import", "bad.csv", "--framework", QD9745, "--json"], bad.io)).toBe(1);
    const output = JSON.parse(bad.stdout());
    expect(output).toMatchObject({ ok: false, form: "wide", delimiter: "," });
    expect(output.issues[0]).toMatchObject({
      code: "unknown_column",
      line: 1,
      column: 5,
      header: "zz",
    });
    const good = withWrites();
    expect(await run(["import", WIDE, "--framework", QD9745, "--json"], good.io)).toBe(0);
    expect(JSON.parse(good.stdout())).toMatchObject({
      ok: true,
      form: "wide",
      delimiter: ";",
      issues: [],
    });
    const plain = withWrites();
    expect(await run(["import", WIDE, "--framework", QD9745], plain.io)).toBe(0);
    expect(JSON.parse(plain.stdout())).toHaveLength(21);
  });

  it("reads standard input, and exits 2 on usage errors and unreadable files", async () => {
    const stdin = memoryIo(
      {},
      { cwd: PACKAGE_ROOT, disk: true, stdin: readFileSync(LONG, "utf8") },
    );
    expect(await run(["import", "-", "--framework", QD9745], stdin.io)).toBe(0);
    expect(JSON.parse(stdin.stdout())).toHaveLength(21);
    for (const argv of [
      ["import", WIDE],
      ["import", "--framework", QD9745],
      ["import", WIDE, "--framework", QD9745, "--form", "tall"],
      ["import", "nope.csv", "--framework", QD9745],
      ["import", WIDE, "--framework", "nope.json"],
    ]) {
      const { io, stderr } = withWrites();
      expect(await run([...argv, "--lang", "en"], io), argv.join(" ")).toBe(2);
      expect(stderr()).not.toBe("");
    }
  });
});

describe("tieuchi export", () => {
  it("writes the wide Excel CSV of a pattern of files, byte for byte the fixture", async () => {
    const { io, stdout } = withWrites();
    const argv = [
      "export",
      "fixtures/assessments/*-qd9745.json",
      "--style",
      "excel",
      "--headers",
      "title",
      "--lang",
      "vi",
    ];
    expect(await run(argv, io)).toBe(0);
    expect(stdout()).toBe(readFileSync(WIDE, "utf8"));
  });

  it("--long --out writes the long CSV; --json reports the file", async () => {
    const { io, stdout, written } = withWrites();
    expect(
      await run(
        ["export", "fixtures/assessments/*-qd9745.json", "--long", "--out", "x.csv", "--json"],
        io,
      ),
    ).toBe(0);
    expect(written[`${PACKAGE_ROOT}/x.csv`]).toBe(readFileSync(LONG, "utf8"));
    expect(JSON.parse(stdout())).toEqual({ ok: true, file: "x.csv", assessments: 21, issues: [] });
  });

  it("exits 2 for assessments of several frameworks, an unknown option value or a missing file", async () => {
    for (const argv of [
      [
        "export",
        "fixtures/assessments/nghi-hai-2023-04-qd9745.json",
        "fixtures/assessments/nghi-hai-2023-04-qd5764.json",
      ],
      ["export", "fixtures/assessments/*-qd9745.json", "--headers", "name"],
      ["export", "nope.json"],
      ["export"],
    ]) {
      const { io, stderr } = withWrites();
      expect(await run([...argv, "--lang", "en"], io), argv.join(" ")).toBe(2);
      expect(stderr()).not.toBe("");
    }
  });
});

describe("many files at once", () => {
  it("validate a manifest: every assessment against its framework, a summary, --json per file", async () => {
    const { io, stdout } = withWrites();
    expect(await run(["validate", "fixtures/assessments/index.json", "--lang", "en"], io)).toBe(0);
    expect(stdout().split("\n").at(-2)).toMatch(/^\d+ files, no errors\.$/);
    const json = withWrites();
    expect(
      await run(["validate", "fixtures/assessments/*-qd9745.json", QD9745, "--json"], json.io),
    ).toBe(0);
    const output = JSON.parse(json.stdout());
    expect(output.valid).toBe(true);
    expect(output.files).toHaveLength(22);
    expect(output.files[0]).toMatchObject({ kind: "framework", valid: true });
  });

  it("lint and validate exit 1 on an assessment that does not fit, 2 on a pattern that matches nothing", async () => {
    const misfit = JSON.stringify({
      framework: { id: "vn-qd9745-2022-34", version: "2022" },
      subject: { id: "x" },
      period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
      entries: [{ node: "tc99", status: "met" }],
    });
    for (const command of ["validate", "lint"]) {
      const { io, stdout } = withWrites({ [`${PACKAGE_ROOT}/m.json`]: misfit });
      expect(await run([command, "m.json", "--lang", "en"], io)).toBe(1);
      expect(stdout()).toContain("unknown_node");
      const none = withWrites();
      expect(await run([command, "nothing/*.json", "--lang", "en"], none.io)).toBe(2);
    }
  });

  it("score --require-tier exits 1 when one of many misses the tier", async () => {
    const { io, stderr } = withWrites();
    const code = await run(
      [
        "score",
        "fixtures/assessments/*-qd9745.json",
        "--require-tier",
        "dien_hinh",
        "--lang",
        "en",
      ],
      io,
    );
    expect(code).toBe(1);
    expect(stderr()).toContain("nghi-hai-2023-04-qd9745.json: The required tier");
  });

  it("a YAML framework with an error gives its line and column", async () => {
    const yaml = readFileSync("fixtures/yaml/vn-qd9745-2022-34.yaml", "utf8").replace(
      'version: "2022"',
      "version: 2022",
    );
    const { io, stdout } = withWrites({ [`${PACKAGE_ROOT}/f.yaml`]: yaml });
    expect(await run(["validate", "f.yaml", "--lang", "en"], io)).toBe(1);
    const line = yaml.split("\n").indexOf("version: 2022") + 1;
    expect(stdout()).toContain(`at version: line ${line}, column 10: `);
  });

  it("shows progress on a terminal's stderr only after a second", async () => {
    let clock = 0;
    const { io, stderr } = withWrites(
      {},
      { isTerminal: { stdout: false, stderr: true }, now: () => (clock += 400) },
    );
    expect(await run(["validate", "fixtures/assessments/*-qd9745.json", "--lang", "en"], io)).toBe(
      0,
    );
    expect(stderr()).toContain("[3/21] fixtures/assessments/nghi-hai-2024-12-qd9745.json");
    expect(stderr()).not.toContain("[1/21]");
    const quiet = withWrites(
      {},
      { isTerminal: { stdout: false, stderr: false }, now: () => (clock += 400) },
    );
    await run(["validate", "fixtures/assessments/*-qd9745.json"], quiet.io);
    expect(quiet.stderr()).toBe("");
  });
});
