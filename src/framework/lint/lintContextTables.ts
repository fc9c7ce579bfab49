import { formatPath, makeIssue } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { Framework, Target } from "../schema.js";
import type { WalkIndex } from "../walk.js";

type Key = string | number;
type Table = "region" | "class" | "kind";

const TABLES = {
  region: { code: "unknown_region", field: "regions", vi: "vùng", en: "region" },
  class: { code: "unknown_class", field: "classes", vi: "nhóm đơn vị", en: "class" },
  kind: {
    code: "unknown_subject_kind",
    field: "subjectKinds",
    vi: "loại đơn vị",
    en: "subject kind",
  },
} as const;

/**
 * Checks names that must come from the framework's own tables: `unknown_region`, `unknown_class`,
 * `unknown_subject_kind` (target cases, `appliesTo`, `useRegion`, `childKind`), `applies_to_conflict`
 * (a node whose `appliesTo` shares no kind with its ancestors'), `unknown_reference`
 * (a `{ ref }` target that `framework.references` lacks, so the context must supply it) and
 * `duplicate_id` within the tables.
 *
 * A name is an error when its table is declared and lacks it, and a warning when the table is not
 * declared at all (nothing to check against).
 *
 * @param framework - A framework that passed the schema.
 * @param walk - `walkNodes(framework.nodes)`.
 * @returns The issues.
 * @example
 * lintContextTables({ ...framework, regions: [{ id: "r1", title: { vi: "Vùng 1" } }], classes: [{ id: "c", title: { vi: "C" }, useRegion: "r9" }] }, walk)[0].code
 * //=> "unknown_region"
 * @category Internal
 */
export function lintContextTables(framework: Framework, walk: WalkIndex): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const declared = {
    region: framework.regions?.map((r) => r.id),
    class: framework.classes?.map((c) => c.id),
    kind: framework.subjectKinds?.map((k) => k.id),
  };
  const sets = {
    region: new Set(declared.region),
    class: new Set(declared.class),
    kind: new Set(declared.kind),
  };
  const check = (table: Table, id: string, path: readonly Key[]) => {
    const meta = TABLES[table];
    const at = formatPath(path);
    if (declared[table] === undefined) {
      issues.push(
        makeIssue(
          meta.code,
          path,
          {
            vi: `${at}: ${meta.vi} "${id}" được dùng nhưng bộ tiêu chí không khai báo "${meta.field}" để kiểm tra`,
            en: `${at}: ${meta.en} "${id}" is used but the framework declares no "${meta.field}" to check it against`,
          },
          "warning",
        ),
      );
    } else if (!sets[table].has(id)) {
      issues.push(
        makeIssue(meta.code, path, {
          vi: `${at}: không có ${meta.vi} "${id}" trong "${meta.field}"`,
          en: `${at}: no ${meta.en} "${id}" in "${meta.field}"`,
        }),
      );
    }
  };
  const checkTarget = (target: Target, path: readonly Key[]) => {
    if (typeof target !== "object") return;
    if ("cases" in target) {
      target.cases.forEach((c, i) => {
        const at = [...path, "cases", i];
        if (c.region !== undefined) check("region", c.region, [...at, "region"]);
        if (c.class !== undefined) check("class", c.class, [...at, "class"]);
        if (c.kind !== undefined) check("kind", c.kind, [...at, "kind"]);
      });
    } else if ("ref" in target && !Object.hasOwn(framework.references ?? {}, target.ref)) {
      const at = formatPath([...path, "ref"]);
      issues.push(
        makeIssue(
          "unknown_reference",
          [...path, "ref"],
          {
            vi: `${at}: giá trị tham chiếu "${target.ref}" không có trong framework.references nên phải được cung cấp qua context.references khi chấm`,
            en: `${at}: reference "${target.ref}" is not in framework.references, so context.references must supply it at evaluation`,
          },
          "warning",
        ),
      );
    }
  };

  for (const table of ["kind", "region", "class"] as const) {
    const field = TABLES[table].field;
    const seen = new Set<string>();
    declared[table]?.forEach((id, i) => {
      if (seen.has(id)) {
        const path = [field, i, "id"];
        issues.push(
          makeIssue("duplicate_id", path, {
            vi: `${formatPath(path)}: mã "${id}" bị trùng`,
            en: `${formatPath(path)}: duplicate id "${id}"`,
          }),
        );
      }
      seen.add(id);
    });
  }
  framework.classes?.forEach((c, i) => {
    if (c.useRegion !== undefined) check("region", c.useRegion, ["classes", i, "useRegion"]);
  });
  for (const [name, target] of Object.entries(framework.references ?? {})) {
    checkTarget(target, ["references", name]);
  }
  // The kinds a node can apply to: its own appliesTo within its ancestors' (undefined = every kind).
  const effective: (readonly string[] | undefined)[] = [];
  for (const entry of walk.entries) {
    const node = entry.node;
    node.appliesTo?.forEach((kind, i) => {
      check("kind", kind, [...entry.path, "appliesTo", i]);
    });
    const inherited = entry.parentIndex >= 0 ? effective[entry.parentIndex] : undefined;
    const own = node.appliesTo;
    effective[entry.index] =
      own === undefined
        ? inherited
        : inherited === undefined
          ? own
          : own.filter((k) => inherited.includes(k));
    if (own !== undefined && inherited !== undefined && effective[entry.index]!.length === 0) {
      const at = formatPath([...entry.path, "appliesTo"]);
      issues.push(
        makeIssue(
          "applies_to_conflict",
          [...entry.path, "appliesTo"],
          {
            vi: `${at}: "${node.id}" áp dụng cho ${own.join(", ")} nhưng tiêu chí cha chỉ áp dụng cho ${inherited.join(", ") || "(không loại nào)"}, nên không bao giờ được áp dụng`,
            en: `${at}: "${node.id}" applies to ${own.join(", ")} but its ancestors only to ${inherited.join(", ") || "(no kind)"}, so it never applies`,
          },
          "warning",
        ),
      );
    }
    const rule = node.rule;
    if (rule?.type === "compare") checkTarget(rule.target, [...entry.path, "rule", "target"]);
    if (rule?.type === "share" && rule.childKind !== undefined) {
      check("kind", rule.childKind, [...entry.path, "rule", "childKind"]);
    }
  }
  return issues;
}
