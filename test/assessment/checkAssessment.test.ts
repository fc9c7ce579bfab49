import { describe, expect, it } from "vitest";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import type { Assessment, Entry } from "../../src/assessment/schema.js";
import { type Framework, FrameworkSchema } from "../../src/framework/schema.js";
import { allTypes, commune2023, deepFreeze, jsonCopy, tt124Like } from "./frameworks.js";

function lines(assessment: Assessment, framework: Framework = tt124Like): string[] {
  return checkAssessment(assessment, framework).map(
    (issue) => `${issue.severity} ${issue.code} [${issue.path.join(", ")}] ${issue.message}`,
  );
}

function commune(entries: Entry[]): Assessment {
  return { ...jsonCopy(commune2023), entries };
}

const typed: Assessment = {
  framework: { id: "all-types", version: "1" },
  subject: { id: "u1", kind: "unit", region: "north", class: "remote" },
  period: { id: "2021", start: "2021-01-01", end: "2021-12-31" },
  example: true,
  entries: [],
};

describe("checkAssessment", () => {
  it("finds nothing wrong in a complete TT 124 commune assessment", () => {
    const assessment = commune([
      { node: "xa.1.a", value: true },
      { node: "xa.1.c", value: 2 },
      { node: "xa.2", value: [] },
      { node: "xa.3.a", status: "met", evidence: [{ source: "Báo cáo Công an xã" }] },
      { node: "xa.3.b", value: 0 },
      // 18 of 25 recognised: the least that reaches 70 %.
      { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 18 } } },
    ]);
    expect(checkAssessment(assessment, tt124Like)).toEqual([]);
  });

  it("checks nothing else when the framework id differs", () => {
    expect(
      lines({
        ...commune([{ node: "nowhere", value: 1 }]),
        framework: { id: "tt23", version: "2012" },
      }),
    ).toMatchInlineSnapshot(`
      [
        "error framework_mismatch [framework, id] framework.id: the assessment is for framework "tt23", not "tt124-like"",
      ]
    `);
  });

  it("reports another version of the same framework", () => {
    expect(
      lines({ ...commune([]), framework: { id: "tt124-like", version: "2012" } }),
    ).toMatchInlineSnapshot(`
      [
        "error framework_version_mismatch [framework, version] framework.version: the assessment is for version "2012", the framework is version "2021"",
      ]
    `);
  });

  it("reports entries for nodes the framework does not have", () => {
    expect(
      lines(commune([{ node: "xa.1.b", value: true }, { node: "xa.5" }])),
    ).toMatchInlineSnapshot(`
      [
        "error unknown_node [entries, 0, node] entries.0.node: the framework has no node "xa.1.b"",
        "error unknown_node [entries, 1, node] entries.1.node: the framework has no node "xa.5"",
      ]
    `);
  });

  it("checks boolean, count, events and tally values against their node's value type", () => {
    expect(
      lines(
        commune([
          { node: "xa.1.a", value: "true" },
          { node: "xa.1.c", value: 1.5 },
          { node: "xa.3.b", value: -1 },
          { node: "xa.2", value: ["sabotage", "riot", "sabotage"] },
          {
            node: "xa.4",
            value: { total: 25, counts: { registered: 26, recognised: 18, visited: 3 } },
          },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error wrong_value_type [entries, 0, value] entries.0.value: node "xa.1.a" expects true or false, received "true"",
        "error value_out_of_range [entries, 1, value] entries.1.value: value 1.5 of node "xa.1.c" is out of range (a non-negative integer)",
        "error value_out_of_range [entries, 2, value] entries.2.value: value -1 of node "xa.3.b" is out of range (a non-negative integer)",
        "error unknown_event [entries, 3, value, 1] entries.3.value.1: node "xa.2" has no event "riot"",
        "error tally_count_exceeds_total [entries, 4, value, counts, registered] entries.4.value.counts.registered: the count for "registered" (26) exceeds the total (25)",
        "error unknown_tally_category [entries, 4, value, counts, visited] entries.4.value.counts.visited: node "xa.4" has no category "visited"; categories: registered, recognised",
      ]
    `);
  });

  it("reports a value of the wrong shape for an events or tally node", () => {
    expect(
      lines(
        commune([
          { node: "xa.2", value: true },
          { node: "xa.4", value: 18 },
          { node: "xa.1.c", value: ["1"] },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error wrong_value_type [entries, 0, value] entries.0.value: node "xa.2" expects a list of the ids of the events that occurred, received true",
        "error wrong_value_type [entries, 1, value] entries.1.value: node "xa.4" expects counts of units by category ({ "total": …, "counts": { … } }), received 18",
        "error wrong_value_type [entries, 2, value] entries.2.value: node "xa.1.c" expects a count (a non-negative integer), received […]",
      ]
    `);
  });

  it("warns about a value on a group and on a node judged from its children", () => {
    expect(
      lines(
        commune([
          { node: "xa", value: true },
          { node: "xa.1", value: true },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "warning value_on_group [entries, 0, value] entries.0.value: "xa" is a group; a value on a group is not used in scoring",
        "warning value_not_used [entries, 1, value] entries.1.value: node "xa.1" declares no value type and is judged from other nodes; this value is not used",
      ]
    `);
  });

  it("does not warn about a value on a node whose rule reads it without a declared value type", () => {
    const untyped = FrameworkSchema.parse({
      ...allTypes,
      nodes: [
        {
          id: "raw",
          kind: "criterion",
          title: { en: "Compared without a value type" },
          rule: { type: "compare", comparator: ">=", target: 1 },
        },
      ],
    });
    expect(lines({ ...typed, entries: [{ node: "raw", value: 2 }] }, untyped)).toEqual([]);
  });

  it("warns when a judged node's entry has no verdict", () => {
    expect(lines(commune([{ node: "xa.3.a", note: "chưa họp" }]))).toMatchInlineSnapshot(`
      [
        "warning missing_verdict [entries, 0, status] entries.0.status: node "xa.3.a" needs the assessor's verdict ("status"); without one it evaluates as unknown",
      ]
    `);
  });

  it("checks number, percent, ordinal, date and verdict values", () => {
    expect(
      lines(
        {
          ...typed,
          entries: [
            { node: "score", value: 11 },
            { node: "share", value: 100.5 },
            { node: "level", value: "top" },
            { node: "held", value: "2023-02-30" },
            { node: "verdict", value: true },
          ],
        },
        allTypes,
      ),
    ).toMatchInlineSnapshot(`
      [
        "error value_out_of_range [entries, 0, value] entries.0.value: value 11 of node "score" is out of range (0–10, an integer)",
        "error value_out_of_range [entries, 1, value] entries.1.value: value 100.5 of node "share" is out of range (0–100)",
        "error unknown_level [entries, 2, value] entries.2.value: node "level" has no such level; levels: low, mid, high",
        "error wrong_value_type [entries, 3, value] entries.3.value: node "held" expects a real calendar day as YYYY-MM-DD, received "2023-02-30"",
        "error wrong_value_type [entries, 4, value] entries.4.value: node "verdict" takes no value; record the verdict in "status" (met, notMet…)",
        "warning missing_verdict [entries, 4, status] entries.4.status: node "verdict" needs the assessor's verdict ("status"); without one it evaluates as unknown",
      ]
    `);
    expect(
      lines(
        {
          ...typed,
          entries: [
            { node: "score", value: 7.5 },
            { node: "share", value: -1 },
            { node: "level", value: 2 },
            { node: "held", value: "2024-02-29" },
            { node: "verdict", status: "met" },
          ],
        },
        allTypes,
      ),
    ).toMatchInlineSnapshot(`
      [
        "error value_out_of_range [entries, 0, value] entries.0.value: value 7.5 of node "score" is out of range (0–10, an integer)",
        "error value_out_of_range [entries, 1, value] entries.1.value: value -1 of node "share" is out of range (0–100)",
        "error wrong_value_type [entries, 2, value] entries.2.value: node "level" expects a level id, received 2",
      ]
    `);
  });

  it("accepts values on the edges of their ranges", () => {
    expect(
      lines(
        {
          ...typed,
          entries: [
            { node: "score", value: 0, selfScore: 0, verifiedScore: 10 },
            { node: "share", value: 100 },
            { node: "level", value: "high" },
            { node: "held", value: "2021-12-31" },
          ],
        },
        allTypes,
      ),
    ).toEqual([]);
  });

  it("warns about self and verified scores outside the node's points", () => {
    expect(
      lines(
        {
          ...typed,
          entries: [
            { node: "score", value: 5, selfScore: 12, verifiedScore: -1 },
            { node: "share", value: 95, selfScore: 1 },
          ],
        },
        allTypes,
      ),
    ).toMatchInlineSnapshot(`
      [
        "warning score_out_of_range [entries, 0, selfScore] entries.0.selfScore: score 12 of node "score" is outside 0–10; scoring clamps it to that range",
        "warning score_out_of_range [entries, 0, verifiedScore] entries.0.verifiedScore: score -1 of node "score" is outside 0–10; scoring clamps it to that range",
        "warning score_without_points [entries, 1, selfScore] entries.1.selfScore: node "share" has no points; this score is not used",
      ]
    `);
  });

  it("checks the subject's kind, region and class against the framework's lists", () => {
    expect(
      lines(
        { ...typed, subject: { id: "u1", kind: "xa", region: "south", class: "remote" } },
        allTypes,
      ),
    ).toMatchInlineSnapshot(`
      [
        "error unknown_subject_kind [subject, kind] subject.kind: the framework has no subject kind "xa"; known: unit",
        "error unknown_region [subject, region] subject.region: the framework has no region "south"; known: north",
      ]
    `);
    expect(
      lines({ ...commune([]), subject: { id: "u1", kind: "phuong", region: "dbsh" } }),
    ).toMatchInlineSnapshot(`
      [
        "error unknown_subject_kind [subject, kind] subject.kind: the framework has no subject kind "phuong"; known: kdc, xa",
      ]
    `);
  });

  it("warns when the period does not overlap the framework's effective dates", () => {
    expect(
      lines({ ...typed, period: { id: "2019", start: "2019-01-01", end: "2019-12-31" } }, allTypes),
    ).toMatchInlineSnapshot(`
      [
        "warning period_outside_effective_dates [period] period: the period lies outside the framework's effective dates (2020-01-01 → 2021-12-31)",
      ]
    `);
    expect(
      lines({ ...typed, period: { id: "2022", start: "2022-01-01", end: "2022-12-31" } }, allTypes),
    ).toHaveLength(1);
  });

  it("accepts TT 124's first window, which began before the circular took effect on 10/02/2022", () => {
    expect(
      lines({ ...commune([]), period: { id: "2022", start: "2021-11-16", end: "2022-11-15" } }),
    ).toEqual([]);
  });

  it("warns when a commune's period is not inside its 16/11 → 15/11 window", () => {
    expect(
      lines({ ...commune([]), period: { id: "2023", start: "2023-01-01", end: "2023-12-31" } }),
    ).toMatchInlineSnapshot(`
      [
        "warning period_window_mismatch [period] period: the period does not fit the evaluation window for subject kind "xa" (2022-11-16 → 2023-11-15)",
      ]
    `);
    expect(
      lines({ ...commune([]), period: { id: "2024", start: "2023-11-15", end: "2024-11-15" } }),
    ).toMatchInlineSnapshot(`
      [
        "warning period_window_mismatch [period] period: the period does not fit the evaluation window for subject kind "xa" (2023-11-16 → 2024-11-15)",
      ]
    `);
  });

  it("holds a period whose id is not a year to the window that contains its first day", () => {
    expect(
      lines({ ...commune([]), period: { id: "dot-1", start: "2023-11-20", end: "2024-12-01" } }),
    ).toMatchInlineSnapshot(`
      [
        "warning period_window_mismatch [period] period: the period does not fit the evaluation window for subject kind "xa" (2023-11-16 → 2024-11-15)",
      ]
    `);
    expect(
      lines({ ...commune([]), period: { id: "dot-2", start: "2023-11-16", end: "2024-11-15" } }),
    ).toEqual([]);
  });

  it("uses a window that does not wrap, such as QĐ 25/2021's calendar year, within its own year", () => {
    const calendar = FrameworkSchema.parse({
      ...allTypes,
      subjectKinds: [
        { id: "unit", title: { en: "Unit" }, window: { start: "01-01", end: "12-31" } },
      ],
    });
    const period = { id: "dot", start: "2021-03-01", end: "2022-01-10" };
    expect(lines({ ...typed, period }, calendar)).toMatchInlineSnapshot(`
      [
        "warning period_window_mismatch [period] period: the period does not fit the evaluation window for subject kind "unit" (2021-01-01 → 2021-12-31)",
      ]
    `);
    expect(lines({ ...typed, period: { ...period, end: "2021-12-31" } }, calendar)).toEqual([]);
  });

  it("skips the window check for a period named after year 0000 instead of throwing", () => {
    expect(
      lines({ ...commune([]), period: { id: "0000", start: "2022-11-16", end: "2023-11-15" } }),
    ).toEqual([]);
  });

  it("uses the 01/11 → 31/10 window for a residential area", () => {
    const kdc = { ...commune([]), subject: { id: "khoi-1", kind: "kdc" } };
    expect(
      lines({ ...kdc, period: { id: "2023", start: "2022-11-01", end: "2023-10-31" } }),
    ).toEqual([]);
    expect(
      lines({ ...kdc, period: { id: "2023", start: "2022-11-16", end: "2023-11-15" } }),
    ).toMatchInlineSnapshot(`
      [
        "warning period_window_mismatch [period] period: the period does not fit the evaluation window for subject kind "kdc" (2022-11-01 → 2023-10-31)",
      ]
    `);
  });

  it("accepts a progress check that lies inside the window (Nghi Hương, 26/4/2023)", () => {
    expect(
      lines({ ...commune([]), period: { id: "2023-04", start: "2022-11-16", end: "2023-04-26" } }),
    ).toEqual([]);
  });

  it("reports a value as not used exactly for the rule kinds that do not judge their own value", () => {
    const rules = {
      compare: { type: "compare", comparator: ">=", target: 1 },
      noEvents: { type: "noEvents" },
      share: { type: "share", category: "a", comparator: ">=", percent: 50 },
      all: { type: "all", of: ["compare"] },
      any: { type: "any", of: ["compare"] },
      atLeast: { type: "atLeast", count: 1, of: ["compare"] },
      outcome: { type: "outcome", framework: "other", tier: "t" },
      judged: { type: "judged" },
    } as const;
    const f = FrameworkSchema.parse({
      id: "kinds",
      version: "1",
      status: "draft",
      example: true,
      title: { en: "Every rule kind (example)" },
      scoring: { kind: "count" },
      nodes: Object.entries(rules).map(([id, rule]) => ({
        id,
        kind: "criterion",
        title: { en: id },
        rule,
      })),
    });
    const a: Assessment = {
      framework: { id: "kinds", version: "1" },
      subject: { id: "u1", kind: "unit" },
      period: { id: "2021", start: "2021-01-01", end: "2021-12-31" },
      entries: Object.keys(rules).map((node) => ({ node, value: 1, status: "met" as const })),
    };
    const unused = checkAssessment(a, f)
      .filter((issue) => issue.code === "value_not_used")
      .map((issue) => a.entries[issue.path[1] as number]!.node);
    expect(unused).toEqual(["all", "any", "atLeast", "outcome", "judged"]);
  });

  it("does not mutate or need to freeze its inputs", () => {
    const assessment = deepFreeze(commune([{ node: "xa.1.a", value: "yes" }]));
    const framework = deepFreeze(structuredClone(tt124Like));
    expect(checkAssessment(assessment, framework).map((issue) => issue.code)).toEqual([
      "wrong_value_type",
    ]);
  });

  it("gives every issue a Vietnamese and an English message", () => {
    const issues = checkAssessment(
      {
        ...typed,
        subject: { id: "u1", kind: "x", region: "y", class: "z" },
        period: { id: "1999", start: "1999-01-01", end: "1999-12-31" },
        framework: { id: "all-types", version: "0" },
        entries: [
          { node: "nowhere" },
          { node: "score", value: 99, selfScore: 99 },
          { node: "share", value: "a", verifiedScore: 1 },
          { node: "verdict", value: 1 },
        ],
      },
      allTypes,
    );
    expect(issues.length).toBeGreaterThan(8);
    for (const issue of issues) {
      expect(issue.messages.vi.length).toBeGreaterThan(0);
      expect(issue.messages.en).toBe(issue.message);
      expect(issue.messages.vi).not.toBe(issue.messages.en);
    }
  });
});
