import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkAssessment,
  evaluate,
  lintFramework,
  parseAssessment,
  parseFramework,
} from "../../src/index.js";

// The ordinal `levels` example of docs/writing-a-framework.md (issue 6, item 17): the ```json node
// block under "### Ordinal levels" behaves as the paragraph above it says.

const GUIDE = readFileSync(
  resolve(import.meta.dirname, "../../docs/writing-a-framework.md"),
  "utf8",
);

function levelsExample(): unknown {
  const section = GUIDE.split(/^### Ordinal levels$/m)[1];
  expect(section, "docs/writing-a-framework.md has a section '### Ordinal levels'").toBeDefined();
  const block = /```json node\n([\s\S]*?)\n```/.exec(section!.split(/^##/m)[0]!);
  expect(block, "the section has a ```json node block").not.toBeNull();
  return JSON.parse(block![1]!);
}

const framework = parseFramework({
  id: "levels-example",
  version: "1",
  status: "draft",
  example: true,
  title: { vi: "Ví dụ mức xếp loại", en: "Levels example" },
  scoring: { kind: "count" },
  nodes: [levelsExample()],
});

const rated = (value: string) =>
  parseAssessment({
    framework: { id: "levels-example", version: "1" },
    subject: { id: "xa_vi_du" },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    example: true,
    entries: [{ node: "xa.xep_loai", value }],
  });

describe("the ordinal levels example of the writing guide", () => {
  it("is a valid node with its levels lowest first, and lints clean", () => {
    const node = framework.nodes[0]!;
    expect(node.value).toMatchObject({ type: "ordinal" });
    expect(
      node.value?.type === "ordinal" ? node.value.levels.map((level) => level.id) : [],
    ).toEqual(["kha", "tot", "xuat_sac"]);
    expect(lintFramework(framework)).toEqual([]);
  });

  it('`>= "tot"` is met by tot and xuat_sac, not by kha', () => {
    const status = (value: string) => evaluate(framework, rated(value)).nodes[0]!.status;
    expect(status("kha")).toBe("notMet");
    expect(status("tot")).toBe("met");
    expect(status("xuat_sac")).toBe("met");
  });

  it("a value that is not a level id is an unknown_level issue of checkAssessment", () => {
    expect(checkAssessment(rated("gioi"), framework).map((issue) => issue.code)).toEqual([
      "unknown_level",
    ]);
    expect(checkAssessment(rated("tot"), framework)).toEqual([]);
  });
});
