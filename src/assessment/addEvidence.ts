import { assertNodeId, updateEntry, validated } from "./editEntries.js";
import { type Assessment, type Evidence, EvidenceSchema } from "./schema.js";

/**
 * Appends a piece of evidence (a minute, a report, a photo) to a node's entry, returning a new
 * assessment; the entry is created when the node has none.
 *
 * @param assessment - The assessment to edit.
 * @param nodeId - The node the evidence supports.
 * @param evidence - Its `source`, and optionally `date`, `url` and `note`.
 * @returns The edited assessment; the input is neither mutated nor frozen.
 * @throws {RangeError} When the node id or the evidence is invalid (e.g. a `date` that is not a real day).
 * @example
 * // assessment.entries: [{ node: "xa.1.a", value: true }]
 * addEvidence(assessment, "xa.1.a", { source: "Nghị quyết 05-NQ/ĐU", date: "2023-02-10" }).entries[0]
 * //=> { node: "xa.1.a", value: true, evidence: [{ source: "Nghị quyết 05-NQ/ĐU", date: "2023-02-10" }] }
 * @category Assessment
 */
export function addEvidence(
  assessment: Assessment,
  nodeId: string,
  evidence: Evidence,
): Assessment {
  assertNodeId("addEvidence", nodeId);
  const copy = validated("addEvidence", EvidenceSchema, evidence, "evidence");
  return updateEntry(assessment, nodeId, (entry) => {
    if (entry.evidence === undefined) entry.evidence = [copy];
    else entry.evidence.push(copy);
  });
}
