import { describe, expect, it } from "vitest";
import {
  conditionReads,
  RULE_KINDS,
  ruleKind,
  ruleReads,
  TIER_CONDITIONS,
} from "../../../src/framework/kinds/index.js";
import type { Framework, FrameworkNode } from "../../../src/framework/schema.js";
import { RuleSchema, TierConditionSchema } from "../../../src/framework/schema.js";

const framework = {
  id: "f",
  title: "F",
  version: "1",
  nodes: [],
  references: { cap: { node: "cap" }, fixed: 3 },
} as unknown as Framework;

const node = (rule: FrameworkNode["rule"], children: string[] = []): FrameworkNode =>
  ({
    id: "n",
    title: "N",
    ...(rule === undefined ? {} : { rule }),
    ...(children.length > 0 ? { children: children.map((id) => ({ id, title: id })) } : {}),
  }) as unknown as FrameworkNode;

describe("the rule kind registry", () => {
  it("has one entry per rule kind of the schema, and no other", () => {
    const kinds = RuleSchema.options.map((option) => option.shape.type.value);
    expect(Object.keys(RULE_KINDS).sort()).toEqual([...kinds].sort());
  });

  it("says which kinds judge the node's own value", () => {
    const reading = Object.entries(RULE_KINDS).flatMap(([type, kind]) =>
      kind.readsValue ? [type] : [],
    );
    expect(reading.sort()).toEqual(["compare", "noEvents", "share"]);
  });

  it("reads `of` by status, named, or else the children, implied", () => {
    expect(ruleReads(node({ type: "atLeast", count: 1, of: ["a", "b"] }), framework)).toEqual([
      { to: "a", via: "status", named: true, path: ["rule", "of", 0] },
      { to: "b", via: "status", named: true, path: ["rule", "of", 1] },
    ]);
    expect(ruleReads(node({ type: "any" }, ["c"]), framework)).toEqual([
      { to: "c", via: "status", named: false, path: ["children", 0] },
    ]);
  });

  it("reads the value of a `{ node }` target, directly or through a reference", () => {
    expect(
      ruleReads(node({ type: "compare", comparator: ">=", target: { node: "x" } }), framework),
    ).toEqual([{ to: "x", via: "value", named: true, path: ["rule", "target", "node"] }]);
    expect(
      ruleReads(node({ type: "compare", comparator: ">=", target: { ref: "cap" } }), framework),
    ).toEqual([{ to: "cap", via: "value", named: true, path: ["rule", "target", "ref"] }]);
    expect(
      ruleReads(node({ type: "compare", comparator: ">=", target: { ref: "fixed" } }), framework),
    ).toEqual([]);
  });

  it("reads no node for the other kinds, nor without a rule", () => {
    expect(ruleReads(node(undefined, ["c"]), framework)).toEqual([]);
    expect(ruleReads(node({ type: "judged" }), framework)).toEqual([]);
    expect(ruleReads(node({ type: "outcome", framework: "g", tier: "t" }), framework)).toEqual([]);
    expect(ruleReads(node({ type: "noEvents" }), framework)).toEqual([]);
    expect(
      ruleReads(node({ type: "share", category: "a", comparator: ">=", percent: 50 }), framework),
    ).toEqual([]);
  });
});

describe("the lint of a kind, on its own", () => {
  const lint = (entryNode: FrameworkNode) => {
    const found: string[] = [];
    const rule = entryNode.rule!;
    const entry = {
      node: entryNode,
      id: entryNode.id,
      path: ["nodes", 0],
      parent: undefined,
      parentIndex: -1,
      index: 0,
      depth: 0,
    };
    ruleKind(rule).lint(rule, entry, (code, path, _vi, en) =>
      found.push(`${code} @ ${path.join(".")}: ${en}`),
    );
    return found;
  };

  it("noEvents needs an events value that has the listed events", () => {
    expect(lint(node({ type: "noEvents" }))).toEqual([
      "rule_value_mismatch @ nodes.0.rule: a noEvents rule needs an events value",
    ]);
    const withEvents = {
      ...node({ type: "noEvents", events: ["a", "z"] }),
      value: { type: "events", events: [{ id: "a", title: { en: "A" } }] },
    } as unknown as FrameworkNode;
    expect(lint(withEvents)).toEqual([
      'rule_value_mismatch @ nodes.0.rule.events.1: event "z" is not among the value\'s events',
    ]);
  });

  it("atLeast cannot count more nodes than it reads", () => {
    expect(lint(node({ type: "atLeast", count: 3 }, ["a", "b"]))).toEqual([
      "threshold_out_of_range @ nodes.0.rule.count: needs at least 3 but only 2 nodes are counted",
    ]);
    expect(lint(node({ type: "judged" }))).toEqual([]);
  });
});

describe("the tier condition registry", () => {
  it("has one entry per tier condition of the schema, and no other", () => {
    const types = TierConditionSchema.options.map((option) => option.shape.type.value);
    expect(Object.keys(TIER_CONDITIONS).sort()).toEqual([...types].sort());
  });

  it("keeps the lists stepsToTier used: naming, counting and points conditions", () => {
    const with_ = (field: "namesNodes" | "countsNodes" | "countsPoints") =>
      Object.entries(TIER_CONDITIONS)
        .flatMap(([type, kind]) => (kind[field] ? [type] : []))
        .sort();
    expect(with_("namesNodes")).toEqual(["allMet", "mandatoryMet", "nodesMet"]);
    expect(with_("countsNodes")).toEqual([
      "allMet",
      "mandatoryMet",
      "minCount",
      "nodesMet",
      "tier",
    ]);
    expect(with_("countsPoints")).toEqual(["minPercent", "minPoints"]);
  });

  it("reads the nodes a condition names", () => {
    expect(conditionReads({ type: "minCount", count: 1, of: ["a"] })).toEqual([
      { to: "a", via: "status", named: true, path: ["of", 0] },
    ]);
    expect(conditionReads({ type: "nodesMet", nodes: ["b"] }).map((r) => r.path)).toEqual([
      ["nodes", 0],
    ]);
    expect(conditionReads({ type: "groupMinShare", percent: 50 })).toEqual([]);
    expect(conditionReads({ type: "allMet" })).toEqual([]);
  });
});
