import type { Assessment, Entry } from "../../src/assessment/schema.js";
import type {
  Comparator,
  Framework,
  FrameworkNode,
  ValueType,
} from "../../src/framework/schema.js";
import { mulberry32 } from "../workload.js";

/*
 * The national-scale workload (issue 10 item 6): one synthetic framework of 100 criteria in 10 groups,
 * each criterion judged directly from its own value (`compare` on a percent, count, number or boolean),
 * one point each, and 3 tiers; and `units × periods` assessments of it, one JSON object per line.
 * Everything comes from the tables below and a seeded PRNG: the same arguments give the same bytes.
 * EXAMPLE DATA, not a real bộ tiêu chí and not reported figures.
 */

interface CriterionSpec {
  readonly id: string;
  readonly type: "percent" | "count" | "number" | "boolean";
  readonly comparator: Comparator;
  readonly target: number | boolean;
}

const KINDS: readonly Pick<CriterionSpec, "type" | "comparator" | "target">[] = [
  { type: "percent", comparator: ">=", target: 90 },
  { type: "boolean", comparator: "=", target: true },
  { type: "count", comparator: "<=", target: 2 },
  { type: "percent", comparator: ">=", target: 92.5 },
  { type: "number", comparator: ">=", target: 0.3 },
  { type: "count", comparator: ">=", target: 3 },
  { type: "percent", comparator: "<=", target: 6.5 },
  { type: "boolean", comparator: "=", target: true },
  { type: "number", comparator: "<", target: 2.5 },
  { type: "percent", comparator: ">", target: 95 },
];

/** 100 criteria, ids "1" … "100", in groups "g1" … "g10" of ten. */
export const CRITERIA: readonly CriterionSpec[] = Array.from({ length: 100 }, (_, i) => ({
  id: String(i + 1),
  ...(KINDS[(i * 7) % KINDS.length] as (typeof KINDS)[number]),
}));

const valueType = (spec: CriterionSpec): ValueType =>
  spec.type === "number" ? { type: "number", min: 0 } : { type: spec.type };

/** The framework `scale-100` (example data). */
export function makeScaleFramework(): Framework {
  const groups: FrameworkNode[] = Array.from({ length: 10 }, (_, g) => ({
    id: `g${g + 1}`,
    kind: "group",
    title: { vi: `Nhóm ${g + 1}`, en: `Group ${g + 1}` },
    points: { max: 10, earn: { type: "sum" } },
    children: CRITERIA.slice(g * 10, g * 10 + 10).map(
      (spec): FrameworkNode => ({
        id: spec.id,
        kind: "criterion",
        title: { vi: `Tiêu chí ${spec.id}`, en: `Criterion ${spec.id}` },
        value: valueType(spec),
        rule: { type: "compare", comparator: spec.comparator, target: spec.target },
        points: { max: 1 },
      }),
    ),
  }));
  return {
    id: "scale-100",
    version: "1.0.0",
    status: "final",
    title: {
      vi: "Bộ tiêu chí mẫu để đo hiệu năng ở quy mô toàn quốc (100 tiêu chí)",
      en: "Example framework for the national-scale benchmark (100 criteria)",
    },
    example: true,
    note: "Synthetic data for bench/scale: not a real framework.",
    scoring: { kind: "points", scale: 100 },
    nodes: groups,
    tiers: [
      {
        id: "trung_binh",
        title: { vi: "Trung bình", en: "Average" },
        conditions: [{ type: "minCount", count: 70 }],
      },
      {
        id: "kha",
        title: { vi: "Khá", en: "Good" },
        conditions: [
          { type: "minCount", count: 85 },
          { type: "minPoints", points: 85 },
        ],
      },
      { id: "dat", title: { vi: "Đạt chuẩn", en: "Fully met" }, conditions: [{ type: "allMet" }] },
    ],
  };
}

/** A value near the criterion's threshold, on the side `met` asks for. */
function valueFor(spec: CriterionSpec, met: boolean, random: () => number): number | boolean {
  if (typeof spec.target === "boolean") return met ? spec.target : !spec.target;
  const step = spec.type === "count" ? 1 : spec.type === "number" ? 0.01 : 0.1;
  const scale = spec.type === "count" ? 1 : spec.type === "number" ? 100 : 10;
  const d = random() < 0.4 ? 0 : 1 + Math.floor(random() * 20);
  const up = spec.comparator === ">=" || spec.comparator === ">";
  const strict = spec.comparator === ">" || spec.comparator === "<";
  // steps from the threshold: met on the good side (at least 1 step when strict), else the other side
  let k = met ? Math.max(strict ? 1 : 0, d) : -Math.max(strict ? 0 : 1, d);
  if (!up) k = -k;
  const value = Math.round(spec.target * scale + k * step * scale) / scale;
  const max = spec.type === "percent" ? 100 : Number.POSITIVE_INFINITY;
  return Math.min(max, Math.max(0, value));
}

/**
 * Calls `write` with the JSON text of every assessment, unit by unit, each unit's periods (years
 * 2016, 2017, …) in order. Each unit draws a quality (the chance that a criterion is met, 0.8–1) that
 * drifts upward over the years, so tiers and trends vary.
 */
export function generateLines(
  units: number,
  periods: number,
  write: (line: string) => void,
  seed = 20261202,
): void {
  const random = mulberry32(seed);
  for (let u = 0; u < units; u++) {
    const id = `unit-${String(u + 1).padStart(6, "0")}`;
    const base = 0.8 + 0.15 * random();
    const province = `p${(u % 63) + 1}`;
    for (let p = 0; p < periods; p++) {
      const year = 2016 + p;
      const quality = Math.min(1, base + 0.005 * p);
      const entries: Entry[] = CRITERIA.map((spec) => ({
        node: spec.id,
        value: valueFor(spec, random() < quality, random),
      }));
      const assessment: Assessment = {
        framework: { id: "scale-100", version: "1.0.0" },
        subject: { id, name: `Đơn vị ${u + 1}`, parent: province },
        period: { id: String(year), start: `${year}-01-01`, end: `${year}-12-31` },
        example: true,
        entries,
      };
      write(JSON.stringify(assessment));
    }
  }
}

/**
 * The year-end review of the benchmark (example data, not a real bình xét): two ratings from the
 * evaluation — "xuat_sac" (tier kha or dat and at least 90 % of the score) and "hoan_thanh" (every
 * other unit) — and a quota: at most 20 % of the rated units of a province (`subject.parent`) keep
 * "xuat_sac", the highest scores first; the others move down to "hoan_thanh".
 */
export const SCALE_REVIEW = {
  id: "scale-100-review",
  version: "1.0.0",
  title: {
    vi: "Bình xét cuối năm mẫu cho phép đo quy mô toàn quốc",
    en: "Example year-end review for the national-scale benchmark",
  },
  example: true,
  note: "Synthetic data for bench/scale: not a real review.",
  framework: { id: "scale-100", version: "1.0.0" },
  ratings: [
    {
      id: "xuat_sac",
      title: { vi: "Hoàn thành xuất sắc", en: "Outstanding" },
      when: { tiers: ["kha", "dat"], minPercent: 90 },
    },
    {
      id: "hoan_thanh",
      title: { vi: "Hoàn thành", en: "Completed" },
    },
  ],
  quotas: [
    {
      rating: "xuat_sac",
      maxPercent: 20,
      of: ["xuat_sac", "hoan_thanh"],
      groupBy: "parent",
      keep: [{ by: "score" }],
    },
  ],
} as const;

/**
 * Groups records by a key, keeping the input order inside each group; the groups in code-unit order
 * of their keys (so the stages run in a stated order).
 */
export function groupRecords<T>(records: readonly T[], key: (record: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [record]);
    else list.push(record);
  }
  return [...groups.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => groups.get(k) as T[]);
}
