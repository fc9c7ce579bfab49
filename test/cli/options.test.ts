import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/cli/decodeUtf8.js";
import { languageFromEnv } from "../../src/cli/parseCliArgs.js";
import { run } from "../../src/cli/run.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const TT124 = "fixtures/frameworks/vn-tt124-2021.json";
const XA_A = "fixtures/assessments/xa-a-2023-tt124.json";
const tt124Text = readFileSync(`${PACKAGE_ROOT}/${TT124}`, "utf8");
const xaAText = readFileSync(`${PACKAGE_ROOT}/${XA_A}`, "utf8");

function onDisk(
  files: Record<string, string | Uint8Array> = {},
  options: { stdin?: string | Uint8Array; env?: Record<string, string> } = {},
) {
  return memoryIo(files, { cwd: PACKAGE_ROOT, disk: true, ...options });
}

/** The assessment with bytes FF C3 28 inside the subject's name, a JSON string. */
function withBadBytes(): { bytes: Uint8Array; offset: number } {
  const marker = '"Xã A (ví dụ)"';
  const at = Buffer.from(xaAText.slice(0, xaAText.indexOf(marker) + 1), "utf8").length;
  const whole = Buffer.from(xaAText, "utf8");
  const bytes = Buffer.concat([
    whole.subarray(0, at),
    Buffer.from([0xff, 0xc3, 0x28]),
    whole.subarray(at),
  ]);
  return { bytes, offset: at };
}

describe("invalid UTF-8", () => {
  it("is refused with the offset of the first bad byte, exit 2 (it used to become U+FFFD)", async () => {
    const { bytes, offset } = withBadBytes();
    const { io, stdout, stderr } = onDisk({ [`${PACKAGE_ROOT}/a.json`]: bytes });
    expect(await run(["score", TT124, "a.json", "--lang", "en"], io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toBe(
      `a.json: not valid UTF-8, the first invalid byte is at offset ${offset} (counting from 0).\n`,
    );
    const vi = onDisk({ [`${PACKAGE_ROOT}/f.json`]: bytes });
    expect(await run(["validate", "f.json"], vi.io)).toBe(2);
    expect(vi.stderr()).toContain(`byte không hợp lệ đầu tiên ở vị trí ${offset}`);
  });

  it("finds the first bad byte of each kind, and keeps valid text and a BOM", () => {
    const at = (...bytes: number[]) => decodeUtf8(new Uint8Array(bytes));
    expect(at(0x61, 0xff, 0xc3, 0x28)).toEqual({ ok: false, offset: 1 });
    expect(at(0x61, 0xc3, 0x28)).toEqual({ ok: false, offset: 1 }); // truncated sequence
    expect(at(0xc0, 0x80)).toEqual({ ok: false, offset: 0 }); // overlong
    expect(at(0xed, 0xa0, 0x80)).toEqual({ ok: false, offset: 0 }); // surrogate
    expect(at(0x61, 0xe1, 0xba)).toEqual({ ok: false, offset: 1 }); // cut at the end
    expect(at(0xf4, 0x90, 0x80, 0x80)).toEqual({ ok: false, offset: 0 }); // above U+10FFFF
    expect(at(0xef, 0xbb, 0xbf, 0x78, 0xc3, 0xa3)).toEqual({ ok: true, text: "xã" });
  });
});

describe("standard input", () => {
  it("reads the assessment from '-'", async () => {
    const { io, stdout } = onDisk({}, { stdin: xaAText });
    expect(await run(["score", TT124, "-", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toContain("Met: 3/4 criteria");
  });

  it("reads the framework from '-' for validate, named (stdin)", async () => {
    const { io, stdout } = onDisk({}, { stdin: tt124Text });
    expect(await run(["validate", "-", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toMatch(/^\(stdin\): valid \(vn-tt124-2021 /);
  });

  it("reads the context from '-'", async () => {
    const ntm = "fixtures/frameworks/vn-qd318-319-2022-ntm.json";
    const xaD = "fixtures/assessments/xa-d-2024-qd318.json";
    const stdin = JSON.stringify({ outcomes: { "vn-tt124-2021": { tier: "dat" } } });
    const { io, stdout } = onDisk({}, { stdin });
    expect(await run(["score", ntm, xaD, "--json", "--context", "-"], io)).toBe(0);
    const node = JSON.parse(stdout()).nodes.find((n: { id: string }) => n.id === "19.2");
    expect(node.status).toBe("met");
  });

  it("allows only one '-'", async () => {
    const { io, stderr } = onDisk({}, { stdin: xaAText });
    expect(await run(["score", "-", "-", "--lang", "en"], io)).toBe(2);
    expect(stderr()).toBe('Only one file can be read from standard input ("-").\n');
    const withContext = onDisk({}, { stdin: xaAText });
    expect(await run(["score", TT124, "-", "--context", "-"], withContext.io)).toBe(2);
  });
});

describe("--version", () => {
  it("prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-v"]) {
      const { io, stdout } = memoryIo({}, { disk: true });
      expect(await run([flag], io)).toBe(0);
      expect(stdout()).toBe(`${version}\n`);
    }
  });
});

describe("the default language", () => {
  it("comes from TIEUCHI_LANG, then LANG, else Vietnamese", () => {
    expect(languageFromEnv({})).toBe("vi");
    expect(languageFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(languageFromEnv({ LANG: "en_US" })).toBe("en");
    expect(languageFromEnv({ LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(languageFromEnv({ TIEUCHI_LANG: "vi", LANG: "en_US.UTF-8" })).toBe("vi");
    expect(languageFromEnv({ TIEUCHI_LANG: "en" })).toBe("en");
    expect(languageFromEnv({ LANG: "C.UTF-8" })).toBe("vi");
    expect(languageFromEnv({ TIEUCHI_LANG: "fr", LANG: "en_GB" })).toBe("en");
  });

  it("applies to the output, and --lang overrides it", async () => {
    const env = onDisk({}, { env: { LANG: "en_US.UTF-8" } });
    await run(["score", TT124, XA_A], env.io);
    expect(env.stdout()).toContain("Tier: no tier reached");
    const flag = onDisk({}, { env: { TIEUCHI_LANG: "en" } });
    await run(["score", TT124, XA_A, "--lang", "vi"], flag.io);
    expect(flag.stdout()).toContain("Xếp loại: Chưa đạt");
  });
});

describe("usage errors", () => {
  it("are printed once, in the chosen language", async () => {
    const en = memoryIo();
    expect(await run(["validate", "f.json", "--fast", "--lang", "en"], en.io)).toBe(2);
    expect(en.stderr()).toBe('Unknown option: --fast. See "tieuchi --help".\n');
    const vi = memoryIo();
    expect(await run(["validate", "f.json", "--fast"], vi.io)).toBe(2);
    expect(vi.stderr()).toBe('Tuỳ chọn không tồn tại: --fast. Xem "tieuchi --help".\n');
    const env = memoryIo({}, { env: { TIEUCHI_LANG: "en" } });
    expect(await run(["score", "--context"], env.io)).toBe(2);
    expect(env.stderr()).toBe('Option --context needs a value. See "tieuchi --help".\n');
    const badLang = memoryIo();
    expect(await run(["demo", "--lang", "fr"], badLang.io)).toBe(2);
    expect(badLang.stderr()).toBe('--lang chỉ nhận "vi" hoặc "en" (nhận được "fr").\n');
  });
});

describe("score --require-tier", () => {
  it("exits 1 when the tier is not reached, after printing the report", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["score", TT124, XA_A, "--require-tier", "dat", "--lang", "en"], io)).toBe(1);
    expect(stdout()).toContain("Tier: no tier reached");
    expect(stderr()).toBe(
      'The required tier "Meets the standard" is not reached (--require-tier dat).\n',
    );
  });

  it("exits 0 when the tier is reached", async () => {
    const met = JSON.parse(xaAText) as { entries: { node: string }[] };
    const reached = {
      ...met,
      entries: met.entries.map((entry) =>
        entry.node === "xa.4"
          ? { ...entry, value: { total: 25, counts: { registered: 25, recognised: 20 } } }
          : entry,
      ),
    };
    const { io, stdout } = onDisk({ [`${PACKAGE_ROOT}/a.json`]: JSON.stringify(reached) });
    const code = await run(["score", TT124, "a.json", "--require-tier", "dat", "--json"], io);
    expect(JSON.parse(stdout()).tier).toBe("dat");
    expect(code).toBe(0);
  });

  it("exits 2 on a tier the framework does not have, and on other commands", async () => {
    const { io, stderr } = onDisk();
    expect(await run(["score", TT124, XA_A, "--require-tier", "gold", "--lang", "en"], io)).toBe(2);
    expect(stderr()).toBe('--require-tier: the framework has no tier "gold" (its tiers: dat).\n');
    const other = onDisk();
    expect(await run(["validate", TT124, "--require-tier", "dat"], other.io)).toBe(2);
  });
});

describe("score --json when an input is rejected", () => {
  it("prints the issues as JSON on stdout", async () => {
    const { io, stdout } = onDisk({ [`${PACKAGE_ROOT}/f.json`]: "{}" });
    expect(await run(["score", "f.json", XA_A, "--json"], io)).toBe(1);
    const output = JSON.parse(stdout());
    expect(output).toMatchObject({ valid: false, input: "framework", file: "f.json" });
    expect(output.issues.length).toBeGreaterThan(0);
    expect(output.issues[0]).toHaveProperty("messages.vi");
  });

  it("also for a missing file and a context that does not validate", async () => {
    const missing = onDisk();
    expect(await run(["score", TT124, "nope.json", "--json"], missing.io)).toBe(2);
    expect(JSON.parse(missing.stdout())).toMatchObject({
      valid: false,
      input: "assessment",
      file: "nope.json",
      issues: [{ code: "file_not_found", path: [] }],
    });
    const context = onDisk({ [`${PACKAGE_ROOT}/c.json`]: '{"subject":null,"date":5}' });
    expect(await run(["score", TT124, XA_A, "--context", "c.json", "--json"], context.io)).toBe(2);
    const output = JSON.parse(context.stdout());
    expect(output.input).toBe("context");
    expect(output.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual([
      "date",
      "subject",
    ]);
  });
});

describe("score --context", () => {
  it("refuses null or mistyped members with their paths, exit 2", async () => {
    const { io, stdout, stderr } = onDisk({
      [`${PACKAGE_ROOT}/c.json`]: '{"outcomes":null}',
    });
    expect(await run(["score", TT124, XA_A, "--context", "c.json", "--lang", "en"], io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toMatch(
      /^c\.json: invalid evaluation context, 1 error:\n {2}error \[\w+\] at outcomes: /,
    );
  });
});
