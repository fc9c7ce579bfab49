import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

// tieuchi trend (issue 9). Nghi Hương's 20/22 (26/4/2023) and 18/22 (2/11/2023) are reported counts;
// the December 2023 and 2024 files, and every other ward, are EXAMPLE DATA (fixtures/assessments/index.json).
const A = "fixtures/assessments/";
const QD5764 = "fixtures/frameworks/vn-qd5764-2021-22.json";
const QD9745 = "fixtures/frameworks/vn-qd9745-2022-34.json";
const CAP2024 = "fixtures/frameworks/vn-cap-kieu-mau-2024-20.json";
const APRIL = `${A}nghi-huong-2023-04-26-qd5764.json`;
const NOVEMBER = `${A}nghi-huong-2023-11-02-qd5764.json`;

function onDisk(files: Record<string, string> = {}) {
  return memoryIo(files, { cwd: PACKAGE_ROOT, disk: true });
}

describe("run trend", () => {
  it("prints 20/22 → 18/22 as a regression, with the criteria lost, and exits 1", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["trend", QD5764, NOVEMBER, APRIL, "--lang", "en"], io)).toBe(1);
    expect(stderr()).toBe("");
    const out = stdout();
    expect(out).toContain("Công an phường Nghi Hương (nghi-huong)  ▇▆\n");
    expect(out).toContain(
      "  2023-04  2023-04-26  vn-qd5764-2021-22  20/22          no tier reached\n",
    );
    expect(out).toContain(
      "  2023-11  2023-11-02  vn-qd5764-2021-22  18/22  -2      no tier reached  ▼ regression; lost: tc11, tc21\n",
    );
    expect(out).toContain("    tc11  ✓✗  first met 2023-04, streak 0\n");
    expect(out).toContain("    criteria per period: not at this pace\n");
  });

  it("says it in Vietnamese by default, with dates as dd/mm/yyyy", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["trend", QD5764, APRIL, NOVEMBER], io)).toBe(1);
    expect(stdout()).toContain("02/11/2023");
    expect(stdout()).toContain("▼ giảm; không còn đạt: tc11, tc21");
  });

  it("follows a ward across QĐ 5764 → the 2024 set with a visible break", async () => {
    const { io, stdout } = onDisk();
    const files = [
      APRIL,
      NOVEMBER,
      `${A}nghi-huong-2023-12-qd5764.json`,
      `${A}nghi-huong-2024-12-cap2024.json`,
      CAP2024,
    ];
    expect(await run(["trend", CAP2024, ...files, "--lang", "en"], io)).toBe(1);
    const out = stdout();
    expect(out).toContain(
      "‖ vn-cap-kieu-mau-2024-20  20/20  +2      kieu_mau         won: tc4, tc11, tc15\n",
    );
    expect(out).toContain("    tc21  ✓✗✗·  first met 2023-04, streak 0\n");
    expect(out).toContain("No projection: one period since the framework changed.\n");
  });

  it("reads a manifest, keeps one framework family, gives one trend per ward, and --json has the documented shape", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["trend", QD9745, `${A}index.json`, "--json"], io)).toBe(0);
    const out = JSON.parse(stdout());
    expect(Object.keys(out)).toEqual(["framework", "trends", "skipped", "problems"]);
    expect(out.framework).toEqual({ id: "vn-qd9745-2022-34", version: "2022" });
    expect(out.trends.map((t: { subject: string }) => t.subject)).toEqual([
      "nghi-hai",
      "nghi-hoa",
      "nghi-huong",
      "nghi-tan",
      "nghi-thu",
      "nghi-thuy",
      "thu-thuy",
    ]);
    const huong = out.trends[2];
    expect(
      huong.series.map((p: { met: number; applicable: number }) => `${p.met}/${p.applicable}`),
    ).toEqual(["31/34", "33/34", "34/34"]);
    expect(huong.changes[0].gained).toEqual(["tc9", "tc17"]);
    expect(huong.changes[1].gained).toEqual(["tc28"]);
    expect(out.skipped.length).toBeGreaterThan(0);
    expect(out.problems).toEqual([]);
  });

  it("exits 0 when no series goes backwards", async () => {
    const { io } = onDisk();
    const files = ["2023-04", "2023-12", "2024-12"].map((p) => `${A}nghi-thuy-${p}-qd9745.json`);
    expect(await run(["trend", QD9745, ...files], io)).toBe(0);
  });

  it("exits 2 on wrong usage, an unreadable framework, or no assessment of the framework", async () => {
    const usage = onDisk();
    expect(await run(["trend", QD9745], usage.io)).toBe(2);
    expect(usage.stderr()).not.toBe("");
    const missing = onDisk();
    expect(await run(["trend", "no-such.json", APRIL], missing.io)).toBe(2);
    const none = onDisk();
    expect(await run(["trend", QD9745, APRIL, "--lang", "en"], none.io)).toBe(2);
    expect(none.stderr()).toContain("No assessment of vn-qd9745-2022-34.");
  });

  it("exits 1 and names the file when an assessment is invalid", async () => {
    const { io, stderr } = onDisk({
      "bad.json":
        '{"framework":{"id":"x","version":"1"},"subject":{"id":"a"},"period":{"id":"p","start":"2023-02-30","end":"2023-03-01"},"entries":[]}',
    });
    expect(await run(["trend", QD5764, APRIL, NOVEMBER, "bad.json"], io)).toBe(1);
    expect(stderr()).toContain("bad.json");
  });
});

describe("run trend: gaps", () => {
  it("names the missing TT 124 window of Xã H (2023 left out)", async () => {
    const { io, stdout } = onDisk();
    const files = [2022, 2024].map((year) => `${A}xa-h-${year}-tt124.json`);
    expect(
      await run(["trend", "fixtures/frameworks/vn-tt124-2021.json", ...files, "--lang", "en"], io),
    ).toBe(0);
    expect(stdout()).toContain(
      "  Gap: 2022-11-16 → 2023-11-15 (365 days) is covered by no period. Missing evaluation window(s): 2023.\n",
    );
  });
});
