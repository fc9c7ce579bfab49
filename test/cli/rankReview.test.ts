import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo, PACKAGE_ROOT } from "./memoryIo.js";

const MANIFEST = "fixtures/assessments/index.json";
const REVIEW = "fixtures/reviews/example-cua-lo-wards-hd01-rules.json";
const WARDS_DEC = [
  "nghi-hai",
  "nghi-hoa",
  "nghi-huong",
  "nghi-tan",
  "nghi-thu",
  "nghi-thuy",
  "thu-thuy",
].map((ward) => `fixtures/assessments/${ward}-2023-12-qd9745.json`);

function onDisk(files: Record<string, string> = {}) {
  return memoryIo(files, { cwd: PACKAGE_ROOT, disk: true });
}

describe("tieuchi rank", () => {
  it("ranks the Cửa Lò wards by criteria met, with gaps and the closest, in English", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(
      await run(
        ["rank", ...WARDS_DEC, "--by", "count", "--group-by", "parent", "--lang", "en"],
        io,
      ),
    ).toBe(0);
    expect(stderr()).toBe("");
    const text = stdout();
    expect(text).toContain("period 2023-12: 7 units");
    expect(text).toContain("League table by criteria met; ties 1224; equal values by subject id:");
    // Nghi Hương and Thu Thủy tie at 33/34 (1224: both 1st, the next 3rd).
    expect(text).toContain(
      "  1. Phường Nghi Hương (ví dụ) (nghi-huong): 33/34; percentile 85.71; tier: —; rank 1 in group cua-lo\n" +
        "  1. Phường Thu Thủy (ví dụ) (thu-thuy): 33/34; percentile 85.71; tier: —; rank 1 in group cua-lo\n" +
        "  3. Phường Nghi Hải (ví dụ) (nghi-hai): 32/34; percentile 64.29; tier: —; rank 3 in group cua-lo\n",
    );
    expect(text).toContain("No criterion is unmet in more than 50% of the units.");
    expect(text).toContain('1 criterion left to reach "Model unit": tc28');
  });

  it("prints JSON: one group per framework and period, and the same table as rank()", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["rank", MANIFEST, "--json", "--ties", "dense"], io)).toBe(0);
    const out = JSON.parse(stdout()) as {
      groups: {
        framework: { id: string };
        period: string;
        comparison: { ranking: { ties: string; rows: { subject: string; rank: number }[] } };
      }[];
      problems: unknown[];
    };
    expect(out.problems).toEqual([]);
    const december = out.groups.find(
      (g) => g.framework.id === "vn-qd9745-2022-34" && g.period === "2023-12",
    )!;
    expect(december.comparison.ranking.ties).toBe("dense");
    expect(december.comparison.ranking.rows.map((r) => r.rank)).toEqual([1, 1, 2, 3, 4, 5, 6]);
    const keys = out.groups.map((g) => `${g.framework.id} ${g.period}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("speaks Vietnamese by default", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["rank", ...WARDS_DEC.slice(0, 2)], io)).toBe(0);
    expect(stdout()).toContain("Bảng xếp hạng theo điểm số; đồng hạng kiểu 1224");
  });

  it("exits 1 when a unit is left out (a duplicate subject)", async () => {
    const { io, stdout } = onDisk({
      [resolve(PACKAGE_ROOT, "copy/nghi-hai.json")]: readFileSync(
        resolve(PACKAGE_ROOT, WARDS_DEC[0]!),
        "utf8",
      ),
    });
    expect(await run(["rank", ...WARDS_DEC, "copy/nghi-hai.json", "--lang", "en"], io)).toBe(1);
    expect(stdout()).toContain("error [duplicate_subject]");
  });

  it("exits 2 on wrong usage", async () => {
    const a = onDisk();
    expect(await run(["rank"], a.io)).toBe(2);
    const b = onDisk();
    expect(await run(["rank", MANIFEST, "--by", "height", "--lang", "en"], b.io)).toBe(2);
    expect(b.stderr()).toBe('--by takes "count", "points", "score", "tier" (got "height").\n');
    const c = onDisk();
    expect(await run(["rank", "nowhere.json", "--lang", "en"], c.io)).toBe(2);
    expect(c.stderr()).toContain("No assessments to rank.");
  });
});

describe("tieuchi review", () => {
  it("applies the 20% quota to the Cửa Lò wards and says who moved down", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["review", REVIEW, ...WARDS_DEC, "--lang", "en"], io)).toBe(0);
    const text = stdout();
    expect(text).toContain("  Completed tasks excellently: 4 → 1");
    expect(text).toContain(
      'Quota on "Completed tasks excellently" (group cua-lo): 1, at most 1 (base 5)\n    moved down: nghi-tan, nghi-hai, thu-thuy',
    );
  });

  it("reads --facts, and prints JSON", async () => {
    const facts = resolve(PACKAGE_ROOT, "facts.json");
    const { io, stdout } = onDisk({
      [facts]: JSON.stringify({ "thu-thuy": { underComplaint: true } }),
    });
    expect(await run(["review", REVIEW, ...WARDS_DEC, "--facts", "facts.json", "--json"], io)).toBe(
      0,
    );
    const out = JSON.parse(stdout()) as {
      review: { id: string };
      groups: { period: string; result: { units: { subject: string; notRated?: string }[] } }[];
    };
    expect(out.review.id).toBe("example-cua-lo-wards-hd01-rules");
    expect(out.groups).toHaveLength(1);
    expect(out.groups[0]!.result.units.find((u) => u.subject === "thu-thuy")!.notRated).toBe(
      "under_complaint",
    );
  });

  it("exits 1 on an invalid definition, with its issues", async () => {
    const bad = resolve(PACKAGE_ROOT, "bad-review.json");
    const { io, stderr } = onDisk({
      [bad]: JSON.stringify({ id: "x", version: "1", title: { vi: "x" }, ratings: [] }),
    });
    expect(await run(["review", "bad-review.json", ...WARDS_DEC, "--lang", "en"], io)).toBe(1);
    expect(stderr()).toContain("bad-review.json: invalid review definition:");
  });

  it("exits 2 on wrong usage and unreadable files", async () => {
    expect(await run(["review", REVIEW], onDisk().io)).toBe(2);
    expect(await run(["review", "missing.json", ...WARDS_DEC], onDisk().io)).toBe(2);
    const facts = onDisk({ [resolve(PACKAGE_ROOT, "facts.json")]: "[1]" });
    expect(
      await run(
        ["review", REVIEW, ...WARDS_DEC, "--facts", "facts.json", "--lang", "en"],
        facts.io,
      ),
    ).toBe(2);
    expect(facts.stderr()).toContain("facts.json: expected an object");
  });

  it("exits 1 when no assessment is of the review's framework", async () => {
    const { io, stderr } = onDisk();
    expect(
      await run(
        ["review", REVIEW, "fixtures/assessments/xa-a-2023-tt124.json", "--lang", "en"],
        io,
      ),
    ).toBe(1);
    expect(stderr()).toContain("No assessments of framework vn-qd9745-2022-34 to review.");
  });
});

describe("tieuchi rank and review: more paths", () => {
  const QD5764_DEC = [
    "nghi-hai",
    "nghi-hoa",
    "nghi-huong",
    "nghi-tan",
    "nghi-thu",
    "nghi-thuy",
    "thu-thuy",
  ].map((ward) => `fixtures/assessments/${ward}-2023-12-qd5764.json`);

  it("prints the criteria most wards miss (QĐ 5764, December 2023, example data)", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["rank", ...QD5764_DEC, "--lang", "en"], io)).toBe(0);
    expect(stdout()).toContain(
      "Criteria not met in more than 50% of the units:\n  tc21: not met in 4/7 units (nghi-hai, nghi-hoa, nghi-huong, nghi-tan)",
    );
    const vi = onDisk();
    expect(await run(["rank", ...QD5764_DEC, "--group-by", "parent"], vi.io)).toBe(0);
    expect(vi.stdout()).toContain(
      "Tiêu chí không đạt ở quá 50% số đơn vị:\n  [cua-lo] tc21: không đạt ở 4/7 đơn vị",
    );
  });

  it("lists units it cannot rank by points, with the reason", async () => {
    const { io, stdout } = onDisk();
    expect(await run(["rank", ...WARDS_DEC, "--by", "points", "--lang", "en"], io)).toBe(0);
    expect(stdout()).toContain("Not ranked (7):\n  Phường Nghi Hải (ví dụ) (nghi-hai): no_points");
  });

  it("ranks what it can read and exits 1 with the problems", async () => {
    const text = onDisk();
    expect(await run(["rank", WARDS_DEC[0]!, "missing.json", "--lang", "en"], text.io)).toBe(1);
    expect(text.stderr()).toContain("missing.json");
    const json = onDisk();
    expect(await run(["rank", WARDS_DEC[0]!, "missing.json", "--json"], json.io)).toBe(1);
    const out = JSON.parse(json.stdout()) as { problems: { file: string }[] };
    expect(out.problems.map((p) => p.file)).toEqual(["missing.json"]);
  });

  it("reviews in Vietnamese, and reports unreadable inputs", async () => {
    const { io, stdout, stderr } = onDisk();
    expect(await run(["review", REVIEW, ...WARDS_DEC, "missing.json"], io)).toBe(1);
    expect(stdout()).toContain("  Hoàn thành xuất sắc nhiệm vụ: 4 → 1");
    expect(stdout()).toContain("    hạ xuống: nghi-tan, nghi-hai, thu-thuy");
    expect(stderr()).toContain("missing.json");
  });

  it("prints an invalid definition's issues as JSON with --json", async () => {
    const bad = resolve(PACKAGE_ROOT, "bad-review.json");
    const { io, stdout } = onDisk({
      [bad]: JSON.stringify({ id: "x", version: "1", title: { vi: "x" }, ratings: [] }),
    });
    expect(await run(["review", "bad-review.json", ...WARDS_DEC, "--json"], io)).toBe(1);
    const out = JSON.parse(stdout()) as { valid: boolean; issues: { code: string }[] };
    expect(out.valid).toBe(false);
    expect(out.issues.length).toBeGreaterThan(0);
  });
});
