import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  readYaml,
  safeParseAssessmentYaml,
  safeParseFrameworkYaml,
  toYaml,
} from "../../src/io/index.js";

const yaml = readFileSync("fixtures/yaml/vn-qd9745-2022-34.yaml", "utf8");

describe("YAML", () => {
  it("points each framework issue to its line and column", () => {
    // tc3's kind made wrong: the issue's path stays, and the line is tc3's
    const broken = yaml.replace(/(- id: tc3\n\s+kind: )criterion/, "$1criterium");
    const result = safeParseFrameworkYaml(broken);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.error.issues[0]!;
    const line = broken.split("\n").findIndex((l) => l.includes("kind: criterium")) + 1;
    expect([issue.path.join("."), issue.line]).toEqual(["nodes.1.kind", line]);
    expect(issue.messages.vi).toContain(`dòng ${line}, cột `);
  });

  it("points to the day that is not in the calendar (30 February)", () => {
    const text = [
      "framework: { id: vn-qd9745-2022-34, version: '2022' }",
      "subject: { id: nghi-hai }",
      "period:",
      "  id: '2023'",
      "  start: 2023-01-01",
      "  end: 2023-02-30",
      "entries: []",
    ].join("\n");
    const result = safeParseAssessmentYaml(text);
    expect(
      result.success || result.error.issues.map((i) => [i.path.join("."), i.line, i.column]),
    ).toEqual([["period.end", 6, 8]]);
  });

  it("reports syntax errors and duplicate keys with their position, and keeps dates as strings", () => {
    const dup = readYaml("id: a\nid: b\n");
    expect(dup.ok || dup.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["yaml_duplicate_key", 2, 1],
    ]);
    const bad = readYaml("a: [1, 2\nb: 3\n");
    expect(bad.ok).toBe(false);
    const dates = readYaml("d: 2023-04-26\nv: '2022'\nw: 2022\n");
    expect(dates.ok && dates.value).toEqual({ d: "2023-04-26", v: "2022", w: 2022 });
  });

  it("does not give __proto__ a prototype's meaning, and stops alias bombs", () => {
    const proto = readYaml("__proto__: { polluted: true }\n");
    expect(proto.ok && Object.getPrototypeOf(proto.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 9; i += 1)
      bomb.push(
        `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${Array(10)
          .fill(`*${i === 0 ? "a" : "bcdefghij"[i - 1]}`)
          .join(", ")}]`,
      );
    const read = readYaml(`${bomb.join("\n")}\n`);
    expect(read.ok || read.issues[0]!.code).toBe("yaml_unreadable");
  });

  it("writes YAML that reads back to the same data, with the schema comment first", () => {
    const value = { id: "x", version: "1.0", on: "yes", date: "2023-04-26", n: 1.5, list: ["a"] };
    const text = toYaml(value, { schema: "https://example.org/s.json" });
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=https://example.org/s.json");
    const back = readYaml(text);
    expect(back.ok && back.value).toEqual(value);
  });
});
