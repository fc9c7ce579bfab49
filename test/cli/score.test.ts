import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const TT124 = "fixtures/frameworks/vn-tt124-2021.json";
const XA_A = "fixtures/assessments/xa-a-2023-tt124.json";

function onDisk(files: Record<string, string> = {}) {
  return memoryIo(files, { cwd: PACKAGE_ROOT, disk: true });
}

describe("run score", () => {
  it("reports 3/4 for the 16-of-25 commune, names criterion xa.4 and the gap to 'Đạt'", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["score", TT124, XA_A], io)).toBe(0);
    expect(stderr()).toBe("");
    const lines = stdout().split("\n");
    expect(lines.slice(1, 6)).toEqual([
      "Đơn vị: Xã A (ví dụ) (xa-a)",
      "Kỳ đánh giá: 2023 (16/11/2022 – 15/11/2023)",
      "Dữ liệu ví dụ, không phải số liệu báo cáo.",
      "Đạt: 3/4 tiêu chí; 5 tiêu chí không áp dụng",
      "Xếp loại: Chưa đạt",
    ]);
    expect(lines[0]).toMatch(/^Bộ tiêu chí: .* \(vn-tt124-2021 phiên bản 2021, chính thức\)$/);
    expect(stdout()).toContain("Các tiêu chí chưa đạt (1):\n  - xa.4 ");
    expect(stdout()).toContain('Để đạt mức "Đạt", còn thiếu:\n  - ');
    expect(stdout()).toMatch(/16\/25/);
  });

  it("speaks English with --lang en", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["score", TT124, XA_A, "--lang", "en"], io)).toBe(0);
    expect(stdout()).toContain("Met: 3/4 criteria; 5 not applicable\nTier: no tier reached\n");
    expect(stdout()).toMatch(
      /\nMissing for tier "Meets the standard":\n {2}- .*xa\.4\nFewest criteria still to meet \(1\): xa\.4\n$/,
    );
  });

  it("prints the evaluation as JSON with --json, byte for byte the same on every run", async () => {
    const first = onDisk();
    const second = onDisk();
    expect(await run(["score", TT124, XA_A, "--json"], first.io)).toBe(0);
    await run(["score", TT124, XA_A, "--json"], second.io);
    expect(first.stdout()).toBe(second.stdout());
    const evaluation = JSON.parse(first.stdout());
    expect(evaluation.count.met).toBe(3);
    expect(evaluation.count.applicable).toBe(4);
    expect(evaluation.tier).toBeNull();
  });

  it("reports the points of a points framework", async () => {
    const { io, stdout } = onDisk();
    const code = await run(
      [
        "score",
        "fixtures/frameworks/vn-qd25-2021-tcpl.json",
        "fixtures/assessments/xa-f-2023-qd25.json",
        "--lang",
        "en",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(stdout()).toMatch(/\nPoints: \d+(\.\d+)?\/100\n/);
  });

  it("uses the evaluation context given with --context", async () => {
    const ntm = "fixtures/frameworks/vn-qd318-319-2022-ntm.json";
    const xaD = "fixtures/assessments/xa-d-2024-qd318.json";
    const without = onDisk();
    await run(["score", ntm, xaD, "--json"], without.io);
    const context = JSON.stringify({ outcomes: { "vn-tt124-2021": { tier: "dat" } } });
    const withContext = onDisk({ [`${PACKAGE_ROOT}/context.json`]: context });
    expect(
      await run(["score", ntm, xaD, "--json", "--context", "context.json"], withContext.io),
    ).toBe(0);
    const status = (output: string) =>
      JSON.parse(output).nodes.find((node: { id: string }) => node.id === "19.2").status;
    expect(status(without.stdout())).toBe("unknown");
    expect(status(withContext.stdout())).toBe("met");
  });

  it("refuses a context that is not a JSON object (exit 2), and --context on other commands", async () => {
    const { io, stderr } = onDisk({ [`${PACKAGE_ROOT}/context.json`]: "[1, 2]" });
    expect(await run(["score", TT124, XA_A, "--context", "context.json", "--lang", "en"], io)).toBe(
      2,
    );
    expect(stderr()).toMatch(
      /^context\.json: invalid evaluation context, 1 error:\n {2}error \[invalid_type\] at \(root\): /,
    );
    const other = onDisk();
    expect(await run(["validate", TT124, "--context", "context.json"], other.io)).toBe(2);
  });

  it("exits 1 naming the assessment file when it is invalid", async () => {
    const { io, stdout, stderr } = onDisk({
      [`${PACKAGE_ROOT}/a.json`]: JSON.stringify({ framework: { id: "vn-tt124-2021" } }),
    });
    expect(await run(["score", TT124, "a.json", "--lang", "en"], io)).toBe(1);
    expect(stdout()).toBe("");
    expect(stderr()).toMatch(/^a\.json: invalid assessment, \d+ errors:\n {2}error \[/);
  });

  it("exits 1 when the assessment records a node the framework does not have", async () => {
    const stray = {
      framework: { id: "vn-tt124-2021", version: "2021" },
      subject: { id: "xa-z", kind: "xa" },
      period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
      entries: [{ node: "no.such.node", value: true }],
    };
    const { io, stderr } = onDisk({ [`${PACKAGE_ROOT}/a.json`]: JSON.stringify(stray) });
    expect(await run(["score", TT124, "a.json", "--lang", "en"], io)).toBe(1);
    expect(stderr()).toMatch(/^a\.json: the assessment does not fit the framework, \d+ errors?:\n/);
    expect(stderr()).toContain("no.such.node");
  });

  it("says why a tier cannot be reached when a disqualifier holds", async () => {
    const { io, stdout } = onDisk();
    const code = await run(
      [
        "score",
        "fixtures/frameworks/vn-qd25-2021-tcpl.json",
        "fixtures/assessments/xa-g-2023-qd25.json",
        "--lang",
        "en",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(stdout()).toContain("Disqualifiers:\n  - dk.ky_luat: ");
    expect(stdout()).toMatch(/cannot be reached by meeting more nodes/);
  });

  it("exits 2 when a file is missing", async () => {
    const { io, stderr } = onDisk();
    expect(await run(["score", TT124, "missing.json"], io)).toBe(2);
    expect(stderr()).toBe("missing.json: không tìm thấy tệp.\n");
  });
});

describe("run score: warnings and unreadable inputs", () => {
  it("prints checkAssessment warnings on stderr and still scores", async () => {
    const xaA = JSON.parse(readFileSync(`${PACKAGE_ROOT}/${XA_A}`, "utf8")) as {
      entries: { node: string }[];
    };
    const withoutVerdict = {
      ...xaA,
      // the entry is there but the assessor's verdict is not
      entries: xaA.entries.map((entry) => (entry.node === "xa.3.a" ? { node: "xa.3.a" } : entry)),
    };
    const { io, stdout, stderr } = onDisk({
      [`${PACKAGE_ROOT}/a.json`]: JSON.stringify(withoutVerdict),
    });
    expect(await run(["score", TT124, "a.json", "--lang", "en"], io)).toBe(0);
    expect(stderr()).toMatch(/^ {2}warning \[missing_verdict\] at /);
    expect(stdout()).toContain("Met: 2/4 criteria");
  });

  it("exits 1 naming the framework file when it is invalid", async () => {
    const { io, stderr } = onDisk({ [`${PACKAGE_ROOT}/f.json`]: "{}" });
    expect(await run(["score", "f.json", XA_A, "--lang", "en"], io)).toBe(1);
    expect(stderr()).toMatch(/^f\.json: invalid framework, \d+ errors:\n/);
  });

  it("exits 2 when the framework or the context file cannot be read", async () => {
    const framework = onDisk();
    expect(await run(["score", "nope.json", XA_A, "--lang", "en"], framework.io)).toBe(2);
    expect(framework.stderr()).toBe("nope.json: file not found.\n");
    const context = onDisk();
    expect(
      await run(["score", TT124, XA_A, "--context", "c.json", "--lang", "en"], context.io),
    ).toBe(2);
    expect(context.stderr()).toBe("c.json: file not found.\n");
  });
});
