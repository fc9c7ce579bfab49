import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

interface Row {
  subject: { id: string; name?: string };
  framework: { id: string };
  period: { id: string };
  example: boolean;
  met: number;
  applicable: number;
  tier: string | null;
  unmet: string[];
}

// cwd "/" shows that the fixtures are found from the package root, not from the working directory
function fromElsewhere() {
  return memoryIo({}, { cwd: "/", disk: true });
}

describe("run demo", () => {
  it("shows Nghi Hương's reported 31/34 and 20/22 on 2023-04-26, unmarked as example", async () => {
    const { io, stdout, stderr } = fromElsewhere();
    expect(await run(["demo"], io)).toBe(0);
    expect(stderr()).toBe("");
    expect(stdout()).toMatch(/\n {2}Phường Nghi Hương +31\/34 /);
    expect(stdout()).toMatch(/\n {2}Công an phường Nghi Hương +20\/22 /);
    expect(stdout()).toMatch(/\n {2}Phường Nghi Thu \(ví dụ\) \* +\d+\/34 /);
    expect(stdout()).toMatch(/\n {2}Công an phường Nghi Hương +18\/22 /);
  });

  it("opens with a header that says which rows are example data", async () => {
    const { io, stdout } = fromElsewhere();
    await run(["demo", "--lang", "en"], io);
    const lines = stdout().split("\n");
    expect(lines[0]).toMatch(/^tieuchi demo: the wards of Cửa Lò town/);
    expect(lines[1]).toBe('Rows marked "*" are example data, not reported figures.');
  });

  it("gives the same rows as JSON, with the reported rows not flagged as examples", async () => {
    const { io, stdout } = fromElsewhere();
    expect(await run(["demo", "--json"], io)).toBe(0);
    const rows = (JSON.parse(stdout()) as { rows: Row[] }).rows;
    const reported = rows.filter((row) => !row.example);
    expect(
      reported.map((row) => [
        row.subject.id,
        row.framework.id,
        row.period.id,
        row.met,
        row.applicable,
      ]),
    ).toEqual([
      ["nghi-huong", "vn-qd9745-2022-34", "2023-04", 31, 34],
      ["nghi-huong", "vn-qd5764-2021-22", "2023-04", 20, 22],
      ["nghi-huong", "vn-qd5764-2021-22", "2023-11", 18, 22],
    ]);
    for (const row of rows) expect(row.unmet).toHaveLength(row.applicable - row.met);
    expect(new Set(rows.map((row) => row.subject.id)).size).toBe(7);
  });

  it("prints byte-identical output on every run", async () => {
    const first = fromElsewhere();
    const second = fromElsewhere();
    await run(["demo"], first.io);
    await run(["demo"], second.io);
    expect(first.stdout()).toBe(second.stdout());
  });

  it("exits 2 naming the manifest when the fixtures are missing", async () => {
    const { io, stderr } = memoryIo();
    expect(await run(["demo", "--lang", "en"], { ...io, packageRoot: "/nowhere" })).toBe(2);
    expect(stderr()).toBe("fixtures/assessments/index.json: file not found.\n");
  });
});
