import type { Rule } from "../../framework/schema.js";
import {
  type CompileScope,
  conclude,
  ERROR,
  type InlineCombinator,
  type Judge,
  MET,
  NOT_APPLICABLE,
  NOT_MET,
  type ReasonDraft,
  type RunState,
  type StatusCode,
  UNKNOWN,
  undetermined,
} from "./rule.js";

type AtLeastRule = Extract<Rule, { type: "atLeast" }>;

/** How many items must be met: a number, or every applicable item. */
export type Required = number | "all";

/** Reason codes of one combinator (`all`, `any`, `atLeast`). */
export interface CombinatorCodes {
  readonly met: "all_met" | "any_met" | "at_least_met";
  readonly notMet: "all_not_met" | "any_not_met" | "at_least_not_met";
}

/**
 * Compiles "at least `required` of the items are met", the core of `all`, `any` and `atLeast`.
 *
 * Items are the node's children (each read as not applicable when its own `appliesTo` excludes the
 * subject) or the `of` list, which is judged with the assessment's values even where its nodes do not
 * apply to the subject kind: reuse such as TT 124 xã criterion 2 = KDC criteria 2–4. Not-applicable
 * items drop out (or count as met under the policy `notApplicable: "met"`); unknown and error items make
 * the result undetermined only when they could change it (any-of with one met item is met). With no
 * applicable item the node is not applicable itself.
 *
 * @param required - The least number of met items, or `"all"`.
 * @param of - The `of` list, or `undefined` for the children.
 * @param index - The node's index.
 * @param scope - The compiled framework.
 * @param codes - Reason codes for met and not met.
 * @returns The judge for this node.
 */
export function compileCombinator(
  required: Required,
  of: readonly string[] | undefined,
  index: number,
  scope: CompileScope,
  codes: CombinatorCodes,
): Judge {
  const missing = of?.filter((id) => !scope.indexOf.has(id)) ?? [];
  if (missing.length > 0) {
    return (state, at) => conclude(state, at, ERROR, "unknown_node", { node: missing.join(", ") });
  }
  const items = of === undefined ? scope.children[index]! : of.map((id) => scope.indexOf.get(id)!);
  const fromList = of !== undefined;
  const naMet = items.map((item) => scope.policies[item]!.notApplicable === 1);
  const itemStatus = (state: RunState, position: number): StatusCode => {
    const item = items[position]!;
    const own = state.ownApplies[item];
    const status =
      fromList || own === 1
        ? (state.judged[item] as StatusCode)
        : own === 0
          ? NOT_APPLICABLE
          : UNKNOWN;
    return status === NOT_APPLICABLE && naMet[position]! ? MET : status;
  };
  const itemIds = items.map((item) => scope.nodes[item]!.id);
  const count = items.length;
  // The reason depends only on the items' statuses, and few combinations occur: each is written once,
  // frozen, and shared by every evaluation (like the children id lists). The key is the statuses in base 5.
  const reasonCache = count <= 20 ? new Map<number, ReasonDraft>() : undefined;
  const judge: Judge = (state, at) => {
    let met = 0;
    let notMet = 0;
    let open = 0;
    let hasError = false;
    let key = 0;
    const judged = state.judged;
    const own = state.ownApplies;
    for (let position = 0; position < items.length; position++) {
      const item = items[position]!;
      let status =
        fromList || own[item] === 1 ? judged[item]! : own[item] === 0 ? NOT_APPLICABLE : UNKNOWN;
      if (status === NOT_APPLICABLE && naMet[position]!) status = MET;
      key = key * 5 + status;
      if (status === MET) met++;
      else if (status === NOT_MET) notMet++;
      else if (status !== NOT_APPLICABLE) {
        open++;
        if (status === ERROR) hasError = true;
      }
    }
    const applicable = met + notMet + open;
    const need = required === "all" ? applicable : required;
    let status: StatusCode;
    if (applicable === 0) status = NOT_APPLICABLE;
    else if (met >= need) status = MET;
    else if (met + open >= need) status = undetermined(hasError);
    else status = NOT_MET;
    if (!state.explain) return status;
    const cached = reasonCache?.get(key);
    if (cached !== undefined) {
      state.reasons[at] = cached;
      return status;
    }
    let metItems = "";
    let notMetItems = "";
    let unknownItems = "";
    let errorItems = "";
    for (let position = 0; position < count; position++) {
      const id = itemIds[position]!;
      switch (itemStatus(state, position)) {
        case MET:
          metItems = metItems === "" ? id : `${metItems}, ${id}`;
          break;
        case NOT_MET:
          notMetItems = notMetItems === "" ? id : `${notMetItems}, ${id}`;
          break;
        case UNKNOWN:
          unknownItems = unknownItems === "" ? id : `${unknownItems}, ${id}`;
          break;
        case ERROR:
          errorItems = errorItems === "" ? id : `${errorItems}, ${id}`;
          break;
      }
    }
    const params = {
      met,
      applicable,
      required: need,
      metItems,
      notMetItems,
      openItems:
        unknownItems === ""
          ? errorItems
          : errorItems === ""
            ? unknownItems
            : `${unknownItems}, ${errorItems}`,
    };
    const code =
      status === NOT_APPLICABLE
        ? "no_applicable_items"
        : status === MET
          ? codes.met
          : status === NOT_MET
            ? codes.notMet
            : "items_undetermined";
    if (reasonCache === undefined || reasonCache.size >= REASON_CACHE_LIMIT) {
      return conclude(state, at, status, code, params);
    }
    const reason: ReasonDraft = Object.freeze({ code, params: Object.freeze(params) });
    reasonCache.set(key, reason);
    state.reasons[at] = reason;
    return status;
  };
  if (fromList || reasonCache === undefined) return judge;
  // Generated code may decide the status itself and look the reason up by its key (`InlineCombinator`).
  const inline: InlineCombinator = {
    type: "combinator",
    items,
    naMet,
    required,
    cachedReason: (key) => reasonCache.get(key),
  };
  return Object.assign(judge, { inline });
}

/** Reasons kept per combinator; beyond this many status combinations, reasons are written per run. */
const REASON_CACHE_LIMIT = 256;

/**
 * Compiles an `atLeast` rule ("ít nhất 01 mô hình"): met when at least `count` items are met.
 *
 * @param rule - The `atLeast` rule.
 * @param index - The node's index.
 * @param scope - The compiled framework.
 * @returns The judge for this node.
 */
export function compileAtLeast(rule: AtLeastRule, index: number, scope: CompileScope): Judge {
  return compileCombinator(rule.count, rule.of, index, scope, {
    met: "at_least_met",
    notMet: "at_least_not_met",
  });
}
