import type { Framework } from "../../src/framework/schema.js";
import { explain, formatReason } from "../../src/scoring/explain.js";
import type { Evaluation, Reason } from "../../src/scoring/types.js";

/** A reason's sentences in both shipped languages (with event titles when the framework is given). */
export function messagesOf(
  reason: Reason,
  framework?: Framework,
  node?: string,
): { vi: string; en: string } {
  const scope = framework === undefined || node === undefined ? undefined : { framework, node };
  return { vi: formatReason(reason, "vi", scope), en: formatReason(reason, "en", scope) };
}

/** A node result's sentences, by node id. */
export function nodeMessages(
  evaluation: Evaluation,
  framework: Framework,
  id: string,
): { vi: string; en: string } {
  const position = evaluation.nodes.findIndex((node) => node.id === id);
  return {
    vi: explain(evaluation, framework, "vi").nodes[position]!.message,
    en: explain(evaluation, framework, "en").nodes[position]!.message,
  };
}

/** A tier condition's sentences, by tier position and condition position. */
export function conditionMessages(
  evaluation: Evaluation,
  framework: Framework,
  tier: number,
  condition: number,
): { vi: string; en: string } {
  return {
    vi: explain(evaluation, framework, "vi").tiers[tier]!.conditions[condition]!.message,
    en: explain(evaluation, framework, "en").tiers[tier]!.conditions[condition]!.message,
  };
}

/** Every sentence of an evaluation (nodes, tier conditions, disqualifiers) in both languages. */
export function explainedBoth(
  evaluation: Evaluation,
  framework: Framework,
): { vi: string; en: string }[] {
  const vi = explain(evaluation, framework, "vi");
  const en = explain(evaluation, framework, "en");
  const both: { vi: string; en: string }[] = [];
  for (const [i, node] of vi.nodes.entries())
    both.push({ vi: node.message, en: en.nodes[i]!.message });
  for (const [t, tier] of vi.tiers.entries()) {
    for (const [c, condition] of tier.conditions.entries()) {
      both.push({ vi: condition.message, en: en.tiers[t]!.conditions[c]!.message });
    }
  }
  for (const [i, d] of vi.disqualifiers.entries()) {
    both.push({ vi: d.message, en: en.disqualifiers[i]!.message });
  }
  return both;
}
