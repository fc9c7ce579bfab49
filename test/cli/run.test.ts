import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { frameworkJsonSchema } from "../../src/index.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const TT124 = "fixtures/frameworks/vn-tt124-2021.json";

function onDisk() {
  return memoryIo({}, { cwd: PACKAGE_ROOT, disk: true });
}

const minimal = {
  id: "vi-du",
  version: "1",
  status: "draft",
  title: { vi: "Ví dụ", en: "Example" },
  scoring: { kind: "count" },
  nodes: [{ id: "1", kind: "criterion", title: { vi: "Một" }, rule: { type: "judged" } }],
};

describe("run: help and usage", () => {
  it("prints the overview in Vietnamese by default", async () => {
    const { io, stdout } = memoryIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(stdout()).toMatch(/^tieuchi: bộ tiêu chí dưới dạng dữ liệu/);
    expect(stdout()).toContain("validate <framework.json>");
  });

  it("prints each command's help in English with --lang en", async () => {
    for (const command of ["validate", "lint", "schema", "score", "demo"]) {
      const { io, stdout } = memoryIo();
      expect(await run([command, "--help", "--lang", "en"], io)).toBe(0);
      expect(stdout()).toMatch(new RegExp(`^Usage: tieuchi ${command}`));
    }
  });

  it("accepts 'help <command>'", async () => {
    const { io, stdout } = memoryIo();
    expect(await run(["help", "score"], io)).toBe(0);
    expect(stdout()).toMatch(/^Cách dùng: tieuchi score/);
  });

  it("exits 2 with the overview on stderr when no command is given", async () => {
    const { io, stdout, stderr } = memoryIo();
    expect(await run([], io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toMatch(/^Thiếu lệnh\./);
  });

  it("exits 2 on an unknown command or option", async () => {
    const unknown = memoryIo();
    expect(await run(["publish"], unknown.io)).toBe(2);
    expect(unknown.stderr()).toBe('Lệnh không tồn tại: "publish". Xem "tieuchi --help".\n');

    const prototypeKey = memoryIo();
    expect(await run(["toString"], prototypeKey.io)).toBe(2);

    const option = memoryIo();
    expect(await run(["validate", "f.json", "--fast"], option.io)).toBe(2);
    expect(option.stderr()).toContain("--fast");
  });

  it("exits 2 when a command gets the wrong number of files", async () => {
    const { io, stderr } = memoryIo();
    expect(await run(["score", "only-one.json", "--lang", "en"], io)).toBe(2);
    expect(stderr()).toBe(
      '"tieuchi score" needs two files: <framework.json> <assessment.json>. See "tieuchi score --help".\n',
    );
  });

  it("turns a failure inside a command into one line and exit code 2, not a stack trace", async () => {
    const { io } = memoryIo({ "/work/f.json": JSON.stringify(minimal) });
    let err = "";
    const broken = {
      ...io,
      stdout: () => {
        throw new Error("stdout closed");
      },
      stderr: (text: string) => {
        err += text;
      },
    };
    expect(await run(["validate", "f.json", "--lang", "en"], broken)).toBe(2);
    expect(err).toBe("Unexpected error: stdout closed\n");
  });
});

describe("run validate", () => {
  it("reports a valid fixture with its id, version and number of criteria", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["validate", TT124, "--lang", "en"], io)).toBe(0);
    expect(stdout()).toMatch(
      /^fixtures\/frameworks\/vn-tt124-2021\.json: valid \(vn-tt124-2021 version 2021, \d+ criteria\)\.\n$/,
    );
    expect(stderr()).toBe("");
  });

  it("lists each issue with its path and exits 1", async () => {
    const broken = {
      ...minimal,
      status: "tam-thoi",
      nodes: [{ ...minimal.nodes[0], tittle: "x" }],
    };
    const { io, stdout } = memoryIo({ "/work/bad.json": JSON.stringify(broken) });
    expect(await run(["validate", "bad.json", "--lang", "en"], io)).toBe(1);
    const lines = stdout().split("\n");
    expect(lines[0]).toBe("bad.json: invalid framework, 2 errors:");
    expect(stdout()).toContain("at status:");
    expect(stdout()).toContain("at nodes.0:");
    expect(stdout()).toContain("tittle");
  });

  it("prints the issues as JSON with --json", async () => {
    const { io, stdout } = memoryIo({ "/work/bad.json": JSON.stringify({ ...minimal, id: "" }) });
    expect(await run(["validate", "bad.json", "--json"], io)).toBe(1);
    const output = JSON.parse(stdout());
    expect(output.valid).toBe(false);
    expect(output.issues[0].path).toEqual(["id"]);
  });

  it("exits 2 naming the path when the file is missing or not JSON", async () => {
    const missing = memoryIo();
    expect(await run(["validate", "nope.json"], missing.io)).toBe(2);
    expect(missing.stderr()).toBe("nope.json: không tìm thấy tệp.\n");

    const notJson = memoryIo({ "/work/x.json": "nodes: []" });
    expect(await run(["validate", "x.json", "--lang", "en"], notJson.io)).toBe(2);
    expect(notJson.stderr()).toMatch(/^x\.json: not valid JSON \(/);
  });
});

describe("run lint", () => {
  it("prints 'no issues' for a clean framework", async () => {
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(minimal) });
    expect(await run(["lint", "f.json", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toBe("f.json: no issues.\n");
  });

  it("exits 1 with the schema issues when the framework does not parse", async () => {
    const duplicate = { ...minimal, nodes: [minimal.nodes[0], minimal.nodes[0]] };
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(duplicate) });
    expect(await run(["lint", "f.json", "--lang", "en"], io)).toBe(1);
    expect(stdout()).toMatch(/^f\.json: invalid framework, \d+ errors?:\n {2}error \[/);
  });

  it("keeps exit code 0 when only warnings are found", async () => {
    const withEmptyGroup = {
      ...minimal,
      nodes: [...minimal.nodes, { id: "g", kind: "group", title: { vi: "Nhóm trống" } }],
    };
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(withEmptyGroup) });
    expect(await run(["lint", "f.json", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toBe(
      'f.json: 0 errors, 1 warning:\n  warning [empty_group] at nodes.1: group "g" has no children\n',
    );
  });

  it("exits 1 when lint finds an error", async () => {
    const missingEnglish = { ...minimal, languages: ["vi", "en"] };
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(missingEnglish) });
    expect(await run(["lint", "f.json"], io)).toBe(1);
    expect(stdout()).toBe(
      "f.json: 1 lỗi, 0 cảnh báo:\n  lỗi [missing_label] tại nodes.0.title: thiếu nhãn bằng ngôn ngữ en (khai báo trong languages)\n",
    );
  });
});

describe("run schema", () => {
  it("prints the JSON Schema exactly as JSON.stringify(frameworkJsonSchema(), null, 2) plus a newline", async () => {
    const { io, stdout } = memoryIo();
    expect(await run(["schema"], io)).toBe(0);
    expect(stdout()).toBe(`${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
  });

  it("refuses arguments", async () => {
    const { io } = memoryIo();
    expect(await run(["schema", "out.json"], io)).toBe(2);
  });
});

describe("run: usage errors of each command", () => {
  it("validate, lint and demo refuse the wrong number of arguments", async () => {
    // validate and lint take many files since issue 11: none is the wrong number
    for (const argv of [["validate"], ["lint"], ["demo", "extra"]]) {
      const { io, stderr } = memoryIo();
      expect(await run([...argv, "--lang", "en"], io)).toBe(2);
      expect(stderr()).toMatch(/^"tieuchi \w+" needs /);
    }
  });

  it("lint exits 2 on a missing file and prints parse issues as JSON", async () => {
    const missing = memoryIo();
    expect(await run(["lint", "nope.json"], missing.io)).toBe(2);
    const invalid = memoryIo({ "/work/f.json": "{}" });
    expect(await run(["lint", "f.json", "--json"], invalid.io)).toBe(1);
    expect(JSON.parse(invalid.stdout()).valid).toBe(false);
  });

  it("validate prints a valid result as JSON", async () => {
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(minimal) });
    expect(await run(["validate", "f.json", "--json"], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual({ valid: true, issues: [] });
  });
});

describe("run validate on a variant", () => {
  const variant = {
    id: "tinh-vi-du",
    version: "2023",
    status: "final",
    title: { vi: "Bộ tiêu chí của tỉnh (ví dụ)" },
    example: true,
    variantOf: { id: "vi-du", version: "1" },
    operations: [{ op: "setMandatory", node: "1", mandatory: true }],
  };

  it("checks a file with variantOf as a variant", async () => {
    const { io, stdout } = memoryIo({ "/work/v.json": JSON.stringify(variant) });
    expect(await run(["validate", "v.json", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toBe(
      "v.json: valid variant (tinh-vi-du version 2023, of vi-du, 1 operation); resolveVariant(base, variant) checks the operations against the base.\n",
    );
  });

  it("lists a variant's issues with their paths", async () => {
    const broken = { ...variant, operations: [{ op: "raiseTarget", node: "1" }] };
    const { io, stdout } = memoryIo({ "/work/v.json": JSON.stringify(broken) });
    expect(await run(["validate", "v.json", "--lang", "en"], io)).toBe(1);
    expect(stdout()).toMatch(
      /^v\.json: invalid framework variant, 1 error:\n {2}error \[\w+\] at operations\.0/,
    );
    const json = memoryIo({ "/work/v.json": JSON.stringify(broken) });
    expect(await run(["validate", "v.json", "--json"], json.io)).toBe(1);
    expect(JSON.parse(json.stdout()).valid).toBe(false);
  });
});

describe("run validate on a resolved variant", () => {
  it("checks a framework that records variantOf as a framework", async () => {
    const resolved = { ...minimal, variantOf: { id: "base", version: "1" } };
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(resolved) });
    expect(await run(["validate", "f.json", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toBe("f.json: valid (vi-du version 1, 1 criterion).\n");
  });
});
