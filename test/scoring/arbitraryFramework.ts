import fc from "fast-check";
import type { Assessment, Entry, EntryStatus } from "../../src/assessment/schema.js";
import type {
  Framework,
  FrameworkNode,
  ScoringModel,
  Tier,
  TierCondition,
} from "../../src/framework/schema.js";

/*
 * Random monotonic frameworks with an assessment (example data): groups of criteria, criteria with
 * indicators (all / any / at least k), boolean and numeric ≥ / > rules on "more is better" values,
 * judged criteria, points (with group caps), integer and decimal weights, and tiers built from conditions that
 * meeting one more node can only help. "Meeting a node" is an entry `status: "met"` override.
 */

interface LeafShape {
  readonly type: "boolean" | "number" | "judged";
  readonly comparator: ">=" | ">";
  readonly target: number;
  readonly value: number | undefined;
  readonly status: EntryStatus | undefined;
  readonly points: number | undefined;
  readonly weight: number | undefined;
  readonly mandatory: boolean;
  readonly disqualifying: boolean;
}

interface CriterionShape {
  readonly leaf: LeafShape;
  readonly children: readonly LeafShape[];
  readonly rule: "all" | "any" | "atLeast";
  readonly atLeast: number;
}

type TopShape =
  | { readonly kind: "criterion"; readonly criterion: CriterionShape }
  | {
      readonly kind: "group";
      readonly criteria: readonly CriterionShape[];
      readonly cap: number | undefined;
      readonly weight: number | undefined;
    };

interface ConditionShape {
  readonly type: TierCondition["type"];
  readonly a: number;
  readonly b: number;
}

/** A generated framework, its assessment, and the ids of its criteria and indicators. */
export interface Generated {
  readonly framework: Framework;
  readonly assessment: Assessment;
  /** Criteria and indicators, in framework order. */
  readonly judgedIds: readonly string[];
}

const statusArb = fc.option(
  fc.constantFrom<EntryStatus>("met", "notMet", "unknown", "notApplicable", "error"),
  { nil: undefined, freq: 3 },
);

const leafArb: fc.Arbitrary<LeafShape> = fc.record({
  type: fc.constantFrom("boolean", "number", "judged"),
  comparator: fc.constantFrom(">=", ">"),
  target: fc.integer({ min: 0, max: 10 }),
  value: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined, freq: 5 }),
  status: statusArb,
  points: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  // Decimal weights too: 0.1 + 0.2 + 0.3 is where a float mean would go wrong.
  weight: fc.option(fc.constantFrom(1, 2, 3, 5, 0.1, 0.2, 0.3, 0.7, 2.5), { nil: undefined }),
  mandatory: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  disqualifying: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

const criterionArb: fc.Arbitrary<CriterionShape> = fc.record({
  leaf: leafArb,
  children: fc.array(leafArb, { maxLength: 3 }),
  rule: fc.constantFrom("all", "any", "atLeast"),
  atLeast: fc.integer({ min: 1, max: 3 }),
});

const topArb: fc.Arbitrary<TopShape> = fc.oneof(
  criterionArb.map((criterion) => ({ kind: "criterion" as const, criterion })),
  fc.record({
    kind: fc.constant("group" as const),
    criteria: fc.array(criterionArb, { minLength: 1, maxLength: 4 }),
    cap: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
    weight: fc.option(fc.constantFrom(1, 2, 4, 0.1, 0.3, 0.6), { nil: undefined }),
  }),
);

const conditionArb: fc.Arbitrary<ConditionShape> = fc.record({
  type: fc.constantFrom<TierCondition["type"]>(
    "minCount",
    "minPoints",
    "minPercent",
    "minScore",
    "allMet",
    "mandatoryMet",
    "nodesMet",
    "groupMinShare",
    "noDisqualifier",
    "tier",
  ),
  a: fc.integer({ min: 0, max: 1000 }),
  b: fc.integer({ min: 0, max: 1000 }),
});

const scoringArb: fc.Arbitrary<ScoringModel> = fc.oneof(
  fc.constant({ kind: "count" as const }),
  fc.constant({ kind: "points" as const }),
  fc.constant({ kind: "points" as const, scale: 100 }),
  fc.constantFrom("flat" as const, "hierarchical" as const).map((aggregation) => ({
    kind: "weighted" as const,
    aggregation,
  })),
);

function title(id: string) {
  return { vi: `Mục ${id}`, en: `Item ${id}` };
}

/** Builds a leaf node (criterion or indicator) and its entry. */
function leaf(id: string, kind: "criterion" | "indicator", shape: LeafShape, entries: Entry[]) {
  const node: { -readonly [K in keyof FrameworkNode]: FrameworkNode[K] } = {
    id,
    kind,
    title: title(id),
  };
  if (shape.type === "boolean") {
    node.value = { type: "boolean" };
    node.rule = { type: "compare", comparator: "=", target: true };
  } else if (shape.type === "number") {
    node.value = { type: "number" };
    node.rule = { type: "compare", comparator: shape.comparator, target: shape.target };
  } else {
    node.value = { type: "verdict" };
    node.rule = { type: "judged" };
  }
  decorate(node, shape);
  const entry: { -readonly [K in keyof Entry]: Entry[K] } = { node: id };
  if (shape.value !== undefined && shape.type !== "judged") {
    entry.value = shape.type === "boolean" ? shape.value % 2 === 0 : shape.value;
  }
  if (shape.status !== undefined) entry.status = shape.status;
  if (entry.value !== undefined || entry.status !== undefined) entries.push(entry);
  return node;
}

function decorate(
  node: { -readonly [K in keyof FrameworkNode]: FrameworkNode[K] },
  shape: LeafShape,
): void {
  if (shape.points !== undefined) node.points = { max: shape.points };
  if (shape.weight !== undefined) node.weight = shape.weight;
  if (shape.mandatory) node.mandatory = true;
  if (shape.disqualifying) node.disqualifying = true;
}

function criterion(id: string, shape: CriterionShape, entries: Entry[]): FrameworkNode {
  if (shape.children.length === 0) return leaf(id, "criterion", shape.leaf, entries);
  const children = shape.children.map((child, i) =>
    leaf(`${id}.${i + 1}`, "indicator", child, entries),
  );
  const node: { -readonly [K in keyof FrameworkNode]: FrameworkNode[K] } = {
    id,
    kind: "criterion",
    title: title(id),
    rule:
      shape.rule === "atLeast"
        ? { type: "atLeast", count: Math.min(shape.atLeast, children.length) }
        : { type: shape.rule },
    children,
  };
  decorate(node, shape.leaf);
  // A verdict on a criterion with indicators overrides them, as an assessor may.
  if (shape.leaf.status !== undefined && shape.leaf.type === "judged") {
    entries.push({ node: id, status: shape.leaf.status });
  }
  return node;
}

function condition(
  shape: ConditionShape,
  position: number,
  ids: readonly string[],
  criteria: number,
  maxPoints: number,
  tiers: readonly Tier[],
): TierCondition {
  switch (shape.type) {
    case "minCount":
      return { type: "minCount", count: shape.a % (criteria + 1) };
    case "minPoints":
      return { type: "minPoints", points: shape.a % (maxPoints + 1) };
    case "minPercent":
      return { type: "minPercent", percent: shape.a % 101 };
    case "minScore":
      return { type: "minScore", score: shape.a % 101 };
    case "allMet":
      return { type: "allMet" };
    case "mandatoryMet":
      return { type: "mandatoryMet" };
    case "nodesMet": {
      const count = 1 + (shape.b % 3);
      const nodes = [
        ...new Set(Array.from({ length: count }, (_, i) => ids[(shape.a + i * 7) % ids.length]!)),
      ];
      return { type: "nodesMet", nodes };
    }
    case "groupMinShare":
      return { type: "groupMinShare", percent: shape.a % 101 };
    case "noDisqualifier":
      return { type: "noDisqualifier" };
    default:
      // A prerequisite on a lower tier (the linter refuses prerequisites on higher ones).
      return position === 0 || tiers.length === 0
        ? { type: "allMet" }
        : { type: "tier", tier: tiers[shape.a % tiers.length]!.id };
  }
}

function build(
  tops: readonly TopShape[],
  scoring: ScoringModel,
  tierShapes: readonly (readonly ConditionShape[])[],
): Generated {
  const entries: Entry[] = [];
  const nodes: FrameworkNode[] = tops.map((top, t) => {
    if (top.kind === "criterion") return criterion(`c${t + 1}`, top.criterion, entries);
    const id = `g${t + 1}`;
    const children = top.criteria.map((shape, c) => criterion(`${id}.c${c + 1}`, shape, entries));
    const group: { -readonly [K in keyof FrameworkNode]: FrameworkNode[K] } = {
      id,
      kind: "group",
      title: title(id),
      children,
    };
    if (top.cap !== undefined) group.points = { max: top.cap, earn: { type: "sum" } };
    if (top.weight !== undefined) group.weight = top.weight;
    return group;
  });
  const judgedIds: string[] = [];
  let criteria = 0;
  let maxPoints = 0;
  const visit = (list: readonly FrameworkNode[]) => {
    for (const node of list) {
      if (node.kind !== "group") judgedIds.push(node.id);
      if (node.kind === "criterion") criteria++;
      maxPoints += node.points?.max ?? 0;
      visit(node.children ?? []);
    }
  };
  visit(nodes);
  const tiers: Tier[] = [];
  tierShapes.forEach((shapes, position) => {
    tiers.push({
      id: `t${position + 1}`,
      title: { vi: `Mức ${position + 1}`, en: `Tier ${position + 1}` },
      conditions: shapes.map((shape) =>
        condition(shape, position, judgedIds, criteria, maxPoints, tiers),
      ),
    });
  });
  const framework: Framework = {
    id: "generated",
    version: "1",
    status: "draft",
    title: { vi: "Bộ tiêu chí sinh ngẫu nhiên", en: "Generated framework" },
    example: true,
    scoring,
    nodes,
    ...(tiers.length === 0 ? {} : { tiers }),
  };
  const assessment: Assessment = {
    framework: { id: "generated", version: "1" },
    subject: { id: "x1", kind: "xa" },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    example: true,
    entries,
  };
  return { framework, assessment, judgedIds };
}

/** Generated monotonic frameworks with an assessment. */
export const generatedArb: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.array(topArb, { minLength: 1, maxLength: 5 }),
    scoringArb,
    fc.array(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
  )
  .map(([tops, scoring, tiers]) => build(tops, scoring, tiers));

/** Generated frameworks scored by a weighted mean. */
export const weightedArb: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.array(topArb, { minLength: 1, maxLength: 5 }),
    fc.constantFrom("flat" as const, "hierarchical" as const),
    fc.array(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
  )
  .map(([tops, aggregation, tiers]) => build(tops, { kind: "weighted", aggregation }, tiers));
