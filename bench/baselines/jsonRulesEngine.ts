import { Engine, type RuleProperties } from "json-rules-engine";
import type { Assessment, Value } from "../../src/assessment/schema.js";
import type { Comparator } from "../../src/framework/schema.js";
import type { Implementation, Outcome } from "../outcome.js";
import { CRITERIA, exactThreshold, factKey, INDICATORS, tierFor } from "../workload.js";

/*
 * The same criteria as json-rules-engine rules: one rule per criterion (`all` of three conditions),
 * whose event carries the criterion's points. The engine is built once (untimed); timed per assessment:
 * building the facts object and `await engine.run(facts)`. Count, points and tier are summed in plain JS
 * from the events.
 */

const OPERATOR: Record<Comparator, string> = {
  ">=": "greaterThanInclusive",
  ">": "greaterThan",
  "<=": "lessThanInclusive",
  "<": "lessThan",
  "=": "equal",
  "!=": "notEqual",
};

/** One json-rules-engine rule per criterion. */
export function jsonRulesEngineRules(): RuleProperties[] {
  return CRITERIA.map((criterion) => ({
    name: `criterion ${criterion.id}`,
    conditions: {
      all: INDICATORS.filter((spec) => spec.criterion === criterion.id).map((spec) => ({
        fact: factKey(spec.id),
        operator: OPERATOR[spec.comparator],
        value: exactThreshold(spec),
      })),
    },
    event: { type: "criterionMet", params: { criterion: criterion.id, points: criterion.points } },
  }));
}

/** The json-rules-engine baseline; asynchronous, so the benchmarks await each assessment. */
export const jsonRulesEngineBaseline: Implementation<Outcome> = {
  name: "json-rules-engine",
  async: true,
  prepare: () => {
    // undefined facts are allowed so that a missing value fails its condition instead of throwing
    const engine = new Engine(jsonRulesEngineRules(), { allowUndefinedFacts: true });
    const keys = new Map(INDICATORS.map((spec) => [spec.id, factKey(spec.id)]));
    return async (assessment: Assessment): Promise<Outcome> => {
      const facts: Record<string, Value | undefined> = {};
      for (const entry of assessment.entries) {
        const key = keys.get(entry.node);
        if (key !== undefined) facts[key] = entry.value;
      }
      const { events } = await engine.run(facts);
      let points = 0;
      for (const event of events) points += (event.params?.points as number | undefined) ?? 0;
      return { met: events.length, points, tier: tierFor(events.length, points) };
    };
  },
  outcome: (result) => result,
};
