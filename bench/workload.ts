import type { Assessment, Value } from "../src/assessment/schema.js";
import type { Comparator, Framework, FrameworkNode, ValueType } from "../src/framework/schema.js";

/*
 * The benchmark workload: one synthetic threshold framework (19 criteria in 5 groups, each criterion
 * all-of 3 indicators, 57 indicators, 100 points, 3 tiers) and any number of assessments whose values sit
 * near the thresholds, so that boundaries (≥ 92.5 with 92.5, ≥ 1.1 × 50 with 55) are hit often.
 * Everything is derived from the table below and a seeded PRNG: the same seed gives the same workload.
 * This is example data, not a real bộ tiêu chí.
 */

/** One indicator of the benchmark framework: `value comparator factor × target`. */
export interface IndicatorSpec {
  readonly id: string;
  readonly criterion: string;
  readonly type: "percent" | "count" | "boolean" | "number";
  readonly comparator: Comparator;
  readonly target: number | boolean;
  /** Multiplies the target (exact decimal); 1.1 × 50 is 55.00000000000001 in floating point. */
  readonly factor?: number;
}

export interface CriterionSpec {
  readonly id: string;
  readonly group: string;
  readonly points: number;
}

export const GROUPS: readonly { readonly id: string; readonly vi: string; readonly en: string }[] =
  [
    { id: "kt", vi: "Nhóm 1", en: "Group 1" },
    { id: "xh", vi: "Nhóm 2", en: "Group 2" },
    { id: "mt", vi: "Nhóm 3", en: "Group 3" },
    { id: "an", vi: "Nhóm 4", en: "Group 4" },
    { id: "ht", vi: "Nhóm 5", en: "Group 5" },
  ];

/** 14 criteria × 5 points + 5 criteria × 6 points = 100 points. */
export const CRITERIA: readonly CriterionSpec[] = [
  { id: "1", group: "kt", points: 5 },
  { id: "2", group: "kt", points: 5 },
  { id: "3", group: "kt", points: 6 },
  { id: "4", group: "kt", points: 5 },
  { id: "5", group: "xh", points: 5 },
  { id: "6", group: "xh", points: 5 },
  { id: "7", group: "xh", points: 6 },
  { id: "8", group: "xh", points: 5 },
  { id: "9", group: "xh", points: 5 },
  { id: "10", group: "mt", points: 5 },
  { id: "11", group: "mt", points: 6 },
  { id: "12", group: "mt", points: 5 },
  { id: "13", group: "mt", points: 5 },
  { id: "14", group: "an", points: 5 },
  { id: "15", group: "an", points: 6 },
  { id: "16", group: "an", points: 5 },
  { id: "17", group: "ht", points: 5 },
  { id: "18", group: "ht", points: 5 },
  { id: "19", group: "ht", points: 6 },
];

const row = (
  id: string,
  type: IndicatorSpec["type"],
  comparator: Comparator,
  target: number | boolean,
  factor?: number,
): IndicatorSpec => ({
  id,
  criterion: id.slice(0, id.indexOf(".")),
  type,
  comparator,
  target,
  ...(factor === undefined ? {} : { factor }),
});

/** The 57 indicators, in framework order. `bench/baselines/handLoop.ts` hard-codes the same table. */
export const INDICATORS: readonly IndicatorSpec[] = [
  row("1.1", "percent", ">=", 90),
  row("1.2", "percent", "<=", 6.5),
  row("1.3", "boolean", "=", true),
  row("2.1", "count", ">=", 3),
  row("2.2", "percent", ">=", 92.5),
  row("2.3", "number", ">=", 0.3),
  row("3.1", "number", ">=", 50, 1.1),
  row("3.2", "percent", ">", 95),
  row("3.3", "count", "=", 0),
  row("4.1", "boolean", "=", true),
  row("4.2", "percent", ">=", 70),
  row("4.3", "count", "<=", 2),
  row("5.1", "percent", "=", 100),
  row("5.2", "boolean", "=", true),
  row("5.3", "count", ">=", 1),
  row("6.1", "percent", ">=", 80),
  row("6.2", "number", ">=", 0.3),
  row("6.3", "percent", "<=", 5),
  row("7.1", "percent", ">=", 92.5),
  row("7.2", "count", ">=", 2),
  row("7.3", "boolean", "=", true),
  row("8.1", "percent", ">", 50),
  row("8.2", "count", "=", 0),
  row("8.3", "percent", ">=", 95),
  row("9.1", "boolean", "=", true),
  row("9.2", "number", "<=", 1.5),
  row("9.3", "percent", ">=", 85),
  row("10.1", "percent", ">=", 98),
  row("10.2", "percent", "=", 100),
  row("10.3", "count", "<=", 1),
  row("11.1", "number", ">=", 70, 1.1),
  row("11.2", "boolean", "=", true),
  row("11.3", "percent", ">=", 60),
  row("12.1", "percent", ">=", 90),
  row("12.2", "number", "<", 2.5),
  row("12.3", "boolean", "=", true),
  row("13.1", "count", ">=", 4),
  row("13.2", "percent", "<=", 3.5),
  row("13.3", "percent", ">=", 75),
  row("14.1", "count", "=", 0),
  row("14.2", "boolean", "=", true),
  row("14.3", "percent", ">=", 99.5),
  row("15.1", "percent", ">", 90),
  row("15.2", "count", "<=", 3),
  row("15.3", "boolean", "=", true),
  row("16.1", "percent", ">=", 70),
  row("16.2", "count", "=", 0),
  row("16.3", "number", ">=", 0.3),
  row("17.1", "boolean", "=", true),
  row("17.2", "percent", ">=", 92.5),
  row("17.3", "count", ">=", 1),
  row("18.1", "percent", "=", 100),
  row("18.2", "percent", ">=", 80),
  row("18.3", "boolean", "=", true),
  row("19.1", "count", ">=", 2),
  row("19.2", "percent", ">", 95),
  row("19.3", "boolean", "=", true),
];

/** Lowest first. Nested (dat ⇒ kha ⇒ trung_binh), so "highest tier whose conditions hold" is unambiguous. */
export const TIERS: Framework["tiers"] = [
  {
    id: "trung_binh",
    title: { vi: "Trung bình", en: "Average" },
    conditions: [{ type: "minCount", count: 10 }],
  },
  {
    id: "kha",
    title: { vi: "Khá", en: "Good" },
    conditions: [
      { type: "minCount", count: 15 },
      { type: "minPoints", points: 78 },
    ],
  },
  { id: "dat", title: { vi: "Đạt chuẩn", en: "Fully met" }, conditions: [{ type: "allMet" }] },
];

/** The tiers above, evaluated in plain JS from a met count and points (for the engine baselines). */
export function tierFor(met: number, points: number): string | null {
  if (met === CRITERIA.length) return "dat";
  if (met >= 15 && points >= 78) return "kha";
  return met >= 10 ? "trung_binh" : null;
}

const decimals = (x: number): number => {
  const text = String(x);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
};

/**
 * The threshold an indicator's value is compared with, `factor × target` computed exactly in scaled
 * integers (1.1 × 50 → 55, not 55.00000000000001). The engine baselines get this pre-resolved number
 * because json-logic's `*` and plain JS would round.
 */
export function exactThreshold(spec: IndicatorSpec): number | boolean {
  if (typeof spec.target === "boolean" || spec.factor === undefined) return spec.target;
  const df = decimals(spec.factor);
  const dt = decimals(spec.target);
  const product = Math.round(spec.factor * 10 ** df) * Math.round(spec.target * 10 ** dt);
  return product / 10 ** (df + dt);
}

const valueType = (spec: IndicatorSpec): ValueType => {
  switch (spec.type) {
    case "percent":
      return { type: "percent" };
    case "count":
      return { type: "count" };
    case "boolean":
      return { type: "boolean" };
    case "number":
      return { type: "number", min: 0 };
  }
};

/**
 * Builds the benchmark framework: 5 groups, 19 criteria (`all` of 3 indicators, 5 or 6 points each,
 * summed per group), 57 `compare` indicators, points scoring on 100, tiers trung_binh / kha / dat.
 */
export function makeFramework(): Framework {
  const criterionNode = (criterion: CriterionSpec): FrameworkNode => ({
    id: criterion.id,
    kind: "criterion",
    title: { vi: `Tiêu chí ${criterion.id}`, en: `Criterion ${criterion.id}` },
    rule: { type: "all" },
    points: { max: criterion.points },
    children: INDICATORS.filter((spec) => spec.criterion === criterion.id).map((spec) => ({
      id: spec.id,
      kind: "indicator",
      title: { vi: `Chỉ tiêu ${spec.id}`, en: `Indicator ${spec.id}` },
      value: valueType(spec),
      rule: {
        type: "compare",
        comparator: spec.comparator,
        target: spec.target,
        ...(spec.factor === undefined ? {} : { factor: spec.factor }),
      },
    })),
  });
  return {
    id: "bench-19x3",
    version: "1.0.0",
    status: "final",
    title: {
      vi: "Bộ tiêu chí mẫu để đo hiệu năng (19 tiêu chí, 57 chỉ tiêu)",
      en: "Example benchmark framework (19 criteria, 57 indicators)",
    },
    example: true,
    note: "Synthetic data for bench/: not a real framework.",
    scoring: { kind: "points", scale: 100 },
    nodes: GROUPS.map((group) => {
      const criteria = CRITERIA.filter((criterion) => criterion.group === group.id);
      return {
        id: group.id,
        kind: "group",
        title: { vi: group.vi, en: group.en },
        points: {
          max: criteria.reduce((sum, criterion) => sum + criterion.points, 0),
          earn: { type: "sum" },
        },
        children: criteria.map(criterionNode),
      };
    }),
    tiers: TIERS,
  };
}

/** mulberry32: a tiny seeded PRNG, so the workload never depends on `Math.random`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stepOf = (spec: IndicatorSpec, threshold: number): number => {
  if (spec.type === "count") return 1;
  if (spec.type === "percent") return 0.1;
  return threshold < 10 ? 0.01 : 0.1;
};

/** How many steps away from the threshold: often 0 or 1 (the boundary), sometimes far. */
const distance = (random: () => number): number => {
  const r = random();
  if (r < 0.35) return 0;
  if (r < 0.8) return 1 + Math.floor(random() * 3);
  return 5 + Math.floor(random() * 46);
};

/** A value for `spec` that meets it when `met`, near the threshold, in the value type's range. */
const valueFor = (spec: IndicatorSpec, met: boolean, random: () => number): Value => {
  const threshold = exactThreshold(spec);
  if (typeof threshold === "boolean") return met ? threshold : !threshold;
  const step = stepOf(spec, threshold);
  const d = distance(random);
  let k: number;
  switch (spec.comparator) {
    case ">=":
      k = met ? d : -Math.max(1, d);
      break;
    case ">":
      k = met ? Math.max(1, d) : -d;
      break;
    case "<=":
      k = met ? -d : Math.max(1, d);
      break;
    case "<":
      k = met ? -Math.max(1, d) : d;
      break;
    case "=":
      // away from the range's edges, so that clamping cannot land on the threshold again
      k = met
        ? 0
        : (threshold > 0 && (threshold >= 100 || random() < 0.5) ? -1 : 1) * Math.max(1, d);
      break;
    case "!=":
      k = met ? Math.max(1, d) : 0;
      break;
  }
  const scale = 10 ** decimals(step);
  // integer arithmetic, then one division: the double nearest the intended decimal (92.5, not 92.50000000000001)
  let value = Math.round(threshold * scale + k * step * scale) / scale;
  const max = spec.type === "percent" ? 100 : Number.POSITIVE_INFINITY;
  // clamping keeps the value on the intended side: a met `>=` stays met at 100, a met `<=` at 0
  value = Math.min(max, Math.max(0, value));
  return value;
};

/**
 * Generates `count` assessments of `makeFramework()`, every indicator answered, values near the
 * thresholds. Each assessment draws its own quality (the chance that an indicator is met, 0.86–1), so
 * met counts spread over every tier.
 */
export function makeAssessments(count: number, seed = 20251127): Assessment[] {
  const random = mulberry32(seed);
  const assessments: Assessment[] = [];
  for (let i = 0; i < count; i++) {
    const quality = 0.86 + 0.14 * random();
    const id = `unit-${String(i + 1).padStart(5, "0")}`;
    assessments.push({
      framework: { id: "bench-19x3", version: "1.0.0" },
      subject: { id, name: `Đơn vị ${i + 1}` },
      period: { id: "2025", start: "2024-11-16", end: "2025-11-15" },
      example: true,
      entries: INDICATORS.map((spec) => ({
        node: spec.id,
        value: valueFor(spec, random() < quality, random),
      })),
    });
  }
  return assessments;
}

/** Node id → a key without dots, for engines that read dots as paths (json-logic `var`). */
export function factKey(id: string): string {
  return `i${id.replace(".", "_")}`;
}
