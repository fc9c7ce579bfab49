// compileAssessmentParser gives exactly what safeParseAssessment + checkAssessment give, for valid and
// invalid input alike: every fixture assessment with its framework, and fast-check inputs built from
// the fixture frameworks' own nodes with valid, mutated and hostile fields (the brief's differential test).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeFramework } from "../../bench/workload.js";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import { compileAssessmentParser } from "../../src/assessment/compileAssessmentParser.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import { parseFramework } from "../../src/framework/parseFramework.js";
import type { Framework, FrameworkNode } from "../../src/framework/schema.js";
import { walkNodes } from "../../src/framework/walk.js";
import { fixtureFramework } from "../scoring/loadFixtures.js";

function reference(input: unknown, framework: Framework) {
  const parsed = safeParseAssessment(input);
  if (!parsed.success) return { success: false, issues: parsed.error.issues };
  return { success: true, data: parsed.data, issues: checkAssessment(parsed.data, framework) };
}

/** Equal results, down to the key order of the data (JSON text) and every issue's messages. */
function expectSame(input: unknown, framework: Framework, parse: (input: unknown) => unknown) {
  const expected = reference(input, framework);
  const actual = parse(input);
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const manifest = JSON.parse(readFileSync("fixtures/assessments/index.json", "utf8")) as {
  readonly assessments: readonly { readonly file: string; readonly framework: string }[];
};

const FRAMEWORKS = [
  "vn-tt124-2021",
  "vn-qd9745-2022-34",
  "vn-qd318-319-2022-ntm",
  "vn-qd25-2021-tcpl",
  "intl-xccdf-example-benchmark",
  "intl-leed-v4-bdc-style",
  "intl-wcag-2.2",
].map((name) => fixtureFramework(name));
// The benchmark's framework (example data): 57 percent, count, number and boolean values.
FRAMEWORKS.push(parseFramework(makeFramework()));

describe("compileAssessmentParser", () => {
  it("agrees with the reference functions on every fixture assessment", () => {
    const parsers = new Map<string, ReturnType<typeof compileAssessmentParser>>();
    for (const row of manifest.assessments) {
      const name = row.framework.replace(/^\.\.\/frameworks\//, "").replace(/\.json$/, "");
      const framework = fixtureFramework(name);
      let parse = parsers.get(name);
      if (parse === undefined) {
        parse = compileAssessmentParser(framework);
        parsers.set(name, parse);
      }
      const input = JSON.parse(readFileSync(`fixtures/assessments/${row.file}`, "utf8"));
      expectSame(input, framework, parse);
    }
  });

  it("reports like the reference on hostile input", () => {
    const framework = FRAMEWORKS[0] as Framework;
    const parse = compileAssessmentParser(framework);
    const cyclic: Record<string, unknown> = { framework: { id: framework.id, version: "x" } };
    cyclic.self = cyclic;
    const throwing = {
      get framework(): unknown {
        throw new Error("boom");
      },
    };
    for (const input of [
      null,
      42,
      "text",
      [],
      {},
      cyclic,
      throwing,
      JSON.parse('{"__proto__": {"a": 1}}'),
      Object.create({ inherited: true }),
      new Date(0),
    ]) {
      expectSame(input, framework, parse);
    }
  });

  it("agrees with the reference functions on generated valid and invalid assessments", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.constantFrom(...FRAMEWORKS), fc.boolean())
          .chain(([framework, mostlyValid]) =>
            fc.tuple(fc.constant(framework), assessmentArb(framework, mostlyValid)),
          ),
        ([framework, input]) => {
          expectSame(input, framework, compileAssessmentParser(framework));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("agrees with the reference functions on valid assessments with one mutation anywhere", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...FRAMEWORKS)
          .chain((framework) =>
            fc.tuple(
              fc.constant(framework),
              assessmentArb(framework, true),
              fc.nat(),
              fc.constantFrom(...NASTY),
              fc.constantFrom("replace", "delete", "addKey", "value", "value", "value"),
            ),
          ),
        ([framework, input, at, nasty, how]) => {
          expectSame(mutate(input, at, nasty, how), framework, compileAssessmentParser(framework));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("takes the fast path for most generated inputs (they are valid), so the test exercises it", () => {
    const framework = FRAMEWORKS[0] as Framework;
    const samples = fc.sample(assessmentArb(framework, true), { numRuns: 50, seed: 7 });
    const valid = samples.filter((input) => reference(input, framework).issues.length === 0);
    expect(valid.length).toBeGreaterThan(25);
  });
});

const STATUSES = ["met", "notMet", "notApplicable", "unknown", "error"] as const;

/** The valid arbitrary alone (mostly valid inputs), or with the invalid one a quarter of the time. */
function pick<T>(mostlyValid: boolean, valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) {
  return mostlyValid
    ? valid
    : fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}

/** A value that fits the node, or one of a set of near misses and wrong types. */
function valueArb(node: FrameworkNode, mostlyValid: boolean): fc.Arbitrary<unknown> {
  const wrong = fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    101,
    1.5,
    "",
    "x",
    "2023-02-30",
    "2023-02-28",
    true,
    null,
    [],
    ["a", "b"],
    { total: 3, counts: { a: 1 } },
    { total: 1, counts: { a: 2 } },
    { nested: { deep: [1, 2, 3] } },
  );
  const value = node.value;
  let fit: fc.Arbitrary<unknown>;
  switch (value?.type) {
    case "boolean":
      fit = fc.boolean();
      break;
    case "percent":
      fit = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, -0, 100, 99.5, 64));
      break;
    case "count":
      fit = fc.nat({ max: 50 });
      break;
    case "number":
      fit = fc.integer({ min: value.min ?? -5, max: value.max ?? 500 });
      break;
    case "ordinal":
      fit = fc.constantFrom(...value.levels.map((level) => level.id));
      break;
    case "events":
      fit = fc.subarray(value.events.map((event) => event.id));
      break;
    case "date":
      fit = fc.constantFrom("2023-01-31", "2024-02-29", "2023-11-15");
      break;
    case "tally":
      fit = fc.constant({
        total: 25,
        counts: Object.fromEntries(value.categories.map((category) => [category, 10])),
      });
      break;
    default:
      // a node without a value type: a value is used only by a rule that reads it
      fit = mostlyValid
        ? fc.constant(undefined)
        : fc.oneof(fc.integer({ min: 0, max: 100 }), fc.boolean());
  }
  return pick(mostlyValid, fit, wrong);
}

function entryArb(
  node: FrameworkNode,
  mostlyValid: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  const needsStatus = node.rule?.type === "judged" || node.value?.type === "verdict";
  const none = fc.constant<unknown>(undefined);
  const status = needsStatus
    ? pick(mostlyValid, fc.constantFrom<unknown>(...STATUSES), none)
    : fc.oneof(
        { weight: 3, arbitrary: none },
        {
          weight: 1,
          arbitrary: mostlyValid
            ? fc.constantFrom<unknown>(...STATUSES)
            : fc.constantFrom<unknown>(...STATUSES, "bad"),
        },
      );
  const score =
    node.points === undefined
      ? pick(mostlyValid, none, fc.constantFrom<unknown>(0, 1))
      : pick(
          mostlyValid,
          fc.constantFrom<unknown>(undefined, 0, -0, node.points.max),
          fc.constantFrom<unknown>(-1, node.points.max + 1, Number.NaN),
        );
  return fc
    .record({
      value:
        node.kind === "group" || node.value?.type === "verdict"
          ? pick(mostlyValid, none, fc.constantFrom<unknown>("pass", 1))
          : valueArb(node, mostlyValid),
      status,
      note: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
      selfScore: score,
      evidence: pick(
        mostlyValid,
        fc.constantFrom<unknown>(
          undefined,
          [{ source: "Biên bản", date: "2023-04-26" }],
          [{ source: "Báo cáo", url: "https://example.org", note: "" }],
        ),
        fc.constantFrom<unknown>(
          [{ source: "" }],
          [{ source: "x", date: "2023-02-30" }],
          [{ source: "x", extra: 1 }],
          "not a list",
        ),
      ),
      extra: pick(mostlyValid, none, fc.constantFrom<unknown>(1, "x")),
    })
    .map((fields) => {
      const entry: Record<string, unknown> = { node: node.id };
      for (const [key, value] of Object.entries(fields))
        if (value !== undefined) entry[key] = value;
      return entry;
    });
}

function assessmentArb(framework: Framework, mostlyValid = false): fc.Arbitrary<unknown> {
  const nodes = walkNodes(framework.nodes).entries.map((entry) => entry.node);
  const answerable = nodes.filter((node) => node.kind !== "group");
  const kinds = framework.subjectKinds?.map((kind) => kind.id) ?? [];
  const entries = fc
    .subarray(answerable, { minLength: 0, maxLength: Math.min(answerable.length, 30) })
    .chain((chosen) => fc.tuple(...chosen.map((node) => entryArb(node, mostlyValid))))
    .chain((list) =>
      pick(
        mostlyValid,
        fc.constant<unknown[]>(list),
        fc.constantFrom<unknown[]>(
          [...list, { node: "zz.unknown", value: 1 }],
          [...list, ...list.slice(0, 1)],
          [...list, { node: (nodes[0] as FrameworkNode).id, value: 1 }],
          [...list, JSON.parse('{"node": "__proto__"}')],
          [...list, null],
        ),
      ),
    );
  return fc
    .record({
      framework: pick(
        mostlyValid,
        fc.constant<unknown>({ id: framework.id, version: framework.version }),
        fc.constantFrom<unknown>(
          { id: framework.id, version: "0.0.0-other" },
          { id: "other", version: framework.version },
          { id: framework.id },
        ),
      ),
      subject: pick(
        mostlyValid,
        fc
          .record({
            id: fc.constantFrom("nghi-huong", "unit_1", "a.b-c:d"),
            name: fc.option(fc.constantFrom("Phường Nghi Hương", "Đơn vị"), { nil: undefined }),
            kind:
              kinds.length === 0
                ? fc.constant(undefined)
                : fc.option(fc.constantFrom(...kinds), { nil: undefined }),
          })
          .map((subject): unknown => JSON.parse(JSON.stringify(subject))),
        fc.constantFrom<unknown>(
          { id: "__proto__" },
          { id: "" },
          { id: "x", kind: "not-a-kind" },
          { id: "x", region: "nowhere" },
          { id: "x", name: "" },
          { id: "x", extra: true },
        ),
      ),
      period: pick(
        mostlyValid,
        // inside every window of the fixtures (16/11 → 15/11 and 01/11 → 31/10)
        fc.constant<unknown>({ id: "2023-04", start: "2023-01-01", end: "2023-04-26" }),
        fc.constantFrom<unknown>(
          { id: "2023", start: "2022-11-16", end: "2023-11-15" },
          { id: "2023", start: "2022-11-01", end: "2023-10-31" },
          { id: "2023", start: "2023-02-30", end: "2023-12-31" },
          { id: "2023", start: "2023-12-31", end: "2023-01-01" },
          { id: "", start: "2023-01-01", end: "2023-12-31" },
          { id: "1990", start: "1990-01-01", end: "1990-12-31" },
        ),
      ),
      example: fc.option(fc.boolean(), { nil: undefined }),
      date: pick(
        mostlyValid,
        fc.constantFrom<unknown>(undefined, "2023-04-26"),
        fc.constantFrom<unknown>("2023-13-01", 20230426),
      ),
      entries,
    })
    .map((record) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
      return out;
    });
}

const NASTY: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  -1,
  101,
  1.5,
  1e300,
  "",
  "x",
  "__proto__",
  "2023-02-30",
  "2024-02-29",
  true,
  null,
  undefined,
  [],
  ["a"],
  {},
  { total: 1, counts: { a: 2 } },
  "a".repeat(201),
];

/** Every path to a value inside plain JSON, the root included. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) pathsOf(value[index], [...path, index], out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) pathsOf(inner, [...path, key], out);
  }
  return out;
}

/** A copy of `input` with one change at the `at`-th path: a value replaced or deleted, or a key added. */
function mutate(input: unknown, at: number, nasty: unknown, how: string): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const entries = copy.entries as Record<string, unknown>[];
  if (how === "value") {
    // the most common mistake: a wrong value in one entry
    if (entries.length === 0) return copy;
    (entries[at % entries.length] as Record<string, unknown>).value = nasty;
    return copy;
  }
  const paths = pathsOf(copy);
  const path = paths[at % paths.length] as (string | number)[];
  if (path.length === 0) return how === "replace" ? nasty : { ...copy, extra: nasty };
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (how === "replace") parent[last] = nasty;
  else if (how === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target)) {
      (target as Record<string, unknown>).extra = nasty;
    } else parent[last] = nasty;
  }
  return copy;
}
