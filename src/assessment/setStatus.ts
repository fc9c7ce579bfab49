import { assertNodeId, updateEntry, validated } from "./editEntries.js";
import { type Assessment, type EntryStatus, EntryStatusSchema } from "./schema.js";

/**
 * Records the assessor's verdict for a node (the status that overrides its rule), returning a new
 * assessment. To remove a verdict, use `setEntry(assessment, nodeId, { status: undefined })`.
 *
 * @param assessment - The assessment to edit.
 * @param nodeId - The node judged.
 * @param status - `met`, `notMet`, `notApplicable`, `unknown` or `error`.
 * @returns The edited assessment; the input is neither mutated nor frozen.
 * @throws {RangeError} When the node id or the status is invalid.
 * @example
 * // assessment.entries: [{ node: "xa.1.a", value: true }]
 * setStatus(assessment, "xa.3.a", "met").entries
 * //=> [{ node: "xa.1.a", value: true }, { node: "xa.3.a", status: "met" }]
 * @category Assessment
 */
export function setStatus(assessment: Assessment, nodeId: string, status: EntryStatus): Assessment {
  assertNodeId("setStatus", nodeId);
  const checked = validated("setStatus", EntryStatusSchema, status, "status");
  return updateEntry(assessment, nodeId, (entry) => {
    entry.status = checked;
  });
}
