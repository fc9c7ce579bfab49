import { conditionReads, ruleReads } from "../kinds/index.js";
import type { Framework, Target } from "../schema.js";
import type { WalkEntry, WalkIndex } from "../walk.js";

/** A place in a framework that names a node by id. */
export interface NodeReference {
  /** The node whose rule holds the reference; `undefined` for tiers and `framework.references`. */
  readonly from: WalkEntry | undefined;
  readonly to: string;
  /**
   * `status`: the referring node's judgement needs the named node's (`of`, tier conditions);
   * `value`: it only reads the named node's recorded value (`{ node }` targets).
   */
  readonly via: "status" | "value";
  /** Path of the id inside the framework JSON. */
  readonly path: readonly (string | number)[];
}

function isNodeTarget(target: Target | undefined): target is { node: string } {
  return typeof target === "object" && target !== null && "node" in target;
}

/**
 * Lists every node id named by rules (`of`, `{ node }` targets, `{ ref }` targets that resolve to a
 * node), by `framework.references` and by tier conditions (`nodesMet`, `minCount.of`, `groupMinShare.nodes`).
 *
 * @param framework - A framework that passed the schema.
 * @param walk - `walkNodes(framework.nodes)`.
 * @returns The references in document order.
 * @example
 * collectNodeReferences(framework, walkNodes(framework.nodes)).map((reference) => reference.to)
 * //=> ["kdc.2", "kdc.3", "kdc.4"]
 * @category Internal
 */
export function collectNodeReferences(framework: Framework, walk: WalkIndex): NodeReference[] {
  const references: NodeReference[] = [];
  for (const entry of walk.entries) {
    for (const read of ruleReads(entry.node, framework)) {
      if (!read.named) continue;
      references.push({
        from: entry,
        to: read.to,
        via: read.via,
        path: [...entry.path, ...read.path],
      });
    }
  }
  for (const [name, target] of Object.entries(framework.references ?? {})) {
    if (isNodeTarget(target)) {
      references.push({
        from: undefined,
        to: target.node,
        via: "value",
        path: ["references", name, "node"],
      });
    }
  }
  framework.tiers?.forEach((tier, t) => {
    tier.conditions.forEach((condition, c) => {
      for (const read of conditionReads(condition)) {
        references.push({
          from: undefined,
          to: read.to,
          via: read.via,
          path: ["tiers", t, "conditions", c, ...read.path],
        });
      }
    });
  });
  return references;
}
