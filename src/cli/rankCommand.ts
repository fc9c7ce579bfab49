import { formatNumber } from "../core/formatNumber.js";
import { codeUnitOrder } from "../core/plainJson.js";
import {
  type CompareOptions,
  compareUnits,
  compileFramework,
  type Evaluation,
  type Framework,
  type PeerGroupKey,
  type RankBy,
  type TieRule,
  type UnitComparison,
} from "../index.js";
import { formatIssues } from "./formatIssues.js";
import { label } from "./label.js";
import { type LoadProblem, loadAssessmentSet } from "./loadAssessmentSet.js";
import type { CliArgs } from "./parseCliArgs.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** The evaluations of one framework and one period, read from the command line. */
export interface EvaluationGroup {
  readonly framework: Framework;
  readonly period: string;
  readonly evaluations: readonly Evaluation[];
}

/**
 * Reads the assessments named on the command line (`loadAssessmentSet`: files, folders, manifests),
 * evaluates each against its framework (with its manifest's context), and groups the evaluations by
 * framework id, version and period id, in that order (code-unit order).
 *
 * @param io - The CLI's I/O.
 * @param inputs - Paths as typed.
 * @param args - The language and `--framework`.
 * @returns The groups and the files that could not be used.
 * @example
 * const { groups } = await loadEvaluationGroups(io, ["fixtures/assessments/index.json"], args);
 * groups.map((g) => `${g.framework.id} ${g.period}`)[0]
 * //=> "intl-leed-v4-bdc-style 2024"
 * @category CLI
 */
export async function loadEvaluationGroups(
  io: CliIo,
  inputs: readonly string[],
  args: Pick<CliArgs, "lang" | "framework">,
): Promise<{ readonly groups: EvaluationGroup[]; readonly problems: readonly LoadProblem[] }> {
  const set = await loadAssessmentSet(io, inputs, { lang: args.lang, framework: args.framework });
  const compiled = new Map<Framework, ReturnType<typeof compileFramework>>();
  const groups = new Map<
    string,
    { framework: Framework; period: string; evaluations: Evaluation[] }
  >();
  for (const item of set.items) {
    let engine = compiled.get(item.framework);
    if (engine === undefined) {
      engine = compileFramework(item.framework);
      compiled.set(item.framework, engine);
    }
    const evaluation = engine.evaluate(item.assessment, item.context);
    const key = [item.framework.id, item.framework.version, item.assessment.period.id].join(
      "\u0000",
    );
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, {
        framework: item.framework,
        period: item.assessment.period.id,
        evaluations: [evaluation],
      });
    } else group.evaluations.push(evaluation);
  }
  const ordered = [...groups.entries()]
    .sort(([a], [b]) => codeUnitOrder(a, b))
    .map(([, group]) => group);
  return { groups: ordered, problems: set.problems };
}

const BY = ["count", "points", "score", "tier"] as const;
const TIES = ["competition", "dense", "fractional"] as const;
const GROUPS = ["region", "parent", "kind", "class"] as const;

interface RankText {
  readonly inputs: string;
  readonly badOption: (option: string, value: string, allowed: readonly string[]) => string;
  readonly nothing: string;
  readonly heading: (framework: string, period: string, units: number) => string;
  readonly table: (by: string, ties: string) => string;
  readonly by: Readonly<Record<RankBy, string>>;
  readonly ties: Readonly<Record<TieRule, string>>;
  readonly percentile: string;
  readonly group: (group: string | null, rank: number) => string;
  readonly tier: string;
  readonly noTier: string;
  readonly unranked: (count: number) => string;
  readonly gaps: (threshold: number) => string;
  readonly noGaps: (threshold: number) => string;
  readonly gap: (criterion: string, unmet: number, applicable: number, units: string) => string;
  readonly closest: string;
  readonly steps: (count: number, tier: string, nodes: string) => string;
  readonly issues: string;
}

const VI: RankText = {
  inputs: "ít nhất một tệp, thư mục hoặc danh mục kết quả đánh giá",
  badOption: (option, value, allowed) =>
    `${option} chỉ nhận ${allowed.map((a) => `"${a}"`).join(", ")} (nhận được "${value}").`,
  nothing: "Không có kết quả đánh giá nào để xếp hạng.",
  heading: (framework, period, units) => `${framework} — kỳ ${period}: ${units} đơn vị`,
  table: (by, ties) =>
    `Bảng xếp hạng theo ${by}; đồng hạng kiểu ${ties}; cùng giá trị thì theo mã đơn vị:`,
  by: { count: "số tiêu chí đạt", points: "số điểm", score: "điểm số", tier: "mức đạt" },
  ties: { competition: "1224", dense: "1223", fractional: "trung bình (1 2,5 2,5 4)" },
  percentile: "bách phân vị",
  group: (group, rank) => `hạng ${rank} trong nhóm ${group ?? "(không có)"}`,
  tier: "mức",
  noTier: "—",
  unranked: (count) => `Không xếp hạng được (${count}):`,
  gaps: (threshold) => `Tiêu chí không đạt ở quá ${threshold}% số đơn vị:`,
  noGaps: (threshold) => `Không có tiêu chí nào không đạt ở quá ${threshold}% số đơn vị.`,
  gap: (criterion, unmet, applicable, units) =>
    `  ${criterion}: không đạt ở ${unmet}/${applicable} đơn vị (${units})`,
  closest: "Gần được công nhận nhất:",
  steps: (count, tier, nodes) =>
    `còn ${count} tiêu chí để đạt "${tier}"${nodes === "" ? "" : `: ${nodes}`}`,
  issues: "Vấn đề:",
};

const EN: RankText = {
  inputs: "at least one assessment file, folder or manifest",
  badOption: (option, value, allowed) =>
    `${option} takes ${allowed.map((a) => `"${a}"`).join(", ")} (got "${value}").`,
  nothing: "No assessments to rank.",
  heading: (framework, period, units) => `${framework} — period ${period}: ${units} units`,
  table: (by, ties) => `League table by ${by}; ties ${ties}; equal values by subject id:`,
  by: { count: "criteria met", points: "points", score: "score", tier: "tier reached" },
  ties: { competition: "1224", dense: "1223", fractional: "fractional (1 2.5 2.5 4)" },
  percentile: "percentile",
  group: (group, rank) => `rank ${rank} in group ${group ?? "(none)"}`,
  tier: "tier",
  noTier: "—",
  unranked: (count) => `Not ranked (${count}):`,
  gaps: (threshold) => `Criteria not met in more than ${threshold}% of the units:`,
  noGaps: (threshold) => `No criterion is unmet in more than ${threshold}% of the units.`,
  gap: (criterion, unmet, applicable, units) =>
    `  ${criterion}: not met in ${unmet}/${applicable} units (${units})`,
  closest: "Closest to recognition:",
  steps: (count, tier, nodes) =>
    `${count} ${count === 1 ? "criterion" : "criteria"} left to reach "${tier}"${nodes === "" ? "" : `: ${nodes}`}`,
  issues: "Issues:",
};

/** Checks a string option against its allowed values; prints the error and returns false when not. */
function allowed<T extends string>(
  io: CliIo,
  lang: CliLanguage,
  option: string,
  value: string | undefined,
  values: readonly T[],
): value is T | undefined {
  if (value === undefined || (values as readonly string[]).includes(value)) return true;
  io.stderr(`${(lang === "vi" ? VI : EN).badOption(option, value, values)}\n`);
  return false;
}

function formatComparison(
  group: EvaluationGroup,
  comparison: UnitComparison,
  threshold: number,
  lang: CliLanguage,
): string {
  const t = lang === "vi" ? VI : EN;
  const names = new Map(group.evaluations.map((e) => [e.subject.id, e.subject.name]));
  const unitName = (id: string) => {
    const name = names.get(id);
    return name === undefined ? id : `${name} (${id})`;
  };
  const tierName = (id: string | null) => {
    if (id === null) return t.noTier;
    const tier = group.framework.tiers?.find((candidate) => candidate.id === id);
    return tier === undefined ? id : label(tier.title, lang);
  };
  const ranking = comparison.ranking;
  const lines = [
    t.heading(
      `${label(group.framework.title, lang)} (${group.framework.id} ${group.framework.version})`,
      group.period,
      group.evaluations.length,
    ),
    t.table(t.by[ranking.by], t.ties[ranking.ties]),
  ];
  for (const row of ranking.rows) {
    const value =
      ranking.by === "score" ? `${formatNumber(row.value, lang)}%` : formatNumber(row.value, lang);
    const parts = [
      `${row.met}/${row.applicable}`,
      ...(ranking.by === "count" ? [] : [value]),
      `${t.percentile} ${formatNumber(row.percentile.value, lang)}`,
      `${t.tier}: ${tierName(row.tier)}`,
      ...(row.groupRank === undefined ? [] : [t.group(row.group ?? null, row.groupRank)]),
    ];
    lines.push(`  ${formatNumber(row.rank, lang)}. ${unitName(row.subject)}: ${parts.join("; ")}`);
  }
  if (ranking.unranked.length > 0) {
    lines.push(t.unranked(ranking.unranked.length));
    for (const unit of ranking.unranked) lines.push(`  ${unitName(unit.subject)}: ${unit.reason}`);
  }
  if (comparison.systemicGaps.length === 0) lines.push(t.noGaps(threshold));
  else {
    lines.push(t.gaps(threshold));
    for (const gap of comparison.systemicGaps) {
      const prefix = gap.group === null ? "" : `[${gap.group}] `;
      lines.push(
        `${t.gap(`${prefix}${gap.criterion}`, gap.unmet, gap.applicable, gap.units.join(", "))}`,
      );
    }
  }
  if (comparison.closest.length > 0) {
    lines.push(t.closest);
    for (const unit of comparison.closest.slice(0, 10)) {
      lines.push(
        `  ${unitName(unit.subject)}: ${t.steps(unit.criteria, tierName(unit.next), unit.nodes.join(", "))}`,
      );
    }
  }
  if (comparison.issues.length > 0) {
    lines.push(t.issues, formatIssues(comparison.issues, lang).trimEnd());
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `tieuchi rank <inputs…>`: evaluates the assessments of the given files, folders or manifests, and for
 * each framework and period prints the league table (`--by`, `--ties`, `--group-by`), the criteria unmet
 * in most units (per group with `--group-by`) and who is closest to recognition; `--json` prints
 * `{ groups: [{ framework, period, comparison }], problems }`.
 *
 * @param args - The parsed command line.
 * @param io - The CLI's I/O.
 * @returns 0 when everything was ranked; 1 when a file could not be used or a unit was left out
 *   (another framework, a duplicate subject); 2 on wrong usage or when nothing could be read.
 * @example
 * await rankCommand(parseCliArgs(["rank", "fixtures/assessments", "--by", "count"]).args, io)
 * //=> 1
 * @category CLI
 */
export async function rankCommand(args: CliArgs, io: CliIo): Promise<number> {
  const t = args.lang === "vi" ? VI : EN;
  if (args.positionals.length === 0) {
    io.stderr(`${cliText(args.lang).wrongArgCount("rank", t.inputs)}\n`);
    return 2;
  }
  if (
    !allowed(io, args.lang, "--by", args.by, BY) ||
    !allowed(io, args.lang, "--ties", args.ties, TIES) ||
    !allowed(io, args.lang, "--group-by", args.groupBy, GROUPS)
  ) {
    return 2;
  }
  const { groups, problems } = await loadEvaluationGroups(io, args.positionals, args);
  if (groups.length === 0) {
    for (const problem of problems) io.stderr(`${problem.message}\n`);
    io.stderr(`${t.nothing}\n`);
    return 2;
  }
  const threshold = 50;
  const options: CompareOptions = {
    by: args.by as RankBy | undefined,
    ties: args.ties as TieRule | undefined,
    groupBy: args.groupBy as PeerGroupKey | undefined,
    threshold,
  };
  const results = groups.map((group) => ({
    group,
    comparison: compareUnits(group.evaluations, options),
  }));
  const failed =
    problems.length > 0 ||
    results.some(({ comparison }) => comparison.issues.some((issue) => issue.severity === "error"));
  if (args.json) {
    const out = {
      groups: results.map(({ group, comparison }) => ({
        framework: { id: group.framework.id, version: group.framework.version },
        period: group.period,
        comparison,
      })),
      problems: problems.map((problem) => ({ file: problem.file, issues: problem.issues })),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.stdout(
      results
        .map(({ group, comparison }) => formatComparison(group, comparison, threshold, args.lang))
        .join("\n"),
    );
    for (const problem of problems) io.stderr(`${problem.message}\n`);
  }
  return failed ? 1 : 0;
}
