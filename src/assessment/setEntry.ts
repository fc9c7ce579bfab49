import { assertNodeId, updateEntry, validated } from "./editEntries.js";
import { type Assessment, type Entry, EntrySchema } from "./schema.js";

/** Fields of an entry to change; `undefined` removes the field. The node itself cannot change. */
export type EntryPatch = {
  readonly [Key in Exclude<keyof Entry, "node">]?: Entry[Key] | undefined;
};

const FIELDS: readonly Exclude<keyof Entry, "node">[] = [
  "value",
  "status",
  "evidence",
  "note",
  "selfScore",
  "verifiedScore",
  "assessor",
];

/**
 * Merges a patch into a node's entry, returning a new assessment: the fields given replace the
 * recorded ones, fields set to `undefined` are removed, and the others are kept.
 *
 * The entry keeps its place in the list (it is created at the end when the node has none). The input
 * is neither mutated nor frozen, and the patch's objects are copied.
 *
 * @param assessment - The assessment to edit.
 * @param nodeId - The node whose entry changes.
 * @param patch - The fields to set or (with `undefined`) remove.
 * @returns The edited assessment.
 * @throws {RangeError} When the node id or a patched field is invalid, or the patch names `node`.
 * @example
 * // assessment.entries: [{ node: "xa.1.a", value: true }]
 * setEntry(assessment, "xa.3.a", { status: "met", selfScore: 10, note: undefined }).entries[1]
 * //=> { node: "xa.3.a", status: "met", selfScore: 10 }
 * @category Assessment
 */
export function setEntry(assessment: Assessment, nodeId: string, patch: EntryPatch): Assessment {
  assertNodeId("setEntry", nodeId);
  if (typeof patch !== "object" || patch === null || Object.hasOwn(patch, "node")) {
    throw new RangeError("setEntry: the patch must be an object of entry fields other than node");
  }
  const given: Record<string, unknown> = {};
  const removed: (keyof EntryPatch)[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined && (FIELDS as readonly string[]).includes(key)) {
      removed.push(key as keyof EntryPatch);
    } else {
      given[key] = value;
    }
  }
  // Parsing `{ node, ...given }` as an entry checks every field and rejects unknown ones.
  const checked = validated("setEntry", EntrySchema, { ...given, node: nodeId }, "patch");
  return updateEntry(assessment, nodeId, (entry) => {
    for (const key of FIELDS) {
      if (removed.includes(key)) delete entry[key];
      else if (checked[key] !== undefined) (entry as Record<string, unknown>)[key] = checked[key];
    }
  });
}
