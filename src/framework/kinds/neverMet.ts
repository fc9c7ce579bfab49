import type { Key, LintIssue } from "./ruleKind.js";

/** Reports `> high` and `< low` comparisons, which no value in [low, high] can meet. */
export function neverMet(
  comparator: string,
  target: number,
  low: number | undefined,
  high: number | undefined,
  at: readonly Key[],
  issue: LintIssue,
): void {
  const above = comparator === ">" && high !== undefined && target >= high;
  const below = comparator === "<" && low !== undefined && target <= low;
  if (!above && !below) return;
  const bound = above ? high : low;
  issue(
    "threshold_out_of_range",
    at,
    `"${comparator} ${target}" không bao giờ đạt vì giá trị ${above ? "không vượt quá" : "không nhỏ hơn"} ${bound}`,
    `"${comparator} ${target}" can never be met: the value is never ${above ? "above" : "below"} ${bound}`,
  );
}
