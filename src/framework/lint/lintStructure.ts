import { formatPath, makeIssue } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { Framework } from "../schema.js";
import type { WalkIndex } from "../walk.js";
import type { NodeReference } from "./collectNodeReferences.js";

/**
 * Checks the tree itself: `empty_framework`, `duplicate_node_id`, `unknown_node_reference`,
 * `leaf_without_rule` and `empty_group`.
 *
 * @param framework - A framework that passed the schema.
 * @param walk - `walkNodes(framework.nodes)`.
 * @param references - `collectNodeReferences(framework, walk)`.
 * @returns The issues, in document order per check.
 * @example
 * lintStructure({ ...framework, nodes: [] }, walkNodes([]), []).map((issue) => issue.code)
 * //=> ["empty_framework"]
 * @category Internal
 */
export function lintStructure(
  framework: Framework,
  walk: WalkIndex,
  references: readonly NodeReference[],
): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  if (framework.nodes.length === 0) {
    issues.push(
      makeIssue("empty_framework", ["nodes"], {
        vi: "nodes: bộ tiêu chí không có tiêu chí nào",
        en: "nodes: the framework has no nodes",
      }),
    );
  }
  for (const duplicate of walk.duplicates) {
    const path = [...duplicate.path, "id"];
    const first = formatPath(walk.byId.get(duplicate.id)!.path);
    issues.push(
      makeIssue("duplicate_node_id", path, {
        vi: `${formatPath(path)}: mã "${duplicate.id}" bị trùng (đã dùng tại ${first})`,
        en: `${formatPath(path)}: duplicate id "${duplicate.id}" (already used at ${first})`,
      }),
    );
  }
  for (const reference of references) {
    if (walk.byId.has(reference.to)) continue;
    const at = formatPath(reference.path);
    issues.push(
      makeIssue("unknown_node_reference", reference.path, {
        vi: `${at}: không có tiêu chí nào mang mã "${reference.to}"`,
        en: `${at}: no node has the id "${reference.to}"`,
      }),
    );
  }
  for (const entry of walk.entries) {
    const node = entry.node;
    const hasChildren = node.children !== undefined && node.children.length > 0;
    const at = formatPath(entry.path);
    if (
      node.kind !== "group" &&
      !hasChildren &&
      node.rule === undefined &&
      node.value === undefined
    ) {
      issues.push(
        makeIssue("leaf_without_rule", entry.path, {
          vi: `${at}: tiêu chí "${node.id}" không có quy tắc (rule), kiểu giá trị (value) hay tiêu chí con nên không thể chấm; dùng { "type": "judged" } nếu người đánh giá tự kết luận`,
          en: `${at}: "${node.id}" has no rule, no value and no children, so it cannot be judged; use { "type": "judged" } if the assessor decides`,
        }),
      );
    }
    if (node.kind === "group" && !hasChildren) {
      issues.push(
        makeIssue(
          "empty_group",
          entry.path,
          {
            vi: `${at}: nhóm "${node.id}" không có tiêu chí con`,
            en: `${at}: group "${node.id}" has no children`,
          },
          "warning",
        ),
      );
    }
  }
  return issues;
}
