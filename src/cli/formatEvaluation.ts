import { formatNumber } from "../core/formatNumber.js";
import {
  type Evaluation,
  explain,
  type Framework,
  type FrameworkNode,
  formatTierQuery,
  gapToTier,
  type TierQueryResult,
} from "../index.js";
import { formatDateRange } from "./formatDate.js";
import { label } from "./label.js";
import { reportLabels } from "./reportLabels.js";
import type { CliLanguage } from "./types.js";

/** Options for {@link formatEvaluation}. */
export interface FormatEvaluationOptions {
  /** Output language (default `vi`). */
  readonly lang?: CliLanguage | undefined;
  /** Marks the report as example data (the assessment's `example` flag). */
  readonly example?: boolean | undefined;
  /** Where reported figures come from (the assessment's `source`), printed under the period. */
  readonly source?: string | undefined;
  /** What it takes to reach the next tier (the result of `stepsToTier` for that tier), if computed. */
  readonly steps?: NextTierSteps | undefined;
}

/** The part of a `stepsToTier` result the report prints (an unreachable one through `formatTierQuery`). */
export type NextTierSteps =
  | { readonly status: "reached" }
  | { readonly status: "reachable"; readonly nodes: readonly string[]; readonly exact: boolean }
  | ({ readonly status: "unreachable" } & TierQueryResult);

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
  const t = reportLabels(lang);
  const nodes = indexNodes(framework.nodes, new Map());
  // The sentences of every reason and tier condition, in the report's language.
  const explained = explain(evaluation, framework, lang);
  const lines: string[] = [];

  lines.push(
    `${t.framework}: ${label(framework.title, lang)} (${framework.id} ${t.version} ${framework.version}, ${t.frameworkStatus[framework.status]})`,
  );
  const subject = evaluation.subject;
  lines.push(
    `${t.subject}: ${subject.name === undefined ? subject.id : `${subject.name} (${subject.id})`}`,
  );
  const period = evaluation.period;
  lines.push(`${t.period}: ${period.id} (${formatDateRange(period.start, period.end, lang)})`);
  if (options.source !== undefined) lines.push(`${t.source}: ${options.source}`);
  if (options.example === true) lines.push(t.example);

  const count = evaluation.count;
  const notApplicable = count.notApplicable > 0 ? `; ${t.notApplicable(count.notApplicable)}` : "";
  lines.push(`${t.metLabel}: ${t.met(count.met, count.applicable)}${notApplicable}`);

  const points = evaluation.points;
  if (points !== undefined) {
    lines.push(
      `${t.points}: ${formatNumber(points.earned, lang)}/${formatNumber(points.possible, lang)}`,
    );
  } else if (framework.scoring.kind !== "count") {
    const score = evaluation.score;
    lines.push(
      score.status === "scored"
        ? `${t.score}: ${formatNumber(score.value, lang)}/${formatNumber(score.max, lang)} (${formatNumber(score.percent, lang)}%)`
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
    for (const disqualifier of explained.disqualifiers) {
      lines.push(`  - ${disqualifier.node}: ${disqualifier.message}`);
    }
  }

  const unmet = evaluation.nodes.flatMap((node, position) =>
    node.kind === "criterion" &&
    (node.status === "notMet" || node.status === "unknown" || node.status === "error")
      ? [{ ...node, message: explained.nodes[position]!.message }]
      : [],
  );
  lines.push("");
  if (unmet.length === 0) {
    lines.push(t.allMet);
  } else {
    lines.push(t.unmet(unmet.length));
    for (const node of unmet) {
      const title = label(nodes.get(node.id)?.title, lang);
      lines.push(`  - ${node.id} ${title} [${t.status[node.status]}]`);
      lines.push(`      ${node.message}`);
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
      // The failing conditions of that tier, as gapToTier lists them (in condition order).
      const position = evaluation.tiers.findIndex((tier) => tier.id === nextId);
      const sentences = (explained.tiers[position]?.conditions ?? []).filter((c) => !c.met);
      if (sentences.length === gap.conditions.length) {
        for (const condition of sentences) lines.push(`  - ${condition.message}`);
      }
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
        lines.push(formatTierQuery(steps, framework, lang) ?? "");
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
