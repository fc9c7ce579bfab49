import type { FrameworkNode, Rule } from "../../framework/schema.js";
import { conclude, ERROR, type Judge, MET, NOT_MET, UNKNOWN, valueTypeName } from "./rule.js";

type NoEventsRule = Extract<Rule, { type: "noEvents" }>;

/**
 * Compiles a `noEvents` rule ("không để xảy ra một trong các trường hợp…"): met when the listed events
 * (default: every event of the node's `events` value type, or any id when it has none) occurred at most
 * `max` times in total (default 0). Repeated ids in the value are repeated occurrences.
 *
 * @param rule - The rule, or `undefined` for the default rule of an `events` value.
 * @param node - The node it judges.
 * @returns The judge for this node.
 */
export function compileNoEvents(rule: NoEventsRule | undefined, node: FrameworkNode): Judge {
  const valueType = node.value;
  const listed =
    rule?.events ??
    (valueType?.type === "events" ? valueType.events.map((event) => event.id) : undefined);
  const watched = listed === undefined ? undefined : new Set(listed);
  const max = rule?.max ?? 0;
  return (state, index) => {
    const value = state.entries[index]?.value;
    if (value === undefined) return conclude(state, index, UNKNOWN, "missing_value");
    if (state.explain) state.values[index] = value;
    if (!Array.isArray(value)) {
      if (!state.explain) return ERROR;
      return conclude(state, index, ERROR, "wrong_value_type", {
        expected: "events",
        actual: valueTypeName(value),
      });
    }
    let count = 0;
    for (const id of value) if (watched === undefined || watched.has(id)) count++;
    const status = count <= max ? MET : NOT_MET;
    if (!state.explain) return status;
    const occurred = [...new Set(value.filter((id) => watched === undefined || watched.has(id)))];
    const code =
      count === 0 ? "events_none" : status === MET ? "events_within_max" : "events_occurred";
    const params = { count, max, occurred: occurred.join(", ") };
    // Messages name the events by title (`explain` reads them from the framework).
    state.reasons[index] = { code, params };
    return status;
  };
}
