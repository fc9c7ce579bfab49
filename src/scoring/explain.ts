import type { Framework, FrameworkNode, Labels, TierCondition } from "../framework/schema.js";
import { walkNodes } from "../framework/walk.js";
import { type MessageHelpers, type MessageTable, messagesEn, messagesVi } from "./messages.js";
import type { Reason, ReasonCode, ReasonParamsMap } from "./reasons.js";
import type { ConditionResult, Evaluation, NodeStatus } from "./types.js";

/** A shipped language (`"vi"`, `"en"`) or a message table of any language. */
export type ExplainLanguage = "vi" | "en" | MessageTable;

/** One node's sentence in an explanation. */
export interface ExplainedNode {
  readonly id: string;
  readonly status: NodeStatus;
  readonly message: string;
}

/** One tier condition's sentence. */
export interface ExplainedCondition {
  readonly type: TierCondition["type"];
  readonly met: boolean;
  readonly message: string;
}

/** A tier's conditions in sentences. */
export interface ExplainedTier {
  readonly id: string;
  readonly achieved: boolean;
  readonly conditions: readonly ExplainedCondition[];
}

/** The sentences of an evaluation in one language (`explain`). */
export interface Explanation {
  readonly language: string;
  /** One per node, in the order of `evaluation.nodes`. */
  readonly nodes: readonly ExplainedNode[];
  /** One per tier, in the order of `evaluation.tiers`. */
  readonly tiers: readonly ExplainedTier[];
  /** One per disqualifier, in the order of `evaluation.disqualifiers`. */
  readonly disqualifiers: readonly { readonly node: string; readonly message: string }[];
  /** Readable lines, one per node, indented by depth (see `traceOf`). */
  readonly trace: readonly string[];
}

function tableOf(language: ExplainLanguage): MessageTable {
  if (language === "vi") return messagesVi;
  if (language === "en") return messagesEn;
  return language;
}

/** A label in the language, else English, else Vietnamese, else its first language. */
function pick(labels: Labels | undefined, language: string): string | undefined {
  if (labels === undefined) return undefined;
  const record = labels as Readonly<Record<string, string | undefined>>;
  return record[language] ?? record.en ?? record.vi ?? Object.values(record)[0];
}

/** The walk of each framework explained, so that formatting reasons one by one does not re-walk it. */
const walks = new WeakMap<Framework, ReturnType<typeof walkNodes>>();

function walkOf(framework: Framework): ReturnType<typeof walkNodes> {
  let walk = walks.get(framework);
  if (walk === undefined) {
    walk = walkNodes(framework.nodes);
    walks.set(framework, walk);
  }
  return walk;
}

function findNode(framework: Framework | undefined, id: string | undefined) {
  if (framework === undefined || id === undefined) return undefined;
  return walkOf(framework).byId.get(id)?.node;
}

function helpersFor(
  table: MessageTable,
  framework: Framework | undefined,
  node: FrameworkNode | undefined,
): MessageHelpers {
  const value = node?.value;
  const events = value?.type === "events" ? value.events : undefined;
  return {
    event: (id) => {
      const title = pick(events?.find((event) => event.id === id)?.title, table.language);
      return title === undefined ? id : `“${title}”`;
    },
    tierTitle: (id) => {
      const title = framework?.tiers?.find((tier) => tier.id === id)?.title as
        | Readonly<Record<string, string | undefined>>
        | undefined;
      return title?.[table.language];
    },
  };
}

type AnyReasonMessage = (params: ReasonParamsMap[ReasonCode], helpers: MessageHelpers) => string;
type AnyConditionMessage = (
  condition: TierCondition,
  result: ConditionResult,
  helpers: MessageHelpers,
) => string;

/**
 * The sentence of a reason. Every code of the union has a message (the tables do not compile
 * otherwise); a code from elsewhere (an evaluation read back from JSON of another version) is shown
 * as it is rather than throwing.
 */
function sentence(reason: Reason, table: MessageTable, helpers: MessageHelpers): string {
  const code: string = reason.code;
  if (!Object.hasOwn(table.reasons, code)) return code;
  const message = table.reasons[reason.code] as AnyReasonMessage;
  return message((reason.params ?? {}) as ReasonParamsMap[ReasonCode], helpers);
}

function conditionSentence(
  condition: TierCondition,
  result: ConditionResult,
  table: MessageTable,
  helpers: MessageHelpers,
): string {
  if (!Object.hasOwn(table.conditions, condition.type)) return condition.type;
  return (table.conditions[condition.type] as AnyConditionMessage)(condition, result, helpers);
}

/** Where a reason was given, for the titles its sentence may name. */
export interface ReasonScope {
  /** The framework evaluated. */
  readonly framework: Framework;
  /** The id of the node the reason is about (its event titles are named instead of ids). */
  readonly node: string;
}

/**
 * The sentence for one reason, in a shipped language or from a message table. Without `scope`, events
 * are named by id rather than title.
 *
 * @param reason - A node's `reason` from an evaluation.
 * @param language - `"vi"`, `"en"` or a `MessageTable`.
 * @param scope - The framework and node id, for event titles.
 * @returns The sentence.
 * @example
 * formatReason({ code: "compare_not_met", params: { value: 1.5, comparator: ">=", target: 2, unit: "m²" } }, "vi")
 * //=> "1,5 m² không đạt ≥ 2 m²"
 * @category Scoring
 */
export function formatReason(
  reason: Reason,
  language: ExplainLanguage,
  scope?: ReasonScope,
): string {
  const table = tableOf(language);
  const node = findNode(scope?.framework, scope?.node);
  return sentence(reason, table, helpersFor(table, scope?.framework, node));
}

/**
 * The sentence for one tier condition's result.
 *
 * @param condition - The framework's condition (`framework.tiers[t].conditions[c]`).
 * @param result - Its result (`evaluation.tiers[t].conditions[c]`).
 * @param language - `"vi"`, `"en"` or a `MessageTable`.
 * @param framework - The framework, for tier titles.
 * @returns The sentence.
 * @example
 * formatCondition({ type: "minPoints", points: 80 }, { type: "minPoints", met: false, actual: 79.5, required: 80, shortBy: 0.5 }, "en")
 * //=> "points 79.5, at least 80 required (short by 0.5)"
 * @category Scoring
 */
export function formatCondition(
  condition: TierCondition,
  result: ConditionResult,
  language: ExplainLanguage,
  framework?: Framework,
): string {
  const table = tableOf(language);
  return conditionSentence(condition, result, table, helpersFor(table, framework, undefined));
}

/**
 * Puts an evaluation into sentences: each node's reason, each tier condition, each disqualifier, and
 * the trace. The evaluation holds no sentences (reasons are codes with typed parameters), so this is
 * where a language is chosen: `"vi"`, `"en"`, or a `MessageTable` for any other language.
 *
 * @param evaluation - The result of `evaluate(framework, assessment)`.
 * @param framework - The framework evaluated (for event and tier titles and the depth of each node).
 * @param language - `"vi"`, `"en"` or a `MessageTable`.
 * @returns The sentences, in the order of the evaluation's lists.
 * @example
 * explain(evaluate(framework, assessment), framework, "vi").nodes[0]
 * //=> { id: "tc1", status: "met", message: "đạt đủ 3/3 nội dung" }
 * @category Scoring
 */
export function explain(
  evaluation: Evaluation,
  framework: Framework,
  language: ExplainLanguage,
): Explanation {
  const table = tableOf(language);
  const walk = walkOf(framework);
  const frameworkHelpers = helpersFor(table, framework, undefined);
  const messageOf = (id: string, reason: Reason): string => {
    const node = walk.byId.get(id)?.node;
    const helpers =
      node?.value?.type === "events" ? helpersFor(table, framework, node) : frameworkHelpers;
    return sentence(reason, table, helpers);
  };
  const nodes = evaluation.nodes.map(
    (result): ExplainedNode => ({
      id: result.id,
      status: result.status,
      message: messageOf(result.id, result.reason),
    }),
  );
  const depths = evaluation.nodes.map((_, position) => walk.entries[position]?.depth ?? 0);
  const frameworkTiers = framework.tiers ?? [];
  const tiers = evaluation.tiers.map(
    (tier, t): ExplainedTier => ({
      id: tier.id,
      achieved: tier.achieved,
      conditions: tier.conditions.map((result, c): ExplainedCondition => {
        const condition = frameworkTiers[t]?.conditions[c];
        // The framework's condition at the same place (a result of another framework shows its type).
        const message =
          condition === undefined || condition.type !== result.type
            ? result.type
            : conditionSentence(condition, result, table, frameworkHelpers);
        return { type: result.type, met: result.met, message };
      }),
    }),
  );
  const disqualifiers = evaluation.disqualifiers.map((d) => ({
    node: d.node,
    message: messageOf(d.node, d.reason),
  }));
  return {
    language: table.language,
    nodes,
    tiers,
    disqualifiers,
    trace: traceLines(evaluation, depths, nodes, table),
  };
}

function traceLines(
  evaluation: Evaluation,
  depths: readonly number[],
  sentences: readonly ExplainedNode[],
  table: MessageTable,
): string[] {
  return evaluation.nodes.map((node, i) => {
    let line = `${"  ".repeat(depths[i]!)}${node.id} ${node.status} — ${sentences[i]!.message}`;
    if (node.count !== undefined && node.count.total > 0)
      line += ` ${table.trace.criteria(node.count.met, node.count.applicable)}`;
    if (node.points !== undefined)
      line += ` ${table.trace.points(node.points.earned, node.points.possible)}`;
    return line;
  });
}

/**
 * One readable line per node, indented two spaces per level: `id status — reason [3/4 criteria met]
 * [7/10 points]`, for logs and diffs. The same as `explain(…).trace`.
 *
 * @param evaluation - The result of `evaluate(framework, assessment)`.
 * @param framework - The framework evaluated.
 * @param language - `"en"` (default), `"vi"` or a `MessageTable`.
 * @returns The lines.
 * @example
 * traceOf(evaluate(framework, assessment), framework)[0]
 * //=> "tc1 met — all 3 applicable items met [1/1 criteria met]"
 * @category Scoring
 */
export function traceOf(
  evaluation: Evaluation,
  framework: Framework,
  language: ExplainLanguage = "en",
): string[] {
  return [...explain(evaluation, framework, language).trace];
}

/** What `formatTierQuery` reads of a `TierGap` or `TierSteps`. */
export interface TierQueryResult {
  readonly tier: string;
  readonly reason?: "unknown_tier" | "not_reachable_by_meeting_nodes" | undefined;
  readonly failing?: readonly { readonly condition: Pick<ConditionResult, "type"> }[] | undefined;
}

/**
 * The sentence for a `gapToTier` or `stepsToTier` result that has no answer — a tier the framework does
 * not have, or one that meeting more nodes cannot reach — in a shipped language or from a message table.
 * Results with an answer give `undefined`.
 *
 * @param result - A `TierGap` or `TierSteps`.
 * @param framework - The framework, for the tier's title.
 * @param language - `"vi"`, `"en"` or a `MessageTable`.
 * @returns The sentence, or `undefined` when the result has no `reason`.
 * @example
 * formatTierQuery(gapToTier(evaluate(qd25, communeF), "gioi"), qd25, "vi")
 * //=> 'Bộ tiêu chí không có mức "gioi"'
 * @category Scoring
 */
export function formatTierQuery(
  result: TierQueryResult,
  framework: Framework,
  language: ExplainLanguage,
): string | undefined {
  const reason = result.reason;
  if (reason === undefined) return undefined;
  const table = tableOf(language);
  if (reason === "unknown_tier") return table.tierQueries.unknown_tier(result.tier);
  const labels = framework.tiers?.find((tier) => tier.id === result.tier)?.title;
  const title = pick(labels, table.language) ?? result.tier;
  const failing = result.failing ?? [];
  const types = [...new Set(failing.map((entry) => entry.condition.type))];
  return table.tierQueries.not_reachable_by_meeting_nodes(title, types);
}
