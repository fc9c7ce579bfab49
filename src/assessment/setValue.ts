import { assertNodeId, updateEntry, validated } from "./editEntries.js";
import { type Assessment, type Value, ValueSchema } from "./schema.js";

/**
 * Records a node's value, returning a new assessment.
 *
 * The entry keeps its place in the list (an entry is created at the end when the node has none). The
 * input is neither mutated nor frozen, unchanged entries are shared with it, and the value is copied.
 *
 * @param assessment - The assessment to edit.
 * @param nodeId - The node whose value is recorded.
 * @param value - The value (a number, boolean, level id, date, event ids or a tally).
 * @returns The edited assessment.
 * @throws {RangeError} When the node id is invalid or the value is not a valid value (NaN, an object…).
 * @example
 * // assessment.entries: [{ node: "xa.1.a", value: true }]
 * setValue(assessment, "xa.1.c", 2).entries
 * //=> [{ node: "xa.1.a", value: true }, { node: "xa.1.c", value: 2 }]
 * @category Assessment
 */
export function setValue(assessment: Assessment, nodeId: string, value: Value): Assessment {
  assertNodeId("setValue", nodeId);
  const copy = validated("setValue", ValueSchema, value, "value");
  return updateEntry(assessment, nodeId, (entry) => {
    entry.value = copy;
  });
}
