import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import type { Assessment } from "../../src/assessment/schema.js";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import { type Framework, ValueTypeSchema } from "../../src/framework/schema.js";
import { safeParseContext } from "../../src/scoring/context.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { formatTierQuery } from "../../src/scoring/explain.js";
import { gapToTier } from "../../src/scoring/gapToTier.js";
import { stepsToTier } from "../../src/scoring/stepsToTier.js";
import type { EvaluationContext } from "../../src/scoring/types.js";
import { assessment, framework, node } from "./helpers.js";
import { fixtureAssessment, fixtureContext, fixtureFramework } from "./loadFixtures.js";
import { explainedBoth, messagesOf, nodeMessages } from "./messagesOf.js";

/*
 * Issue 6 items 17 and 20: the engine's messages read like the administrative Vietnamese officials
 * write, name units, titles and the accepted shapes. The scan below runs every message the fixtures and
 * a set of bad inputs produce, and every string literal in src/, against the forms that were replaced.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Forms that must not appear in Vietnamese text (messages and literals alike). */
const BANNED_VI: readonly [string, RegExp][] = [
  ["tham lam (say: kết quả gần đúng)", /tham lam/i],
  ["nút (say: mục / tiêu chí)", /(^|[\s"'(])nút($|[\s"',.;:)])/i],
  ["điểm liệt (say: điều kiện loại trừ)", /điểm liệt/i],
  ["tỉ lệ (spell: tỷ lệ)", /tỉ lệ/i],
  ["chuẩn hoá (spell: chuẩn hóa)", /chuẩn hoá/i],
  ["chưa đạt mức nào (say: Chưa đạt)", /chưa đạt mức nào/i],
  ["không xảy ra trường hợp (say: không để xảy ra)", /không xảy ra trường hợp/i],
  ["người đánh giá ghi nhận (say: kết quả đánh giá)", /người đánh giá ghi nhận/i],
  ["a space before % (say: 64%)", /\d %/],
];

/** Forms that must not appear in a Vietnamese message (English words are fine in English literals). */
const BANNED_IN_VI_MESSAGES: readonly [string, RegExp][] = [
  ...BANNED_VI,
  // A quoted id ("recognised") is a key to type, not a word of the sentence.
  ["English category key recognised", /(?<!")recogni[sz]ed(?!")/i],
  ["English category key registered", /(?<!")registered(?!")/i],
  ["an ISO date (say: 16/11/2022)", /\b\d{4}-\d{2}-\d{2}\b/],
];

/** Every Vietnamese message inside a result: any object with string `vi` and `en`. */
function viMessages(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.vi === "string" && typeof record.en === "string") out.push(record.vi);
  for (const inner of Object.values(record)) viMessages(inner, out, seen);
  return out;
}

/** The ids of events that have a title, which messages must name by the title. */
function titledEventIds(f: Framework): string[] {
  const ids: string[] = [];
  const walk = (nodes: readonly Framework["nodes"][number][]) => {
    for (const n of nodes) {
      if (n.value?.type === "events") ids.push(...n.value.events.map((event) => event.id));
      walk(n.children ?? []);
    }
  };
  walk(f.nodes);
  return ids;
}

function problems(messages: readonly string[], eventIds: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const message of messages) {
    for (const [name, pattern] of BANNED_IN_VI_MESSAGES) {
      if (pattern.test(message)) found.push(`${name}: ${message}`);
    }
    for (const id of eventIds) {
      if (new RegExp(`(^|[^\\w.])${id}($|[^\\w.])`).test(message)) {
        found.push(`event id ${id} instead of its title: ${message}`);
      }
    }
  }
  return found;
}

interface ManifestEntry {
  readonly file: string;
  readonly framework: string;
}

function fixtureMessages(): { messages: string[]; eventIds: string[] }[] {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, "fixtures/assessments/index.json"), "utf8"),
  ) as { readonly assessments: readonly ManifestEntry[] };
  const runs: { messages: string[]; eventIds: string[] }[] = [];
  for (const entry of manifest.assessments) {
    const frameworkName = entry.framework.replace(/^.*\//, "").replace(/\.json$/, "");
    const name = entry.file.replace(/\.json$/, "");
    const f = fixtureFramework(frameworkName);
    const a = fixtureAssessment(name);
    const context = fixtureContext(name);
    const evaluation = evaluate(f, a, context);
    const results: unknown[] = [explainedBoth(evaluation, f), checkAssessment(a, f)];
    for (const tier of f.tiers ?? []) {
      results.push(gapToTier(evaluation, tier.id), stepsToTier(f, a, tier.id, context));
    }
    runs.push({ messages: viMessages(results), eventIds: titledEventIds(f) });
  }
  for (const file of readdirSync(join(ROOT, "fixtures/frameworks"))) {
    const f = fixtureFramework(file.replace(/\.json$/, ""));
    runs.push({ messages: viMessages(lintFramework(f)), eventIds: titledEventIds(f) });
  }
  return runs;
}

// TT 124 Điều 4 khoản 3 (paraphrased ids): a small framework that exercises units, events, tallies.
const events: NonNullable<Framework["nodes"][number]["value"]> = {
  type: "events",
  events: [
    { id: "tranh_chap", title: { vi: "Tranh chấp phức tạp, kéo dài", en: "Prolonged disputes" } },
    { id: "khieu_kien", title: { vi: "Khiếu kiện đông người" } },
  ],
};
const small = framework(
  [
    node("dien_tich", "indicator", {
      value: { type: "number", unit: "m²/học sinh" },
      rule: { type: "compare", comparator: ">=", target: 2 },
    }),
    node("ty_le", "indicator", {
      value: { type: "percent" },
      rule: { type: "compare", comparator: ">=", target: 70 },
    }),
    node("thu_nhap", "indicator", {
      value: { type: "number", unit: "triệu đồng/người/năm" },
      rule: { type: "compare", comparator: ">=", target: { ref: "nguong" }, factor: 1.1 },
    }),
    node("an_ninh", "criterion", { value: events }),
    node("ky_luat", "criterion", { value: { type: "boolean" }, disqualifying: true }),
    node("kdc", "criterion", {
      value: { type: "tally", categories: ["registered", "recognised"] },
      rule: {
        type: "share",
        category: "recognised",
        comparator: ">=",
        percent: 70,
        requires: [{ category: "registered", comparator: ">=", percent: 100 }],
      },
    }),
  ],
  {
    effectiveFrom: "2022-02-10",
    effectiveTo: "2022-12-31",
    references: { nguong: 58 },
    tiers: [
      {
        id: "dat",
        title: { vi: "Đạt" },
        conditions: [{ type: "allMet" }, { type: "noDisqualifier" }],
      },
    ],
  } as Partial<Framework>,
);
const smallAssessment: Assessment = assessment([
  { node: "dien_tich", value: 1.5 },
  { node: "ty_le", value: 64 },
  { node: "thu_nhap", value: 60 },
  { node: "an_ninh", value: ["tranh_chap", "khieu_kien", "tranh_chap"] },
  { node: "ky_luat", value: false },
  { node: "kdc", value: { total: 25, counts: { registered: 25, recognised: 26 } } },
]);

/** Bad inputs: every kind of parse, check and context issue the wording should cover. */
function badInputMessages(): string[] {
  const base = {
    id: "f",
    version: "1",
    status: "draft",
    title: { vi: "F" },
    scoring: { kind: "count" },
  };
  const withNode = (n: unknown) => ({ ...base, nodes: [n] });
  const frameworks: unknown[] = [
    {},
    withNode({ id: "a", kind: "criterion", title: { vi: "A" }, value: { type: "bogus" } }),
    withNode({ id: "ă", kind: "criterion", title: { vi: "A" }, value: { type: "boolean" } }),
    withNode({
      id: "a",
      kind: "criterion",
      title: { vi: "A" },
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: { foo: 1 } },
    }),
    withNode({
      id: "a",
      kind: "criterion",
      title: { vi: "A" },
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: [] },
    }),
    withNode({ id: "a", kind: "criterion", title: {}, value: { type: "boolean" } }),
    {
      ...withNode({ id: "a", kind: "criterion", title: { vi: "A" } }),
      effectiveFrom: "2023-02-30",
    },
  ];
  const out: string[] = [];
  for (const input of frameworks) {
    const result = safeParseFramework(input);
    if (!result.success) out.push(...viMessages(result.error.issues));
  }
  out.push(...viMessages(lintFramework({ ...small, effectiveTo: "2021-01-01" })));
  const assessments: unknown[] = [
    {},
    { ...smallAssessment, entries: [{ node: "a", value: Number.NaN }] },
    { ...smallAssessment, entries: [{ node: "a", value: { total: 1, counts: { "bad id": 1 } } }] },
    { ...smallAssessment, period: { id: "p", start: "2023-12-31", end: "2023-01-01" } },
  ];
  for (const input of assessments) {
    const result = safeParseAssessment(input);
    if (!result.success) out.push(...viMessages(result.error.issues));
  }
  const checked = assessment(
    [
      { node: "nope", value: 1 },
      { node: "dien_tich", value: "nhiều" },
      { node: "an_ninh", value: ["khong_co"] },
      { node: "kdc", value: { total: 1, counts: { other: 2 } } },
    ],
    { period: { id: "2024", start: "2024-01-01", end: "2024-12-31" } },
  );
  out.push(...viMessages(checkAssessment(checked, small)));
  const contexts: unknown[] = [null, { date: "2023-02-30", cohort: { a: ["x"] }, nope: 1 }];
  for (const input of contexts) {
    const result = safeParseContext(input);
    if (!result.success) out.push(...viMessages(result.issues));
  }
  const context: EvaluationContext = {};
  const evaluation = evaluate(small, smallAssessment, context);
  out.push(...viMessages(explainedBoth(evaluation, small)));
  out.push(...viMessages(gapToTier(evaluation, "dat")));
  out.push(...viMessages(stepsToTier(small, smallAssessment, "dat")));
  return out;
}

/** String literals in a TypeScript file, template pieces included. */
function literals(file: string): { text: string; afterInterpolation: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const out: { text: string; afterInterpolation: boolean }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n)) {
      out.push({ text: n.text, afterInterpolation: false });
    } else if (ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      out.push({ text: n.text, afterInterpolation: true });
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("Vietnamese wording of the engine's messages", () => {
  it("has none of the replaced forms in any message over the fixtures, and names events by title", () => {
    const found = fixtureMessages().flatMap((run) => problems(run.messages, run.eventIds));
    expect(found).toEqual([]);
  });

  it("has none of the replaced forms in the messages of bad inputs and of a small framework", () => {
    const messages = badInputMessages();
    expect(messages.length).toBeGreaterThan(30);
    expect(problems(messages, titledEventIds(small))).toEqual([]);
  });

  it("has none of the replaced forms in any string literal of src/", () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(ROOT, "src"))) {
      for (const { text, afterInterpolation } of literals(file)) {
        for (const [name, pattern] of BANNED_VI) {
          if (pattern.test(text)) found.push(`${file}: ${name}: ${text}`);
        }
        // `${n} %` — the digit is interpolated, the space starts the next piece.
        if (afterInterpolation && text.startsWith(" %")) found.push(`${file}: " %": ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("spells tỷ lệ and chuẩn hóa one way in README.md and docs/", () => {
    const files = [
      join(ROOT, "README.md"),
      ...readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith(".md"))
        .map((name) => join(ROOT, "docs", name)),
    ];
    const found = files.filter((file) => /tỉ lệ|chuẩn hoá/i.test(readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });
});

describe("what the messages say (issue 6 item 17)", () => {
  const evaluation = evaluate(small, smallAssessment, {});
  const reason = (id: string) => nodeMessages(evaluation, small, id);

  it("writes a numeric target's unit after the numbers, and % without a space", () => {
    expect(reason("dien_tich")).toEqual({
      vi: "1,5 m²/học sinh không đạt ≥ 2 m²/học sinh",
      en: "1.5 m²/học sinh does not satisfy ≥ 2 m²/học sinh",
    });
    expect(reason("ty_le")).toEqual({
      vi: "64% không đạt ≥ 70%",
      en: "64% does not satisfy ≥ 70%",
    });
    // A target resolved per evaluation (a reference × factor) carries the unit too.
    expect(reason("thu_nhap").vi).toBe(
      "60 triệu đồng/người/năm không đạt ≥ 1,1 × 58 = 63,8 triệu đồng/người/năm",
    );
  });

  it("says what a failed boolean required, not just no", () => {
    expect(reason("ky_luat")).toEqual({
      vi: "kết quả đánh giá: chưa đạt (yêu cầu: đạt)",
      en: "assessed: not met (required: met)",
    });
  });

  it("names events by their titles, in the message's language when the framework has it", () => {
    expect(reason("an_ninh")).toEqual({
      vi: "đã để xảy ra 3 trường hợp (cho phép tối đa 0): “Tranh chấp phức tạp, kéo dài”; “Khiếu kiện đông người”",
      en: "events occurred 3 times (at most 0 allowed): “Prolonged disputes”; “Khiếu kiện đông người”",
    });
  });

  it("renders tally categories in Vietnamese", () => {
    expect(reason("kdc").vi).toBe('số "được công nhận" (26) lớn hơn tổng số (25)');
  });

  it("lists a discriminated union's accepted shapes from the schema's own options", () => {
    const result = safeParseFramework({
      id: "f",
      version: "1",
      status: "draft",
      title: { vi: "F" },
      scoring: { kind: "count" },
      nodes: [{ id: "a", kind: "criterion", title: { vi: "A" }, value: { type: "bogus" } }],
    });
    expect(result.success).toBe(false);
    const issue = result.success
      ? undefined
      : result.error.issues.find((i) => i.code === "invalid_union");
    const types = ValueTypeSchema.options.map((option) => option.shape.type.value);
    expect(issue?.messages.en).toBe(
      `nodes.0.value.type: matches none of the accepted shapes; expected one of: ${types.map((t) => `{type: '${t}'}`).join(", ")}`,
    );
    expect(issue?.messages.vi).toContain("cần một trong: {type: 'boolean'}, {type: 'number'}");
  });

  it("lists a plain union's accepted shapes from the branches zod tried", () => {
    const result = safeParseFramework({
      id: "f",
      version: "1",
      status: "draft",
      title: { vi: "F" },
      scoring: { kind: "count" },
      nodes: [
        {
          id: "a",
          kind: "criterion",
          title: { vi: "A" },
          value: { type: "number" },
          rule: { type: "compare", comparator: ">=", target: { foo: 1 } },
        },
      ],
    });
    const issue = result.success
      ? undefined
      : result.error.issues.find((i) => i.code === "invalid_union");
    expect(issue?.messages).toEqual({
      vi: "nodes.0.rule.target: không khớp với dạng nào được hỗ trợ; cần một trong: số, giá trị đúng/sai, chuỗi, {cases: …}, {ref: …}, {previous: true}, {baseline: …}, {node: …}",
      en: "nodes.0.rule.target: matches none of the accepted shapes; expected one of: number, boolean, string, {cases: …}, {ref: …}, {previous: true}, {baseline: …}, {node: …}",
    });
  });

  it("says an empty text is empty and a short list is short, not 'below the minimum of 1'", () => {
    const result = safeParseFramework({
      id: "f",
      version: "1",
      status: "draft",
      title: { vi: "F" },
      scoring: { kind: "count" },
      nodes: [
        {
          id: "a",
          kind: "criterion",
          title: { vi: "" },
          value: { type: "ordinal", levels: [{ id: "x" }] },
        },
      ],
    });
    const messages = result.success ? [] : result.error.issues.map((i) => i.messages);
    expect(messages).toContainEqual({
      vi: "nodes.0.title.vi: không được để trống",
      en: "nodes.0.title.vi: must not be empty",
    });
    expect(messages).toContainEqual({
      vi: "nodes.0.value.levels: cần ít nhất 2 phần tử",
      en: "nodes.0.value.levels: at least 2 items required",
    });
  });

  it("names subject kinds and classes with the same words in lint and assessment issues", () => {
    const f = framework(
      [
        node("a", "criterion", {
          value: { type: "number" },
          rule: {
            type: "compare",
            comparator: ">=",
            target: {
              cases: [
                { class: "c9", value: 1 },
                { kind: "k9", value: 2 },
              ],
            },
          },
        }),
      ],
      {
        classes: [{ id: "c1", title: { vi: "Nhóm 1" } }],
        subjectKinds: [{ id: "xa", title: { vi: "Xã" } }],
      } as Partial<Framework>,
    );
    const lint = lintFramework(f).map((issue) => issue.messages.vi);
    expect(lint).toContain(
      'nodes.0.rule.target.cases.0.class: không có nhóm đơn vị "c9" trong "classes"',
    );
    expect(lint).toContain(
      'nodes.0.rule.target.cases.1.kind: không có loại đơn vị "k9" trong "subjectKinds"',
    );
    const checked = checkAssessment(
      assessment([], { subject: { id: "s", kind: "k9", class: "c9" } } as Partial<Assessment>),
      f,
    ).map((issue) => issue.messages.vi);
    expect(checked.join("\n")).toContain('không có loại đơn vị "k9"');
    expect(checked.join("\n")).toContain('không có nhóm đơn vị "c9"');
  });

  it("says Chưa đạt, not (không có), when another framework's outcome reached no tier", () => {
    const f = framework(
      [node("19.2", "criterion", { rule: { type: "outcome", framework: "tt124", tier: "dat" } })],
      {
        tiers: [
          {
            id: "kieu_mau",
            title: { vi: "Kiểu mẫu" },
            conditions: [{ type: "outcome", framework: "tt124", tier: "dat" }],
          },
        ],
      } as Partial<Framework>,
    );
    const evaluation = evaluate(f, assessment([]), { outcomes: { tt124: { tier: null } } });
    expect(messagesOf(evaluation.nodes[0]!.reason)).toEqual({
      vi: "kết quả theo bộ tiêu chí tt124: chưa đạt (yêu cầu: dat trở lên)",
      en: "outcome of tt124: not met (required: dat or higher)",
    });
    expect(viMessages(explainedBoth(evaluation, f))).toContain(
      "kết quả theo bộ tiêu chí tt124: chưa đạt (yêu cầu: dat trở lên)",
    );
  });

  it("says ASCII letters for an invalid id", () => {
    const result = safeParseFramework({
      id: "f",
      version: "1",
      status: "draft",
      title: { vi: "F" },
      scoring: { kind: "count" },
      nodes: [
        { id: "tiêu_chí", kind: "criterion", title: { vi: "A" }, value: { type: "boolean" } },
      ],
    });
    const issue = result.success
      ? undefined
      : result.error.issues.find((i) => i.code === "invalid_id");
    expect(issue?.messages.vi).toContain("chữ cái không dấu a–z");
    expect(issue?.messages.en).toContain("ASCII letters a–z");
  });

  it("names value kinds in Vietnamese when a value has the wrong type", () => {
    const wrong = evaluate(small, assessment([{ node: "dien_tich", value: "nhiều" }]), {});
    expect(messagesOf(wrong.nodes.find((n) => n.id === "dien_tich")!.reason)).toEqual({
      vi: "giá trị là chuỗi, cần số",
      en: "the value is a string, expected number",
    });
  });

  it("names a failing tier condition in Vietnamese, not by its type", () => {
    const steps = stepsToTier(small, smallAssessment, "dat");
    expect(steps.status).toBe("unreachable");
    expect(formatTierQuery(steps, small, "vi")).toBe(
      'Không thể đạt mức "Đạt" chỉ bằng việc đạt thêm tiêu chí (điều kiện chưa đạt: đạt tất cả các tiêu chí; không vi phạm điều kiện loại trừ)',
    );
  });

  it("writes dates in Vietnamese messages as dd/mm/yyyy", () => {
    const issues = checkAssessment(
      assessment([], { period: { id: "2024", start: "2024-01-01", end: "2024-12-31" } }),
      small,
    );
    expect(issues.find((i) => i.code === "period_outside_effective_dates")?.messages).toEqual({
      vi: "period: kỳ đánh giá nằm ngoài thời gian hiệu lực của bộ tiêu chí (10/02/2022 – 31/12/2022)",
      en: "period: the period lies outside the framework's effective dates (2022-02-10 → 2022-12-31)",
    });
  });
});
