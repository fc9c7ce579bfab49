import { produce } from "../core/immer.js";
import { assertNodeId } from "./editEntries.js";
import type { Assessment } from "./schema.js";

/**
 * Removes every entry for a node, returning a new assessment; the node then has no recorded value.
 *
 * @param assessment - The assessment to edit.
 * @param nodeId - The node whose entries are removed.
 * @returns The edited assessment, or the input itself when the node has no entry. The input is neither
 * mutated nor frozen.
 * @throws {RangeError} When the node id is invalid.
 * @example
 * // assessment.entries: [{ node: "xa.1.a", value: true }, { node: "xa.1.c", value: 2 }]
 * removeEntry(assessment, "xa.1.a").entries
 * //=> [{ node: "xa.1.c", value: 2 }]
 * @category Assessment
 */
export function removeEntry(assessment: Assessment, nodeId: string): Assessment {
  assertNodeId("removeEntry", nodeId);
  if (!assessment.entries.some((entry) => entry.node === nodeId)) return assessment;
  return produce(assessment, (draft) => {
    // Backwards, so splicing does not shift the entries still to visit.
    for (let index = assessment.entries.length - 1; index >= 0; index--) {
      if (assessment.entries[index]!.node === nodeId) draft.entries.splice(index, 1);
    }
  });
}
