import {
  type Evaluation,
  type Framework,
  type FrameworkNode,
  gapToTier,
  type NodeStatus,
} from "../index.js";
import { formatNumber } from "./formatNumber.js";
import { label } from "./label.js";
import type { CliLanguage } from "./types.js";

/** Options for {@link formatEvaluation}. */
export interface FormatEvaluationOptions {
  /** Output language (default `vi`). */
  readonly lang?: CliLanguage | undefined;
  /** Marks the report as example data (the assessment's `example` flag). */
  readonly example?: boolean | undefined;
  /** What it takes to reach the next tier (the result of `stepsToTier` for that tier), if computed. */
  readonly steps?: NextTierSteps | undefined;
}

/** The part of a `stepsToTier` result the report prints. */
export type NextTierSteps =
  | { readonly status: "reached" }
  | { readonly status: "reachable"; readonly nodes: readonly string[]; readonly exact: boolean }
  | {
      readonly status: "unreachable";
      readonly messages: { readonly vi: string; readonly en: string };
    };

interface ReportLabels {
  readonly framework: string;
  readonly version: string;
  readonly subject: string;
  readonly period: string;
  readonly date: string;
  readonly metLabel: string;
  readonly met: (met: number, applicable: number) => string;
  readonly notApplicable: (count: number) => string;
  readonly points: string;
  readonly score: string;
  readonly unscorable: (reason: string) => string;
  readonly tier: string;
  readonly noTier: string;
  readonly noTiers: string;
  readonly unmet: (count: number) => string;
  readonly allMet: string;
  readonly gap: (tier: string) => string;
  readonly topTier: string;
  readonly prerequisites: (tiers: string) => string;
  readonly steps: (count: number, nodes: string) => string;
  readonly greedy: string;
  readonly disqualifiers: string;
  readonly example: string;
  readonly status: Readonly<Record<NodeStatus, string>>;
  readonly frameworkStatus: Readonly<Record<Framework["status"], string>>;
}

const VI: ReportLabels = {
  framework: "Bộ tiêu chí",
  version: "phiên bản",
  subject: "Đơn vị",
  period: "Kỳ đánh giá",
  date: "ngày",
  metLabel: "Đạt",
  met: (met, applicable) => `${met}/${applicable} tiêu chí`,
  notApplicable: (count) => `${count} tiêu chí không áp dụng`,
  points: "Điểm",
  score: "Điểm",
  unscorable: (reason) => `không chấm được (${reason})`,
  tier: "Xếp loại",
  noTier: "chưa đạt mức nào",
  noTiers: "bộ tiêu chí không có mức xếp loại",
  unmet: (count) => `Tiêu chí còn chưa đạt (${count}):`,
  allMet: "Mọi tiêu chí áp dụng đều đã đạt.",
  gap: (tier) => `Còn thiếu để đạt mức "${tier}":`,
  topTier: "Đã đạt mức cao nhất.",
  prerequisites: (tiers) => `Cần đạt trước: ${tiers}`,
  steps: (count, nodes) => `Cần đạt thêm ít nhất ${count} mục: ${nodes}`,
  greedy: "(tìm theo cách tham lam; có thể có tập nhỏ hơn)",
  disqualifiers: "Điểm liệt:",
  example: "Dữ liệu ví dụ (example), không phải số liệu báo cáo.",
  status: {
    met: "đạt",
    notMet: "chưa đạt",
    notApplicable: "không áp dụng",
    unknown: "chưa có dữ liệu",
    error: "lỗi",
  },
  frameworkStatus: {
    draft: "dự thảo",
    provisional: "tạm thời",
    final: "chính thức",
    superseded: "đã được thay thế",
  },
};

const EN: ReportLabels = {
  framework: "Framework",
  version: "version",
  subject: "Subject",
  period: "Period",
  date: "date",
  metLabel: "Met",
  met: (met, applicable) => `${met}/${applicable} criteria`,
  notApplicable: (count) => `${count} not applicable`,
  points: "Points",
  score: "Score",
  unscorable: (reason) => `unscorable (${reason})`,
  tier: "Tier",
  noTier: "no tier reached",
  noTiers: "the framework defines no tiers",
  unmet: (count) => `Criteria still unmet (${count}):`,
  allMet: "Every applicable criterion is met.",
  gap: (tier) => `Missing for tier "${tier}":`,
  topTier: "The highest tier is reached.",
  prerequisites: (tiers) => `Tiers to reach first: ${tiers}`,
  steps: (count, nodes) => `Fewest nodes still to meet (${count}): ${nodes}`,
  greedy: "(found greedily; a smaller set may exist)",
  disqualifiers: "Disqualifiers:",
  example: "Example data, not reported facts.",
  status: {
    met: "met",
    notMet: "not met",
    notApplicable: "not applicable",
    unknown: "unknown",
    error: "error",
  },
  frameworkStatus: {
    draft: "draft",
    provisional: "provisional",
    final: "final",
    superseded: "superseded",
  },
};

function indexNodes(
  nodes: readonly FrameworkNode[],
  into: Map<string, FrameworkNode>,
): Map<string, FrameworkNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    if (node.children !== undefined) indexNodes(node.children, into);
  }
  return into;
}

/** The tier after the one reached (tiers are ordered lowest first), or the first when none is reached. */
function nextTierId(evaluation: Evaluation, framework: Framework): string | undefined {
  const order = (framework.tiers ?? []).map((tier) => tier.id);
  const reached = evaluation.tier === null ? -1 : order.indexOf(evaluation.tier);
  return order[reached + 1];
}

/**
 * Formats an evaluation as a plain-text report: framework, subject, period, criteria met of applicable,
 * points or score, tier, the criteria still unmet with their reasons, and what is missing for the next tier.
 *
 * @param evaluation - The result of `evaluate(framework, assessment)`.
 * @param framework - The framework it was evaluated against (for titles and tier order).
 * @param options - Language and whether the data is an example.
 * @returns The report, lines ending in `\n`; byte-identical for the same input.
 * @example
 * formatEvaluation(evaluate(framework, assessment), framework, { lang: "en" }).split("\n")[3]
 * //=> "Met: 31/34 criteria"
 * @category CLI
 */
export function formatEvaluation(
  evaluation: Evaluation,
  framework: Framework,
  options: FormatEvaluationOptions = {},
): string {
  const lang = options.lang ?? "vi";
  const t = lang === "vi" ? VI : EN;
  const nodes = indexNodes(framework.nodes, new Map());
  const lines: string[] = [];

  lines.push(
    `${t.framework}: ${label(framework.title, lang)} (${framework.id} ${t.version} ${framework.version}, ${t.frameworkStatus[framework.status]})`,
  );
  const subject = evaluation.subject;
  lines.push(
    `${t.subject}: ${subject.name === undefined ? subject.id : `${subject.name} (${subject.id})`}`,
  );
  const period = evaluation.period;
  lines.push(`${t.period}: ${period.id} (${period.start} → ${period.end})`);
  if (options.example === true) lines.push(t.example);

  const count = evaluation.count;
  const notApplicable = count.notApplicable > 0 ? `; ${t.notApplicable(count.notApplicable)}` : "";
  lines.push(`${t.metLabel}: ${t.met(count.met, count.applicable)}${notApplicable}`);

  const points = evaluation.points;
  if (points !== undefined) {
    lines.push(`${t.points}: ${formatNumber(points.earned)}/${formatNumber(points.possible)}`);
  } else if (framework.scoring.kind !== "count") {
    const score = evaluation.score;
    lines.push(
      score.status === "scored"
        ? `${t.score}: ${formatNumber(score.value)}/${formatNumber(score.max)} (${formatNumber(score.percent)}%)`
        : `${t.score}: ${t.unscorable(score.reason)}`,
    );
  }

  const tiers = framework.tiers ?? [];
  const reached = tiers.find((tier) => tier.id === evaluation.tier);
  lines.push(
    `${t.tier}: ${tiers.length === 0 ? t.noTiers : reached === undefined ? t.noTier : label(reached.title, lang)}`,
  );

  if (evaluation.disqualifiers.length > 0) {
    lines.push(t.disqualifiers);
    for (const disqualifier of evaluation.disqualifiers) {
      lines.push(`  - ${disqualifier.node}: ${disqualifier.reason.messages[lang]}`);
    }
  }

  const unmet = evaluation.nodes.filter(
    (node) =>
      node.kind === "criterion" &&
      (node.status === "notMet" || node.status === "unknown" || node.status === "error"),
  );
  lines.push("");
  if (unmet.length === 0) {
    lines.push(t.allMet);
  } else {
    lines.push(t.unmet(unmet.length));
    for (const node of unmet) {
      const title = label(nodes.get(node.id)?.title, lang);
      lines.push(`  - ${node.id} ${title} [${t.status[node.status]}]`);
      lines.push(`      ${node.reason.messages[lang]}`);
    }
  }

  if (tiers.length > 0) {
    const nextId = nextTierId(evaluation, framework);
    lines.push("");
    if (nextId === undefined) {
      lines.push(t.topTier);
    } else {
      const gap = gapToTier(evaluation, nextId);
      lines.push(t.gap(label(tiers.find((tier) => tier.id === nextId)?.title, lang)));
      for (const condition of gap.conditions) lines.push(`  - ${condition.messages[lang]}`);
      if (gap.prerequisites.length > 0) {
        const titles = gap.prerequisites.map((id) =>
          label(tiers.find((tier) => tier.id === id)?.title, lang),
        );
        lines.push(t.prerequisites(titles.join(", ")));
      }
      const steps = options.steps;
      if (steps?.status === "reachable" && steps.nodes.length > 0) {
        lines.push(
          `${t.steps(steps.nodes.length, steps.nodes.join(", "))}${steps.exact ? "" : ` ${t.greedy}`}`,
        );
      } else if (steps?.status === "unreachable") {
        lines.push(steps.messages[lang]);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
