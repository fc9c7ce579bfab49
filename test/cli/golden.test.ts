import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

/*
 * Golden files: the exact bytes of the demo and of `score` on the Nghi Hương fixtures, in Vietnamese
 * and English. A wording change shows up here as a diff to read. To accept new output after reading
 * it, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts` and review the diff.
 */
const GOLDEN = join(import.meta.dirname, "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const F = "fixtures/frameworks";
const A = "fixtures/assessments";
const CASES: readonly (readonly [name: string, argv: readonly string[]])[] = [
  ["demo.vi.txt", ["demo"]],
  ["demo.en.txt", ["demo", "--lang", "en"]],
  [
    "score-nghi-huong-2023-04-26-qd9745.vi.txt",
    ["score", `${F}/vn-qd9745-2022-34.json`, `${A}/nghi-huong-2023-04-26-qd9745.json`],
  ],
  [
    "score-nghi-huong-2023-04-26-qd9745.en.txt",
    [
      "score",
      `${F}/vn-qd9745-2022-34.json`,
      `${A}/nghi-huong-2023-04-26-qd9745.json`,
      "--lang",
      "en",
    ],
  ],
  [
    "score-nghi-huong-2023-11-02-qd5764.vi.txt",
    ["score", `${F}/vn-qd5764-2021-22.json`, `${A}/nghi-huong-2023-11-02-qd5764.json`],
  ],
  [
    "score-nghi-huong-2023-11-02-qd5764.en.txt",
    [
      "score",
      `${F}/vn-qd5764-2021-22.json`,
      `${A}/nghi-huong-2023-11-02-qd5764.json`,
      "--lang",
      "en",
    ],
  ],
  [
    "score-nghi-huong-2023-12-qd5764.vi.txt",
    ["score", `${F}/vn-qd5764-2021-22.json`, `${A}/nghi-huong-2023-12-qd5764.json`],
  ],
  [
    "score-nghi-huong-2024-12-cap2024.vi.txt",
    ["score", `${F}/vn-cap-kieu-mau-2024-20.json`, `${A}/nghi-huong-2024-12-cap2024.json`],
  ],
];

describe("golden output", () => {
  it.each(CASES)("%s", async (name, argv) => {
    const { io, stdout, stderr } = memoryIo({}, { cwd: PACKAGE_ROOT, disk: true });
    const code = await run(argv, io);
    const output = `$ tieuchi ${argv.join(" ")}\n${stdout()}${stderr() === "" ? "" : `[stderr]\n${stderr()}`}[exit ${code}]\n`;
    const bytes = Buffer.from(output, "utf8");
    const path = join(GOLDEN, name);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, bytes);
    }
    const golden = readFileSync(path);
    // byte for byte; the string comparison first, for a readable diff
    expect(output).toBe(golden.toString("utf8"));
    expect(bytes.equals(golden)).toBe(true);
  });
});
