import { formatPath, makeIssue } from "../core/issue.js";
import type { FrameworkIssue } from "./issues.js";
import { collectNodeReferences } from "./lint/collectNodeReferences.js";
import { type SafeParseFrameworkResult, safeParseFramework } from "./safeParseFramework.js";
import type { Framework, FrameworkNode, Variant } from "./schema.js";
import { walkNodes } from "./walk.js";

type Key = string | number;

interface WorkNode {
  id: string;
  children?: WorkNode[];
  [key: string]: unknown;
}

interface Located {
  readonly node: WorkNode;
  readonly siblings: WorkNode[];
  readonly index: number;
}

function locate(nodes: WorkNode[], id: string): Located | undefined {
  const stack: WorkNode[][] = [nodes];
  while (stack.length > 0) {
    const siblings = stack.pop()!;
    for (let index = 0; index < siblings.length; index++) {
      const node = siblings[index]!;
      if (node.id === id) return { node, siblings, index };
      if (node.children !== undefined) stack.push(node.children);
    }
  }
  return undefined;
}

function subtreeIds(node: FrameworkNode | WorkNode): string[] {
  return walkNodes([node as FrameworkNode]).entries.map((entry) => entry.id);
}

/**
 * Resolves a variant (a base framework plus operations) into a plain framework.
 *
 * The result takes the variant's identity (id, version, status, title, source, dates, note) and
 * records the base in `variantOf`; the base's `predecessor` and `successor` describe the base, so they
 * are dropped. Operations apply in order. The base is never mutated.
 *
 * @param base - The framework named by `variant.variantOf`.
 * @param variant - The variant to apply.
 * @returns The resolved framework, validated like `safeParseFramework`, or issues: `variant_base_mismatch`,
 *   `unknown_node` / `unknown_parent` / `unknown_sibling`, `duplicate_node_id` (added ids), `variant_op_mismatch`,
 *   `removed_node_referenced` (paths under `operations`), or the resolved framework's own issues.
 * @example
 * const resolved = resolveVariant(tt124, { id: "tt124-ha-noi", version: "2024", status: "final", title: { vi: "Hà Nội" }, variantOf: { id: tt124.id, version: tt124.version }, operations: [{ op: "setMandatory", node: "kdc.4", mandatory: false }] });
 * resolved.success && resolved.data.variantOf
 * //=> { id: "vn-tt124-2021-antt", version: "2021" }
 * @category Framework
 */
export function resolveVariant(base: Framework, variant: Variant): SafeParseFrameworkResult {
  const issues: FrameworkIssue[] = [];
  const issue = (code: string, path: readonly Key[], vi: string, en: string) => {
    const at = formatPath(path);
    issues.push(makeIssue(code, path, { vi: `${at}: ${vi}`, en: `${at}: ${en}` }));
  };
  const wanted = variant.variantOf;
  if (wanted.id !== base.id || (wanted.version !== undefined && wanted.version !== base.version)) {
    const name = `${wanted.id}${wanted.version === undefined ? "" : `@${wanted.version}`}`;
    issue(
      "variant_base_mismatch",
      ["variantOf"],
      `biến thể dựa trên "${name}" nhưng bộ gốc được đưa vào là "${base.id}@${base.version}"`,
      `the variant is based on "${name}" but the base given is "${base.id}@${base.version}"`,
    );
    return { success: false, error: { issues } };
  }

  // structuredClone drops freezing and shares nothing with the base.
  const nodes = structuredClone(base.nodes) as unknown as WorkNode[];
  let tiers = base.tiers;
  const removed: { readonly ids: readonly string[]; readonly path: readonly Key[] }[] = [];

  variant.operations.forEach((operation, i) => {
    const at: Key[] = ["operations", i];
    if (operation.op === "setTiers") {
      tiers = structuredClone(operation.tiers);
      return;
    }
    if (operation.op === "addNode") {
      let siblings = nodes;
      if (operation.parent !== undefined) {
        const parent = locate(nodes, operation.parent);
        if (parent === undefined) {
          issue(
            "unknown_parent",
            [...at, "parent"],
            `không có tiêu chí cha "${operation.parent}"`,
            `no parent node "${operation.parent}"`,
          );
          return;
        }
        parent.node.children ??= [];
        siblings = parent.node.children;
      }
      const existing = new Set(walkNodes(nodes as unknown as FrameworkNode[]).byId.keys());
      const clashes = subtreeIds(operation.node).filter((id) => existing.has(id));
      if (clashes.length > 0) {
        issue(
          "duplicate_node_id",
          [...at, "node", "id"],
          `mã đã có trong bộ gốc: ${clashes.join(", ")}`,
          `id(s) already in the framework: ${clashes.join(", ")}`,
        );
        return;
      }
      let position = siblings.length;
      if (operation.after !== undefined) {
        const after = siblings.findIndex((sibling) => sibling.id === operation.after);
        if (after === -1) {
          issue(
            "unknown_sibling",
            [...at, "after"],
            `"${operation.after}" không phải là tiêu chí cùng cấp tại vị trí thêm`,
            `"${operation.after}" is not a sibling where the node is added`,
          );
          return;
        }
        position = after + 1;
      }
      siblings.splice(position, 0, structuredClone(operation.node) as unknown as WorkNode);
      return;
    }
    const found = locate(nodes, operation.node);
    if (found === undefined) {
      issue(
        "unknown_node",
        [...at, "node"],
        `không có tiêu chí "${operation.node}"`,
        `no node "${operation.node}"`,
      );
      return;
    }
    const node = found.node;
    switch (operation.op) {
      case "removeNode":
        removed.push({ ids: subtreeIds(node), path: [...at, "node"] });
        found.siblings.splice(found.index, 1);
        break;
      case "setTarget": {
        const rule = node.rule as { type: string } | undefined;
        if (rule?.type !== "compare") {
          issue(
            "variant_op_mismatch",
            [...at, "node"],
            `setTarget cần tiêu chí có quy tắc so sánh (compare)`,
            `setTarget needs a node with a compare rule`,
          );
          break;
        }
        node.rule = { ...rule, target: structuredClone(operation.target) };
        break;
      }
      case "setRule":
        node.rule = structuredClone(operation.rule);
        break;
      case "setWeight":
        node.weight = operation.weight;
        break;
      case "setPoints":
        node.points = structuredClone(operation.points);
        break;
      case "setTitle":
        node.title = structuredClone(operation.title);
        break;
      case "setMandatory":
        node.mandatory = operation.mandatory;
        break;
      default:
        break;
    }
  });

  const { predecessor: _predecessor, successor: _successor, ...kept } = base;
  const resolved: Framework = {
    ...kept,
    ...(variant.$schema !== undefined ? { $schema: variant.$schema } : {}),
    id: variant.id,
    version: variant.version,
    status: variant.status,
    title: variant.title,
    source: variant.source,
    effectiveFrom: variant.effectiveFrom,
    effectiveTo: variant.effectiveTo,
    example: variant.example ?? base.example,
    note: variant.note,
    variantOf: { id: base.id, version: base.version },
    nodes: nodes as unknown as FrameworkNode[],
    tiers,
  };
  // Drop identity fields the variant leaves unset rather than carrying `undefined` keys.
  for (const key of Object.keys(resolved) as (keyof Framework)[]) {
    if (resolved[key] === undefined) delete (resolved as Record<string, unknown>)[key];
  }

  if (removed.length > 0) {
    const walk = walkNodes(resolved.nodes);
    const references = collectNodeReferences(resolved, walk);
    for (const removal of removed) {
      // A node removed and then added again (a replacement) may still be referenced.
      const gone = new Set(removal.ids.filter((id) => !walk.byId.has(id)));
      const users = references
        .filter((reference) => gone.has(reference.to))
        .map((r) => formatPath(r.path));
      if (users.length > 0) {
        issue(
          "removed_node_referenced",
          removal.path,
          `tiêu chí bị xoá vẫn được tham chiếu trong bộ tiêu chí kết quả tại ${users.join(", ")}`,
          `the removed node is still referenced in the resolved framework at ${users.join(", ")}`,
        );
      }
    }
  }
  if (issues.length > 0) return { success: false, error: { issues } };
  return safeParseFramework(resolved);
}
