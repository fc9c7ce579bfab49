import { formatPath, makeIssue, viDates } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { Framework, Labels } from "../schema.js";
import type { WalkIndex } from "../walk.js";

type Key = string | number;

/**
 * Checks labels and dates: `missing_label` (a label without one of `framework.languages`) and
 * `effective_dates_order` (`effectiveTo` before `effectiveFrom`).
 *
 * @param framework - A framework that passed the schema.
 * @param walk - `walkNodes(framework.nodes)`.
 * @returns The issues.
 * @example
 * lintMetadata({ ...framework, languages: ["vi", "en"], title: { vi: "Bộ" } }, walk)[0].code
 * //=> "missing_label"
 * @category Internal
 */
export function lintMetadata(framework: Framework, walk: WalkIndex): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  if (
    framework.effectiveFrom !== undefined &&
    framework.effectiveTo !== undefined &&
    framework.effectiveTo < framework.effectiveFrom
  ) {
    issues.push(
      makeIssue("effective_dates_order", ["effectiveTo"], {
        vi: viDates(
          `effectiveTo: ngày hết hiệu lực ${framework.effectiveTo} đứng trước ngày có hiệu lực ${framework.effectiveFrom}`,
        ),
        en: `effectiveTo: the framework stops applying (${framework.effectiveTo}) before it starts (${framework.effectiveFrom})`,
      }),
    );
  }
  const languages = framework.languages;
  if (languages === undefined) return issues;
  const check = (labels: Labels | undefined, path: readonly Key[]) => {
    if (labels === undefined) return;
    const missing = languages.filter((language) => !Object.hasOwn(labels, language));
    if (missing.length === 0) return;
    const at = formatPath(path);
    issues.push(
      makeIssue("missing_label", path, {
        vi: `${at}: thiếu nhãn bằng ngôn ngữ ${missing.join(", ")} (khai báo trong languages)`,
        en: `${at}: missing label in ${missing.join(", ")} (declared in languages)`,
      }),
    );
  };
  check(framework.title, ["title"]);
  check(framework.description, ["description"]);
  for (const field of ["subjectKinds", "regions", "classes", "tiers"] as const) {
    framework[field]?.forEach((item, i) => {
      check(item.title, [field, i, "title"]);
    });
  }
  for (const entry of walk.entries) {
    const node = entry.node;
    check(node.title, [...entry.path, "title"]);
    check(node.description, [...entry.path, "description"]);
    const value = node.value;
    if (value?.type === "ordinal") {
      value.levels.forEach((level, i) => {
        check(level.title, [...entry.path, "value", "levels", i, "title"]);
      });
    }
    if (value?.type === "events") {
      value.events.forEach((event, i) => {
        check(event.title, [...entry.path, "value", "events", i, "title"]);
      });
    }
  }
  return issues;
}
