import type { Framework, FrameworkNode, Rule, TierCondition } from "../schema.js";
import type { WalkEntry } from "../walk.js";

/** A step of a path into the framework JSON. */
export type Key = string | number;

/** Reports one lint issue: code, path, then the Vietnamese and English text after the path. */
export type LintIssue = (code: string, path: readonly Key[], vi: string, en: string) => void;

/** A node that a rule or a tier condition reads. */
export interface NodeRead {
  /** The id of the node read. */
  readonly to: string;
  /**
   * `status`: the judgement needs the node's status (`of`, children, tier conditions);
   * `value`: it only reads the node's recorded value (`{ node }` targets).
   */
  readonly via: "status" | "value";
  /**
   * `true` when the id is written in the framework (`of`, `{ node }`, `nodes`), `false` when it is
   * implied (the children of an `all` / `any` / `atLeast` rule without `of`).
   */
  readonly named: boolean;
  /** Where the id is written, from the node (rules: `["rule", "of", 0]`) or from the condition (tiers); for an implied child, `["children", i]`. */
  readonly path: readonly Key[];
}

/**
 * What the framework layer knows about one rule kind: what it reads, whether it judges the node's own
 * value, and its lint. The judge (how it is evaluated) is the engine's half, in
 * `src/scoring/rules/<kind>.ts`, registered in `RULE_JUDGES`.
 *
 * @typeParam R - The rule kind, e.g. `Extract<Rule, { type: "share" }>`.
 */
export interface RuleKind<R extends Rule> {
  /**
   * `true` when the rule judges the node's own recorded value (`compare`, `noEvents`, `share`);
   * `false` when it judges from other nodes or from context, so a value recorded for the node is
   * reported as `value_not_used`.
   */
  readonly readsValue: boolean;
  /**
   * The nodes the rule reads, named and implied, in document order.
   *
   * @param rule - The node's rule.
   * @param node - The node that holds it.
   * @param framework - The framework (for `references`).
   */
  reads(rule: R, node: FrameworkNode, framework: Framework): NodeRead[];
  /**
   * Checks the rule against its node (value type, children, literal targets) and reports each
   * problem to `issue`; never throws.
   */
  lint(rule: R, entry: WalkEntry, issue: LintIssue): void;
}

/** One entry per rule kind of the schema's union: a kind missing here is a type error. */
export type RuleKinds = { readonly [K in Rule["type"]]: RuleKind<Extract<Rule, { type: K }>> };

/**
 * What the framework layer knows about one tier condition: the nodes it reads, and how
 * `stepsToTier` may treat it. Its evaluation is the engine's half (`TIER_CHECKS` in
 * `src/scoring/tiers.ts`); its reachability lint needs the whole tier list and stays in `lint/lintTiers.ts`.
 */
export interface TierConditionKind<C extends TierCondition> {
  /** The nodes the condition names (paths from the condition). */
  reads(condition: C): NodeRead[];
  /** The condition names the nodes it needs: each such node that is not met has to become met. */
  readonly namesNodes: boolean;
  /** The condition only counts nodes met: meeting any one node moves it by at most one. */
  readonly countsNodes: boolean;
  /** The condition only compares the points earned: `stepsToTier` then prefers the nodes worth most. */
  readonly countsPoints: boolean;
  /**
   * Whether meeting `lower` (a condition of a lower tier) guarantees meeting `higher`, this
   * condition: a sufficient, not complete, test (lint's `tier_not_stricter`).
   */
  implies(higher: C, lower: TierCondition): boolean;
}

/** One entry per tier condition type of the schema's union: a type missing here is a type error. */
export type TierConditionKinds = {
  readonly [K in TierCondition["type"]]: TierConditionKind<Extract<TierCondition, { type: K }>>;
};

/** The ids of a list, as named status reads under `at`. */
export function namedStatusReads(
  ids: readonly string[] | undefined,
  at: readonly Key[],
): NodeRead[] {
  return (ids ?? []).map((to, i) => ({ to, via: "status", named: true, path: [...at, i] }));
}
