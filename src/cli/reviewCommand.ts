import {
  type ReviewResult,
  reviewCohort,
  safeParseReviewDefinition,
  type UnitFacts,
} from "../index.js";
import { formatIssues } from "./formatIssues.js";
import { label } from "./label.js";
import type { CliArgs } from "./parseCliArgs.js";
import { type EvaluationGroup, loadEvaluationGroups } from "./rankCommand.js";
import { displayPath, readJsonFile } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

interface ReviewText {
  readonly inputs: string;
  readonly invalid: (path: string) => string;
  readonly facts: (path: string) => string;
  readonly nothing: (framework: string) => string;
  readonly heading: (review: string, framework: string, period: string, units: number) => string;
  readonly counts: string;
  readonly quota: (
    rating: string,
    group: string | null,
    count: number,
    allowed: number,
    base: number,
  ) => string;
  readonly moved: (units: string) => string;
  readonly notRated: string;
  readonly units: string;
  readonly issues: string;
}

const VI: ReviewText = {
  inputs: "<bình-xét.json> và ít nhất một tệp, thư mục hoặc danh mục kết quả đánh giá",
  invalid: (path) => `${path}: định nghĩa bình xét không hợp lệ:`,
  facts: (path) =>
    `${path}: cần một đối tượng { "<mã đơn vị>": { "operatingSince", "underComplaint", "newlyTransferred" } }.`,
  nothing: (framework) =>
    `Không có kết quả đánh giá nào theo bộ tiêu chí ${framework} để bình xét.`,
  heading: (review, framework, period, units) =>
    `${review} — ${framework}, kỳ ${period}: ${units} đơn vị`,
  counts: "Xếp loại (trước → sau các quy tắc chung):",
  quota: (rating, group, count, allowed, base) =>
    `Hạn mức "${rating}"${group === null ? "" : ` (nhóm ${group})`}: ${count}, tối đa ${allowed} (cơ sở ${base})`,
  moved: (units) => `    hạ xuống: ${units}`,
  notRated: "không xếp loại",
  units: "Từng đơn vị:",
  issues: "Vấn đề:",
};

const EN: ReviewText = {
  inputs: "<review.json> and at least one assessment file, folder or manifest",
  invalid: (path) => `${path}: invalid review definition:`,
  facts: (path) =>
    `${path}: expected an object { "<subject id>": { "operatingSince", "underComplaint", "newlyTransferred" } }.`,
  nothing: (framework) => `No assessments of framework ${framework} to review.`,
  heading: (review, framework, period, units) =>
    `${review} — ${framework}, period ${period}: ${units} units`,
  counts: "Ratings (before → after the cohort rules):",
  quota: (rating, group, count, allowed, base) =>
    `Quota on "${rating}"${group === null ? "" : ` (group ${group})`}: ${count}, at most ${allowed} (base ${base})`,
  moved: (units) => `    moved down: ${units}`,
  notRated: "not rated",
  units: "Units:",
  issues: "Issues:",
};

function formatReview(
  group: EvaluationGroup,
  result: ReviewResult,
  title: string,
  titles: ReadonlyMap<string, string>,
  lang: CliLanguage,
): string {
  const t = lang === "vi" ? VI : EN;
  const name = (id: string | null) => (id === null ? t.notRated : (titles.get(id) ?? id));
  const lines = [
    t.heading(
      title,
      `${group.framework.id} ${group.framework.version}`,
      group.period,
      group.evaluations.length,
    ),
    t.counts,
    ...result.counts.map((c) => `  ${name(c.rating)}: ${c.initial} → ${c.final}`),
    `  ${t.notRated}: ${result.notRated}`,
  ];
  for (const quota of result.quotas) {
    lines.push(t.quota(name(quota.rating), quota.group, quota.count, quota.allowed, quota.base));
    if (quota.moved.length > 0) lines.push(t.moved(quota.moved.join(", ")));
  }
  lines.push(t.units);
  for (const unit of result.units) {
    lines.push(
      `  ${unit.name === undefined ? unit.subject : `${unit.name} (${unit.subject})`}: ${name(unit.rating)}`,
    );
    for (const step of unit.steps) lines.push(`    - ${step.messages[lang]}`);
  }
  if (result.issues.length > 0) lines.push(t.issues, formatIssues(result.issues, lang).trimEnd());
  return `${lines.join("\n")}\n`;
}

/**
 * `tieuchi review <review.json> <inputs…>`: evaluates the assessments, and for each period of the review's
 * framework applies the review definition (`reviewCohort`): ratings, eligibility (`--facts`), the parent
 * cap and the quotas, printing the counts before and after, each quota with the units it moved down, and
 * every unit's steps; `--json` prints `{ review, groups: [{ framework, period, result }], problems }`.
 *
 * @param args - The parsed command line.
 * @param io - The CLI's I/O.
 * @returns 0 when the cohort was reviewed without errors; 1 when the definition is invalid, a file could
 *   not be used or a unit was left out; 2 on wrong usage or an unreadable file.
 * @example
 * await reviewCommand(parseCliArgs(["review", "fixtures/reviews/example-cua-lo-wards-hd01-rules.json", "fixtures/assessments"]).args, io)
 * //=> 1
 * @category CLI
 */
export async function reviewCommand(args: CliArgs, io: CliIo): Promise<number> {
  const t = args.lang === "vi" ? VI : EN;
  const [reviewPath, ...inputs] = args.positionals;
  if (reviewPath === undefined || inputs.length === 0) {
    io.stderr(`${cliText(args.lang).wrongArgCount("review", t.inputs)}\n`);
    return 2;
  }
  const reviewFile = await readJsonFile(io, reviewPath, args.lang);
  if (!reviewFile.ok) {
    io.stderr(`${reviewFile.message}\n`);
    return 2;
  }
  const parsed = safeParseReviewDefinition(reviewFile.value);
  if (!parsed.success) {
    if (args.json) {
      io.stdout(
        `${JSON.stringify({ valid: false, file: displayPath(reviewPath), issues: parsed.issues }, null, 2)}\n`,
      );
    } else {
      io.stderr(`${t.invalid(displayPath(reviewPath))}\n${formatIssues(parsed.issues, args.lang)}`);
    }
    return 1;
  }
  const definition = parsed.data;
  let facts: Readonly<Record<string, UnitFacts>> | undefined;
  if (args.facts !== undefined) {
    const factsFile = await readJsonFile(io, args.facts, args.lang);
    if (!factsFile.ok) {
      io.stderr(`${factsFile.message}\n`);
      return 2;
    }
    const value = factsFile.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      io.stderr(`${t.facts(displayPath(args.facts))}\n`);
      return 2;
    }
    facts = value as Record<string, UnitFacts>;
  }
  const { groups, problems } = await loadEvaluationGroups(io, inputs, args);
  const wanted = definition.framework;
  const mine = groups.filter(
    (group) =>
      wanted === undefined ||
      (group.framework.id === wanted.id &&
        (wanted.version === undefined || group.framework.version === wanted.version)),
  );
  if (mine.length === 0) {
    for (const problem of problems) io.stderr(`${problem.message}\n`);
    io.stderr(`${t.nothing(wanted === undefined ? "" : wanted.id)}\n`);
    return problems.length > 0 ? 2 : 1;
  }
  const results = mine.map((group) => ({
    group,
    result: reviewCohort(group.evaluations, definition, { facts, framework: group.framework }),
  }));
  const failed =
    problems.length > 0 ||
    results.some(({ result }) => result.issues.some((issue) => issue.severity === "error"));
  if (args.json) {
    const out = {
      review: { id: definition.id, version: definition.version },
      groups: results.map(({ group, result }) => ({
        framework: { id: group.framework.id, version: group.framework.version },
        period: group.period,
        result,
      })),
      problems: problems.map((problem) => ({ file: problem.file, issues: problem.issues })),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const titles = new Map(definition.ratings.map((r) => [r.id, label(r.title, args.lang)]));
    const title = `${label(definition.title, args.lang)} (${definition.id} ${definition.version})`;
    io.stdout(
      results
        .map(({ group, result }) => formatReview(group, result, title, titles, args.lang))
        .join("\n"),
    );
    for (const problem of problems) io.stderr(`${problem.message}\n`);
  }
  return failed ? 1 : 0;
}
