import jsonLogic, { type RulesLogic } from "json-logic-js";
import type { Assessment, Value } from "../../src/assessment/schema.js";
import type { Comparator } from "../../src/framework/schema.js";
import type { Implementation, Outcome } from "../outcome.js";
import {
  CRITERIA,
  exactThreshold,
  factKey,
  INDICATORS,
  type IndicatorSpec,
  tierFor,
} from "../workload.js";

/*
 * The same criteria as json-logic-js rules: one `and` of three comparisons per criterion, applied to a
 * data object built from the entries. Counting, points and the tier are plain JS, as json-logic has no
 * aggregation across rules. Timed: building the data object and the 19 `apply` calls per assessment.
 */

const OPERATOR: Record<Comparator, string> = {
  ">=": ">=",
  ">": ">",
  "<=": "<=",
  "<": "<",
  "=": "===",
  "!=": "!==",
};

const comparison = (spec: IndicatorSpec): RulesLogic =>
  ({
    [OPERATOR[spec.comparator]]: [{ var: factKey(spec.id) }, exactThreshold(spec)],
  }) as RulesLogic;

/** One json-logic rule per criterion, with its points. */
export function jsonLogicRules(): { readonly rule: RulesLogic; readonly points: number }[] {
  return CRITERIA.map((criterion) => ({
    rule: {
      and: INDICATORS.filter((spec) => spec.criterion === criterion.id).map(comparison),
    } as RulesLogic,
    points: criterion.points,
  }));
}

/** The json-logic-js baseline; `prepare` builds the rules and the key map (untimed). */
export const jsonLogicBaseline: Implementation<Outcome> = {
  name: "json-logic-js",
  prepare: () => {
    const rules = jsonLogicRules();
    const keys = new Map(INDICATORS.map((spec) => [spec.id, factKey(spec.id)]));
    return (assessment: Assessment): Outcome => {
      const data: Record<string, Value | undefined> = {};
      for (const entry of assessment.entries) {
        const key = keys.get(entry.node);
        if (key !== undefined) data[key] = entry.value;
      }
      let met = 0;
      let points = 0;
      for (const { rule, points: max } of rules) {
        if (jsonLogic.truthy(jsonLogic.apply(rule, data))) {
          met++;
          points += max;
        }
      }
      return { met, points, tier: tierFor(met, points) };
    };
  },
  outcome: (result) => result,
};
