// docs/compare-wards.md is true to the code: its command transcripts are the real output, and the
// numbers its text quotes are what the functions return on the Cửa Lò wards (example data).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { closestToRecognition, systemicGaps } from "../../src/units/compareUnits.js";
import { rank } from "../../src/units/rank.js";
import { wholeMonths } from "../../src/units/reviewCohort.js";
import { rankSensitivity, seededRandom } from "../../src/units/sensitivity.js";
import { cuaLoWards } from "./cuaLo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const PAGE = readFileSync(join(ROOT, "docs/compare-wards.md"), "utf8");
const wards = cuaLoWards();

describe("docs/compare-wards.md", () => {
  const examples = [...PAGE.matchAll(/^\$ tieuchi (.+)\n([\s\S]*?)(?=^\$ |^```)/gm)].map(
    (match) => [match[1]!, match[2]!.replace(/\n+$/, "")] as const,
  );

  it("has the rank and review transcripts", () => {
    expect(examples.map(([command]) => command.split(" ")[0])).toEqual(["rank", "review"]);
  });

  it.each(examples)("$ tieuchi %s prints what the page shows", async (command, shown) => {
    let output = "";
    await run(command.split(" "), {
      readFile: async (path) => readFileSync(path, "utf8"),
      stdout: (chunk) => {
        output += chunk;
      },
      stderr: (chunk) => {
        output += chunk;
      },
      readDir: async (path) => readdirSync(path),
      cwd: ROOT,
      packageRoot: ROOT,
    });
    const lines = shown.split("\n");
    if (lines.at(-1) === "…")
      expect(output.startsWith(`${lines.slice(0, -1).join("\n")}\n`)).toBe(true);
    else expect(output).toBe(`${shown}\n`);
  });

  it("quotes rank, percentiles, ties and gaps as the functions give them", () => {
    const table = rank(wards, { by: "count" });
    expect(PAGE).toContain(
      table.rows
        .map((r) => `["${r.subject}", ${r.value}, ${r.rank}]`)
        .slice(0, 4)
        .join(", "),
    );
    expect(table.rows.slice(0, 2).map((r) => [r.subject, r.percentile.exact])).toEqual([
      ["nghi-huong", "600/7"],
      ["thu-thuy", "600/7"],
    ]);
    expect(table.rows[3]).toMatchObject({
      subject: "nghi-tan",
      percentile: { value: 50, exact: "50" },
    });
    expect(PAGE).toContain('`{ value: 85.714…, exact: "600/7" }` for Nghi Hương and for Thu Thủy');
    const dense = rank(wards, { by: "count", ties: "dense" }).rows.map((r) => r.rank);
    expect(PAGE).toContain(`\`dense\` "1223" (ranks ${dense.join(", ")})`);
    const fractional = rank(wards, { by: "count", ties: "fractional" }).rows.map((r) => r.rank);
    expect(PAGE).toContain(`hold: ${fractional.join(", ")}; they always add up`);
    const gaps = systemicGaps(wards, { groupBy: "parent", threshold: 40 }).gaps;
    for (const gap of gaps) {
      expect(PAGE).toContain(
        `["${gap.criterion}", "${gap.share.fraction}", [${gap.units.map((u) => `"${u}"`).join(", ")}]]`,
      );
    }
    expect(systemicGaps(wards).gaps).toEqual([]);
    const closest = closestToRecognition(wards).units;
    expect(closest[0]).toMatchObject({ subject: "nghi-huong", criteria: 1, nodes: ["tc28"] });
    expect(closest[1]).toMatchObject({ subject: "thu-thuy", criteria: 1, nodes: ["tc28"] });
    expect(closest[2]).toMatchObject({ subject: "nghi-hai", nodes: ["tc11", "tc19"] });
    expect(wholeMonths("2023-01-31", "2023-10-30")).toBe(8);
  });

  it("quotes the sensitivity of the wards with seededRandom(2026) and 200 runs", () => {
    const s = rankSensitivity(wards, { random: seededRandom(2026), runs: 200 });
    const byUnit = new Map(s.units.map((u) => [u.subject, u]));
    expect(byUnit.get("nghi-hai")).toMatchObject({
      rank: 3,
      leaveOneOut: { min: 1, max: 3, bestWithout: "tc11", worstWithout: null },
      perturbed: { min: 3, max: 3 },
    });
    expect(byUnit.get("nghi-huong")).toMatchObject({ rank: 1, min: 1, max: 1 });
    expect(byUnit.get("thu-thuy")).toMatchObject({ rank: 1, min: 1, max: 1 });
    expect(byUnit.get("nghi-thuy")).toMatchObject({ min: 7, max: 7 });
    for (const unit of s.units) {
      expect(unit.leaveOneOut.max).toBe(unit.rank);
      expect(unit.perturbed).toEqual({ min: unit.rank, max: unit.rank });
    }
    const wide = rankSensitivity(wards, { random: seededRandom(2026), runs: 200, spread: 0.5 });
    expect(wide.units.find((u) => u.subject === "nghi-hai")!.perturbed).toEqual({ min: 1, max: 4 });
  });
});
