import type { Assessment } from "../../src/assessment/schema.js";
import { type Framework, FrameworkSchema } from "../../src/framework/schema.js";

export { tt124Like } from "../support/tt124.js";

/*
 * Small inline frameworks for the assessment tests (the real fixtures live in fixtures/). The TT 124
 * commune example, `tt124Like`, is built by test/support/tt124.ts and re-exported here.
 */

/** Every other value type, points and a subject-class list, in one made-up framework. */
export const allTypes: Framework = FrameworkSchema.parse({
  id: "all-types",
  version: "1",
  status: "draft",
  example: true,
  title: { en: "Every value type (example)" },
  effectiveFrom: "2020-01-01",
  effectiveTo: "2021-12-31",
  subjectKinds: [{ id: "unit", title: { en: "Unit" } }],
  regions: [{ id: "north", title: { en: "North" } }],
  classes: [{ id: "remote", title: { en: "Remote" }, useRegion: "north" }],
  scoring: { kind: "points", scale: 100 },
  nodes: [
    {
      id: "score",
      kind: "criterion",
      title: { en: "Score 0–10, integer" },
      value: { type: "number", min: 0, max: 10, integer: true },
      rule: { type: "compare", comparator: ">=", target: 5 },
      points: { max: 10, earn: { type: "entered" } },
    },
    {
      id: "share",
      kind: "criterion",
      title: { en: "Share of households" },
      value: { type: "percent" },
      rule: { type: "compare", comparator: ">=", target: 90 },
    },
    {
      id: "level",
      kind: "criterion",
      title: { en: "Level" },
      value: {
        type: "ordinal",
        levels: [{ id: "low" }, { id: "mid" }, { id: "high" }],
      },
      rule: { type: "compare", comparator: ">=", target: "mid" },
    },
    {
      id: "held",
      kind: "criterion",
      title: { en: "Date of the conference" },
      value: { type: "date" },
      rule: { type: "compare", comparator: "<=", target: "2021-03-31" },
    },
    {
      id: "verdict",
      kind: "criterion",
      title: { en: "Assessor's verdict" },
      value: { type: "verdict" },
    },
  ],
});

/** A valid, empty assessment of a commune for 2023 under `tt124Like`. */
export const commune2023: Assessment = {
  framework: { id: "tt124-like", version: "2021" },
  subject: { id: "nghi-huong", name: "Phường Nghi Hương (ví dụ)", kind: "xa" },
  period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
  example: true,
  entries: [],
};

/** Freezes an object graph in place, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A deep copy through JSON, for "unchanged" comparisons. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Paths of every frozen object or array in a graph ("" for the root). */
export function frozenPaths(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null) return [];
  const here = Object.isFrozen(value) ? [path] : [];
  return [
    ...here,
    ...Object.keys(value).flatMap((key) =>
      frozenPaths((value as Record<string, unknown>)[key], path === "" ? key : `${path}.${key}`),
    ),
  ];
}

/** An editable assessment with entries of every kind of field, for the editing helpers' tests. */
export function sample(): Assessment {
  return {
    ...jsonCopy(commune2023),
    entries: [
      {
        node: "xa.1.a",
        value: true,
        evidence: [{ source: "Nghị quyết 05-NQ/ĐU", date: "2023-02-10" }],
      },
      { node: "xa.2", value: ["sabotage"], note: "một vụ, tháng 3" },
      { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 16 } } },
    ],
  };
}
