import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { type FrameworkInput, FrameworkSchema } from "../../src/framework/schema.js";
import { tt124 } from "../support/tt124.js";
import { deepFreeze, framework, judged, lines } from "./helpers.js";

const lint = (fields: Partial<FrameworkInput>) =>
  lines(lintFramework(deepFreeze(framework(fields))));

const tiered = (...conditions: unknown[][]) =>
  conditions.map((c, i) => ({
    id: `t${i}`,
    title: { vi: `Mức ${i}` },
    conditions: c,
  })) as FrameworkInput["tiers"];

describe("lintFramework", () => {
  it("finds nothing to report in the TT 124 commune excerpt", () => {
    expect(lintFramework(deepFreeze(FrameworkSchema.parse(tt124)))).toEqual([]);
  });

  it("finds no errors in the framework fixtures", () => {
    for (const file of readdirSync("fixtures/frameworks").filter((f) => f.endsWith(".json"))) {
      const parsed = FrameworkSchema.parse(
        JSON.parse(readFileSync(`fixtures/frameworks/${file}`, "utf8")),
      );
      const errors = lintFramework(parsed).filter((issue) => issue.severity === "error");
      expect(lines(errors), file).toEqual([]);
    }
  });

  it("reports an empty framework", () => {
    expect(lintFramework(framework({ nodes: [] }))).toMatchInlineSnapshot(`
      [
        {
          "code": "empty_framework",
          "message": "nodes: the framework has no nodes",
          "messages": {
            "en": "nodes: the framework has no nodes",
            "vi": "nodes: bộ tiêu chí không có tiêu chí nào",
          },
          "path": [
            "nodes",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  it("reports duplicate node ids with the place of the first use", () => {
    const issues = lintFramework(
      framework({
        nodes: [
          { id: "1", kind: "group", title: { vi: "Nhóm" }, children: [judged("a")] },
          judged("a"),
        ],
      }),
    );
    expect(issues.map((issue) => issue.messages)).toMatchInlineSnapshot(`
      [
        {
          "en": "nodes.1.id: duplicate id "a" (already used at nodes.0.children.0)",
          "vi": "nodes.1.id: mã "a" bị trùng (đã dùng tại nodes.0.children.0)",
        },
      ]
    `);
  });

  it("reports unknown node references in rules, targets, references and tiers", () => {
    expect(
      lint({
        references: { other: { node: "missing.1" } },
        nodes: [
          { ...judged("a"), rule: { type: "all", of: ["zz"] } },
          {
            ...judged("b"),
            value: { type: "number" },
            rule: { type: "compare", comparator: ">=", target: { node: "missing.2" } },
          },
        ],
        tiers: tiered(
          [{ type: "nodesMet", nodes: ["a", "missing.3"] }],
          [
            { type: "minCount", count: 1, of: ["missing.4"] },
            { type: "groupMinShare", percent: 50, nodes: ["missing.5"] },
          ],
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error unknown_node_reference @ nodes.0.rule.of.0",
        "error unknown_node_reference @ nodes.1.rule.target.node",
        "error unknown_node_reference @ references.other.node",
        "error unknown_node_reference @ tiers.0.conditions.0.nodes.1",
        "error unknown_node_reference @ tiers.1.conditions.0.of.0",
        "error unknown_node_reference @ tiers.1.conditions.1.nodes.0",
      ]
    `);
  });

  it("reports reference cycles through of lists, node targets, named references and ancestors", () => {
    const issues = lintFramework(
      framework({
        references: { peer: { node: "2" } },
        nodes: [
          {
            id: "1",
            kind: "group",
            title: { vi: "Nhóm 1" },
            children: [{ ...judged("1.1"), rule: { type: "any", of: ["1"] } }],
          },
          {
            ...judged("2"),
            value: { type: "number" },
            rule: { type: "compare", comparator: ">=", target: { node: "3" } },
          },
          {
            ...judged("3"),
            value: { type: "number" },
            rule: { type: "compare", comparator: ">=", target: { ref: "peer" } },
          },
        ],
      }),
    );
    expect(issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "nodes.0.children.0.rule.of.0: reference cycle: 1 → 1.1 → 1 (a node cannot depend on itself, including through its ancestors)",
        "nodes.2.rule.target.ref: target cycle: 2 → 3 → 2 (a node's value ends up compared with itself)",
      ]
    `);
  });

  it("lets a node compare its value with its parent's, but not with its own", () => {
    const compareWith = (id: string, node: string) => ({
      ...judged(id),
      value: { type: "count" },
      rule: { type: "compare", comparator: "<=", target: { node } },
    });
    expect(
      lint({
        nodes: [
          {
            ...compareWith("total", "total"),
            kind: "criterion",
            children: [compareWith("part", "total")],
          },
        ],
      }),
    ).toEqual(["error reference_cycle @ nodes.0.rule.target.node"]);
  });

  it("allows a node to name its own descendants and siblings", () => {
    expect(
      lint({
        nodes: [
          {
            id: "1",
            kind: "criterion",
            title: { vi: "1" },
            rule: { type: "all", of: ["1.1", "2"] },
            children: [judged("1.1"), judged("1.2")],
          },
          judged("2"),
        ],
      }),
    ).toEqual([]);
  });

  it("reports leaves that cannot be judged and empty groups", () => {
    expect(
      lint({
        nodes: [
          { id: "a", kind: "criterion", title: { vi: "A" } },
          { id: "g", kind: "group", title: { vi: "G" } },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error leaf_without_rule @ nodes.0",
        "warning empty_group @ nodes.1",
      ]
    `);
  });

  it("reports tier ids, references and order", () => {
    expect(
      lint({
        tiers: [
          { id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "tier", tier: "kieu-mau" }] },
          { id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "tier", tier: "nang-cao" }] },
          {
            id: "kieu-mau",
            title: { vi: "Kiểu mẫu" },
            conditions: [{ type: "tier", tier: "kieu-mau" }, { type: "allMet" }],
          },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error duplicate_tier_id @ tiers.1.id",
        "error tier_prerequisite_order @ tiers.0.conditions.0.tier",
        "error unknown_tier_reference @ tiers.1.conditions.0.tier",
        "error tier_prerequisite_order @ tiers.2.conditions.0.tier",
      ]
    `);
  });

  it("reports tiers that cannot be reached", () => {
    expect(
      lintFramework(
        framework({
          scoring: { kind: "points" },
          nodes: [
            judged("1", { points: { max: 60 } }),
            judged("2", { points: { max: 30.1 } }),
            { ...judged("3"), kind: "indicator" },
          ],
          tiers: tiered(
            [{ type: "minPoints", points: 90.1 }],
            [{ type: "minPoints", points: 90.2 }],
            [{ type: "minCount", count: 3 }],
            [{ type: "minCount", count: 2, of: ["1", "1"] }],
            [{ type: "minScore", score: 90.2 }],
            [{ type: "tier", tier: "t1" }, { type: "allMet" }],
          ),
        }),
      ).map((issue) => issue.message),
    ).toMatchInlineSnapshot(`
      [
        "tiers.1.conditions.0.points: tier "t1" cannot be reached: needs 90.2 points but at most 90.1 can be earned",
        "tiers.2.conditions.0.count: tier "t2" cannot be reached: needs 3 criteria met but there are only 2",
        "tiers.3.conditions.0.count: tier "t3" cannot be reached: needs 2 criteria met but there are only 1",
        "tiers.4.conditions.0.score: tier "t4" cannot be reached: needs a score of 90.2 but the scoring model gives at most 90.1",
        "tiers.5.conditions.0.tier: tier "t5" cannot be reached: it requires tier "t1", which cannot be reached either",
      ]
    `);
  });

  it("warns when a higher tier is not stricter than a lower one", () => {
    expect(
      lint({
        nodes: [judged("1"), judged("2"), judged("3")],
        tiers: tiered(
          [
            { type: "minCount", count: 2 },
            { type: "nodesMet", nodes: ["1", "2"] },
          ],
          [
            { type: "tier", tier: "t0" },
            { type: "minCount", count: 1 },
            { type: "nodesMet", nodes: ["1"] },
          ],
          [{ type: "tier", tier: "t0" }, { type: "allMet" }],
          [],
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "warning tier_not_stricter @ tiers.1",
        "warning tier_not_stricter @ tiers.3",
      ]
    `);
  });

  it("reports groups whose children all weigh 0 under weighted models", () => {
    expect(
      lint({
        scoring: { kind: "weighted", aggregation: "hierarchical" },
        nodes: [
          {
            id: "g",
            kind: "group",
            title: { vi: "G" },
            weight: 0,
            children: [judged("a", { weight: 0 }), judged("b", { weight: 0 })],
          },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error weights_sum_to_zero @ nodes",
        "error weights_sum_to_zero @ nodes.0.children",
      ]
    `);
  });

  it("warns about weights under count and points models", () => {
    expect(lint({ nodes: [judged("a", { weight: 2 })] })).toMatchInlineSnapshot(`
      [
        "warning weight_ignored @ nodes.0.weight",
      ]
    `);
  });

  it("reports targets outside the value's range", () => {
    const compare = (id: string, value: unknown, target: unknown, extra = {}) => ({
      ...judged(id),
      value,
      rule: { type: "compare", comparator: ">=", target, ...extra },
    });
    expect(
      lint({
        nodes: [
          compare("p", { type: "percent" }, 101),
          compare("p2", { type: "percent" }, { default: 90, cases: [{ region: "r1", value: -5 }] }),
          compare("p3", { type: "percent" }, 95, { factor: 1.1 }),
          compare("n", { type: "number", min: 0, max: 10 }, 11),
          compare("c", { type: "count" }, 2.5),
          compare("c2", { type: "count" }, -1),
          { ...judged("k"), rule: { type: "atLeast", count: 3, of: ["p", "n"] } },
        ] as FrameworkInput["nodes"],
        regions: [{ id: "r1", title: { vi: "Vùng 1" } }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error threshold_out_of_range @ nodes.0.rule.target",
        "error threshold_out_of_range @ nodes.1.rule.target.cases.0.value",
        "error threshold_out_of_range @ nodes.3.rule.target",
        "error threshold_out_of_range @ nodes.4.rule.target",
        "error threshold_out_of_range @ nodes.5.rule.target",
        "error threshold_out_of_range @ nodes.6.rule.count",
      ]
    `);
  });

  it("reports strict comparisons at the edge of the range, which no value can meet", () => {
    const compare = (id: string, value: unknown, comparator: string, target: number) => ({
      ...judged(id),
      value,
      rule: { type: "compare", comparator, target },
    });
    expect(
      lint({
        nodes: [
          compare("p", { type: "percent" }, ">", 100),
          compare("p2", { type: "percent" }, ">=", 100),
          compare("c", { type: "count" }, "<", 0),
          compare("n", { type: "number", max: 5 }, ">", 5),
          compare("n2", { type: "number" }, ">", 5),
          {
            ...judged("s"),
            value: { type: "tally", categories: ["registered", "recognised"] },
            rule: {
              type: "share",
              category: "recognised",
              comparator: ">",
              percent: 100,
              requires: [{ category: "registered", comparator: "<", percent: 0 }],
            },
          },
        ] as FrameworkInput["nodes"],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error threshold_out_of_range @ nodes.0.rule.target",
        "error threshold_out_of_range @ nodes.2.rule.target",
        "error threshold_out_of_range @ nodes.3.rule.target",
        "error threshold_out_of_range @ nodes.5.rule.percent",
        "error threshold_out_of_range @ nodes.5.rule.requires.0.percent",
      ]
    `);
  });

  it("reports rules that do not fit the node's value", () => {
    const events = {
      type: "events",
      events: [
        { id: "a", title: { vi: "Sự việc a" } },
        { id: "a", title: { vi: "Sự việc a (lặp)" } },
      ],
    };
    expect(
      lint({
        nodes: [
          { ...judged("1"), value: events, rule: { type: "compare", comparator: ">=", target: 1 } },
          { ...judged("2"), rule: { type: "noEvents" } },
          { ...judged("3"), value: events, rule: { type: "noEvents", events: ["a", "z"] } },
          {
            ...judged("4"),
            rule: { type: "share", category: "recognised", comparator: ">=", percent: 70 },
          },
          {
            ...judged("5"),
            value: { type: "tally", categories: ["registered"] },
            rule: {
              type: "share",
              category: "recognised",
              comparator: ">=",
              percent: 70,
              requires: [{ category: "registred", comparator: ">=", percent: 100 }],
            },
          },
          {
            ...judged("6"),
            value: { type: "ordinal", levels: [{ id: "low" }, { id: "high" }] },
            rule: { type: "compare", comparator: ">=", target: "medium" },
          },
          {
            ...judged("7"),
            value: { type: "boolean" },
            rule: { type: "compare", comparator: ">=", target: 1 },
          },
          {
            ...judged("8"),
            value: { type: "boolean" },
            rule: { type: "compare", comparator: ">", target: true },
          },
          {
            ...judged("9"),
            value: { type: "date" },
            rule: { type: "compare", comparator: "<=", target: "2023-02-30" },
          },
          {
            ...judged("10"),
            value: { type: "number" },
            rule: { type: "compare", comparator: ">=", target: "high" },
          },
          { ...judged("11"), rule: { type: "compare", comparator: ">=", target: 1 } },
          { ...judged("12"), rule: { type: "all" } },
          {
            ...judged("13"),
            value: { type: "boolean" },
            points: { max: 5, deductions: [{ points: 1 }] },
            normalize: { type: "scale", scale: 10 },
          },
        ] as FrameworkInput["nodes"],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error duplicate_id @ nodes.0.value.events.1",
        "error rule_value_mismatch @ nodes.0.rule",
        "error rule_value_mismatch @ nodes.1.rule",
        "error duplicate_id @ nodes.2.value.events.1",
        "error rule_value_mismatch @ nodes.2.rule.events.1",
        "error rule_value_mismatch @ nodes.3.rule",
        "error rule_value_mismatch @ nodes.4.rule.category",
        "error rule_value_mismatch @ nodes.4.rule.requires.0.category",
        "error rule_value_mismatch @ nodes.5.rule.target",
        "error rule_value_mismatch @ nodes.6.rule.target",
        "error rule_value_mismatch @ nodes.7.rule.comparator",
        "error rule_value_mismatch @ nodes.8.rule.target",
        "error rule_value_mismatch @ nodes.9.rule.target",
        "error rule_value_mismatch @ nodes.10.rule",
        "error rule_without_children @ nodes.11.rule",
        "error rule_value_mismatch @ nodes.12.points.deductions.0",
        "error rule_value_mismatch @ nodes.12.normalize",
      ]
    `);
  });

  it("checks deduction events, normalisation bands and date targets", () => {
    const events = { type: "events", events: [{ id: "a", title: { vi: "Sự việc a" } }] };
    expect(
      lint({
        scoring: { kind: "points" },
        nodes: [
          {
            ...judged("1"),
            value: events,
            rule: { type: "noEvents" },
            points: { max: 10, deductions: [{ events: ["a", "b"], points: 6 }] },
          },
          {
            ...judged("2"),
            value: { type: "number" },
            normalize: { type: "bands", bands: [{ min: 1, below: 0, score: 1 }] },
          },
          {
            ...judged("3"),
            value: { type: "date" },
            rule: { type: "compare", comparator: "<=", target: "2023-04-26" },
          },
          {
            ...judged("4"),
            value: { type: "date" },
            rule: { type: "compare", comparator: "<=", target: "2023-02-29" },
          },
          {
            ...judged("5"),
            value: { type: "date" },
            rule: { type: "compare", comparator: "<=", target: "2024-02-29" },
          },
        ] as FrameworkInput["nodes"],
      }),
    ).toEqual([
      "error rule_value_mismatch @ nodes.0.points.deductions.0.events.1",
      "error invalid_band @ nodes.1.normalize.bands.0",
      "error rule_value_mismatch @ nodes.3.rule.target",
    ]);
  });

  it("reports empty ranges, empty bands and goalposts that divide by zero", () => {
    expect(
      lint({
        scoring: { kind: "points" },
        nodes: [
          {
            ...judged("1"),
            value: { type: "number", min: 10, max: 0 },
            points: { max: 10, earn: { type: "bands", bands: [{ min: 5, below: 5, points: 12 }] } },
            normalize: { type: "goalposts", low: 3, high: 3 },
          },
          {
            ...judged("2"),
            value: { type: "percent" },
            points: { max: 10, earn: { type: "goalposts", low: 50, high: 50 } },
            normalize: { type: "distanceToTarget", min: 0, target: 0 },
          },
        ] as FrameworkInput["nodes"],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error invalid_range @ nodes.0.value",
        "error invalid_band @ nodes.0.points.earn.bands.0",
        "error degenerate_goalposts @ nodes.0.normalize",
        "error degenerate_goalposts @ nodes.1.points.earn",
        "error degenerate_goalposts @ nodes.1.normalize",
        "warning points_max_mismatch @ nodes.0.points.earn.bands.0.points",
      ]
    `);
  });

  it("checks points: sum without children's points, maxima that cannot add up, groupMinShare without points", () => {
    expect(
      lint({
        scoring: { kind: "points" },
        nodes: [
          {
            ...judged("1"),
            points: { max: 10, earn: { type: "sum" } },
            children: [judged("1.a"), judged("1.b")],
          },
          {
            ...judged("2"),
            points: { max: 10, earn: { type: "sum" } },
            children: [
              judged("2.a", { points: { max: 4 } }),
              judged("2.b", { points: { max: 5 } }),
            ],
          },
          {
            ...judged("3"),
            points: { max: 10, earn: { type: "sum" } },
            children: [
              judged("3.a", { points: { max: 6 } }),
              judged("3.b", { points: { max: 6 } }),
            ],
          },
          judged("4"),
        ] as FrameworkInput["nodes"],
        tiers: tiered(
          [{ type: "groupMinShare", percent: 50 }],
          [
            { type: "groupMinShare", percent: 60, nodes: ["3", "4"] },
            { type: "minPoints", points: 30 },
          ],
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error points_max_mismatch @ nodes.0.points.earn",
        "warning points_max_mismatch @ nodes.1.points.max",
        "error points_max_mismatch @ tiers.0.conditions.0",
        "error points_max_mismatch @ tiers.1.conditions.0.nodes.1",
      ]
    `);
  });

  it("adds decimal points exactly, so a threshold equal to the total is reachable", () => {
    expect(
      lint({
        scoring: { kind: "points" },
        nodes: [judged("1", { points: { max: 0.1 } }), judged("2", { points: { max: 0.2 } })],
        tiers: tiered([{ type: "minPoints", points: 0.3 }]),
      }),
    ).toEqual([]);
  });

  it("warns about mandatoryMet and noDisqualifier with nothing to check", () => {
    expect(
      lint({ tiers: tiered([{ type: "mandatoryMet" }, { type: "noDisqualifier" }]) }),
    ).toMatchInlineSnapshot(`
      [
        "warning mandatory_without_nodes @ tiers.0.conditions.0",
        "warning disqualifier_without_nodes @ tiers.0.conditions.1",
      ]
    `);
  });

  it("checks regions, classes, subject kinds and named references", () => {
    const withTable = {
      ...judged("1"),
      value: { type: "percent" },
      rule: {
        type: "compare",
        comparator: ">=",
        target: {
          default: 80,
          cases: [
            { region: "r9", value: 90 },
            { class: "c9", value: 95 },
            { kind: "k9", value: 99 },
          ],
        },
      },
    };
    expect(
      lint({
        subjectKinds: [
          { id: "xa", title: { vi: "Xã" } },
          { id: "xa", title: { vi: "Xã" } },
        ],
        regions: [{ id: "r1", title: { vi: "Vùng 1" } }],
        classes: [{ id: "c1", title: { vi: "Loại 1" }, useRegion: "r2" }],
        references: { t: { default: 1, cases: [{ region: "r3", value: 2 }] } },
        nodes: [
          withTable,
          { ...judged("2"), appliesTo: ["phuong"] },
          {
            ...judged("3"),
            value: { type: "percent" },
            rule: { type: "compare", comparator: ">=", target: { ref: "threshold2024" } },
          },
          {
            ...judged("4"),
            rule: {
              type: "share",
              category: "x",
              comparator: ">=",
              percent: 70,
              children: { x: { tier: "dat" } },
              childKind: "kdc",
            },
          },
        ] as FrameworkInput["nodes"],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error duplicate_id @ subjectKinds.1.id",
        "error unknown_region @ classes.0.useRegion",
        "error unknown_region @ references.t.cases.0.region",
        "error unknown_region @ nodes.0.rule.target.cases.0.region",
        "error unknown_class @ nodes.0.rule.target.cases.1.class",
        "error unknown_subject_kind @ nodes.0.rule.target.cases.2.kind",
        "error unknown_subject_kind @ nodes.1.appliesTo.0",
        "warning unknown_reference @ nodes.2.rule.target.ref",
        "error unknown_subject_kind @ nodes.3.rule.childKind",
      ]
    `);
    expect(lint({ nodes: [withTable] as FrameworkInput["nodes"] })).toMatchInlineSnapshot(`
      [
        "warning unknown_region @ nodes.0.rule.target.cases.0.region",
        "warning unknown_class @ nodes.0.rule.target.cases.1.class",
        "warning unknown_subject_kind @ nodes.0.rule.target.cases.2.kind",
      ]
    `);
  });

  it("warns about a node whose subject kinds exclude all of its ancestors'", () => {
    expect(
      lint({
        subjectKinds: [
          { id: "kdc", title: { vi: "Khu dân cư" } },
          { id: "xa", title: { vi: "Xã" } },
        ],
        nodes: [
          {
            id: "kdc",
            kind: "group",
            title: { vi: "Khu dân cư" },
            appliesTo: ["kdc"],
            children: [
              judged("kdc.1", { appliesTo: ["kdc", "xa"] }),
              judged("kdc.2", { appliesTo: ["xa"] }),
            ],
          },
        ],
      }),
    ).toEqual(["warning applies_to_conflict @ nodes.0.children.1.appliesTo"]);
  });

  it("reports labels missing a declared language", () => {
    expect(
      lint({
        languages: ["vi", "en"],
        title: { vi: "Bộ" },
        nodes: [
          {
            ...judged("1"),
            title: { vi: "Một", en: "One" },
            value: { type: "events", events: [{ id: "a", title: { en: "Event a" } }] },
            rule: { type: "noEvents" },
          },
          {
            ...judged("2"),
            title: { vi: "Hai", en: "Two" },
            value: {
              type: "ordinal",
              levels: [{ id: "low", title: { vi: "Thấp" } }, { id: "high" }],
            },
          },
        ] as FrameworkInput["nodes"],
        tiers: [{ id: "dat", title: { vi: "Đạt", en: "Pass" }, conditions: [] }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error missing_label @ title",
        "error missing_label @ nodes.0.value.events.0.title",
        "error missing_label @ nodes.1.value.levels.0.title",
      ]
    `);
  });

  it("reports an end date before the start date", () => {
    expect(lint({ effectiveFrom: "2022-02-10", effectiveTo: "2021-12-31" })).toMatchInlineSnapshot(`
      [
        "error effective_dates_order @ effectiveTo",
      ]
    `);
    expect(lint({ effectiveFrom: "2022-02-10", effectiveTo: "2022-02-10" })).toEqual([]);
  });

  it("lints 50 000 nodes", () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => judged(`c${i}`, { weight: 1 }));
    expect(lint({ nodes }).length).toBe(50_000);
  }, 60_000);
});
