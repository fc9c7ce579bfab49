import type { FrameworkIssue } from "./issues.js";
import { collectNodeReferences } from "./lint/collectNodeReferences.js";
import { lintContextTables } from "./lint/lintContextTables.js";
import { lintCycles } from "./lint/lintCycles.js";
import { lintMetadata } from "./lint/lintMetadata.js";
import { lintRules } from "./lint/lintRules.js";
import { lintStructure } from "./lint/lintStructure.js";
import { lintTiers } from "./lint/lintTiers.js";
import { lintWeightsAndPoints } from "./lint/lintWeightsAndPoints.js";
import { possiblePoints } from "./lint/possiblePoints.js";
import type { Framework } from "./schema.js";
import { walkNodes } from "./walk.js";

/**
 * Finds what the schema cannot see in a framework: duplicate ids, unknown or cyclic references,
 * unreachable tiers, rules that do not fit their values, weights that cannot matter, and more
 * (every code is listed in `docs/lint-rules.md`).
 *
 * @param framework - A framework that passed the schema (`safeParseFramework` or `FrameworkSchema`).
 * @returns Errors and warnings, each with a code, a path into the framework JSON and a message in Vietnamese and English.
 * @example
 * lintFramework({ id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [] })
 * //=> [{ code: "empty_framework", path: ["nodes"], message: "nodes: the framework has no nodes", messages: { vi: "nodes: bộ tiêu chí không có tiêu chí nào", en: "nodes: the framework has no nodes" }, severity: "error" }]
 * @category Framework
 */
export function lintFramework(framework: Framework): readonly FrameworkIssue[] {
  const walk = walkNodes(framework.nodes);
  const references = collectNodeReferences(framework, walk);
  const possible = possiblePoints(walk);
  return [
    ...lintStructure(framework, walk, references),
    ...lintCycles(walk, references),
    ...lintRules(walk),
    ...lintWeightsAndPoints(framework, walk, possible),
    ...lintTiers(framework, walk, possible),
    ...lintContextTables(framework, walk),
    ...lintMetadata(framework, walk),
  ];
}
