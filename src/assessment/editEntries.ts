import type { Draft } from "immer";
import type { z } from "zod";
import { toPlainData } from "../core/copyInput.js";
import { produce } from "../core/immer.js";
import { fromZodIssues } from "../core/issue.js";
import { NODE_ID_PATTERN, RESERVED_IDS } from "../framework/schema.js";
import type { Assessment, Entry } from "./schema.js";

/*
 * Shared by the editing helpers (setValue, setStatus, setEntry, addEvidence, removeEntry). Their
 * arguments are checked here because a bad node id or a NaN would otherwise surface much later, as a
 * parse failure of a file that the helpers themselves wrote.
 */

/**
 * Throws unless a node id is valid and not reserved.
 *
 * @param helper - The calling helper's name, which prefixes the message.
 * @param nodeId - The id to check.
 * @throws {RangeError} `setValue: invalid node id "xa 1"`, or `… is reserved` for `__proto__` and the like.
 * @example
 * assertNodeId("setValue", "xa.1.a")
 * //=> undefined
 * @category Internal
 */
export function assertNodeId(helper: string, nodeId: string): void {
  if (typeof nodeId !== "string" || !NODE_ID_PATTERN.test(nodeId) || nodeId.length > 200) {
    throw new RangeError(`${helper}: invalid node id ${JSON.stringify(nodeId)}`);
  }
  if (RESERVED_IDS.includes(nodeId)) {
    throw new RangeError(`${helper}: the node id ${JSON.stringify(nodeId)} is reserved`);
  }
}

/**
 * Validates and copies an argument, so an edited assessment never shares the caller's mutable objects.
 *
 * @param helper - The calling helper's name, which prefixes the message.
 * @param schema - The schema the argument must satisfy.
 * @param value - The argument.
 * @param what - What the argument is, for the message (`value`, `patch`…).
 * @returns The parsed copy.
 * @throws {RangeError} `setValue: invalid value: (root): expected a finite number, received NaN`.
 * @example
 * validated("setValue", ValueSchema, [1], "value")
 * //=> [1]
 * @category Internal
 */
export function validated<T extends z.ZodType>(
  helper: string,
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const plain = toPlainData(value);
  const parsed = schema.safeParse(plain.data, { reportInput: true });
  const first =
    plain.issues[0] ?? (parsed.success ? undefined : fromZodIssues(parsed.error.issues)[0]);
  if (first !== undefined || !parsed.success) {
    throw new RangeError(
      `${helper}: invalid ${what}: ${first?.message ?? "rejected by the schema"}`,
    );
  }
  return parsed.data;
}

/**
 * Applies a recipe to the first entry for a node, creating `{ node: nodeId }` at the end of the list
 * when there is none. Untouched entries are shared with the input; nothing is mutated or frozen.
 *
 * @param assessment - The assessment to edit.
 * @param nodeId - The node whose entry is edited.
 * @param recipe - An immer recipe for the entry's draft.
 * @returns The edited assessment (the input itself when the recipe changed nothing).
 * @example
 * updateEntry(assessment, "xa.1.c", (entry) => { entry.value = 2; }).entries.at(-1)
 * //=> { node: "xa.1.c", value: 2 }
 * @category Internal
 */
export function updateEntry(
  assessment: Assessment,
  nodeId: string,
  recipe: (entry: Draft<Entry>) => void,
): Assessment {
  const index = assessment.entries.findIndex((entry) => entry.node === nodeId);
  return produce(assessment, (draft) => {
    if (index === -1) {
      draft.entries.push({ node: nodeId });
      recipe(draft.entries[draft.entries.length - 1]!);
    } else {
      recipe(draft.entries[index]!);
    }
  });
}
