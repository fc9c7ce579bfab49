import { formatPath, makeIssue } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { Framework, TierCondition } from "../schema.js";
import type { WalkIndex } from "../walk.js";
import { conditionImplies } from "./conditionImplies.js";
import type { PossiblePoints } from "./possiblePoints.js";

type Key = string | number;

/** The highest score the scoring model can give, where it is known from the framework alone. */
function maximumScore(framework: Framework, possible: PossiblePoints): number | undefined {
  const scoring = framework.scoring;
  switch (scoring.kind) {
    case "count":
      return 100;
    case "points":
      return scoring.scale ?? possible.total;
    case "weighted":
      return scoring.scale ?? 100;
    case "xccdf":
      return scoring.model === "default" ? 100 : scoring.model === "absolute" ? 1 : undefined;
    default:
      return undefined;
  }
}

/**
 * Checks tiers: `duplicate_tier_id`, `unknown_tier_reference`, `tier_prerequisite_order`,
 * `unreachable_tier`, `tier_not_stricter`, `mandatory_without_nodes`, `disqualifier_without_nodes`
 * and `points_max_mismatch` (a `groupMinShare` node that has no points).
 *
 * @param framework - A framework that passed the schema.
 * @param walk - `walkNodes(framework.nodes)`.
 * @param possible - `possiblePoints(walk)`.
 * @returns The issues, tier by tier.
 * @example
 * lintTiers({ ...framework, tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "tier", tier: "dat" }] }] }, walk, possible)[0].code
 * //=> "tier_prerequisite_order"
 * @category Internal
 */
export function lintTiers(
  framework: Framework,
  walk: WalkIndex,
  possible: PossiblePoints,
): FrameworkIssue[] {
  const tiers = framework.tiers ?? [];
  const issues: FrameworkIssue[] = [];
  const issue = (
    code: string,
    path: readonly Key[],
    vi: string,
    en: string,
    severity: "error" | "warning" = "error",
  ) => {
    const at = formatPath(path);
    issues.push(makeIssue(code, path, { vi: `${at}: ${vi}`, en: `${at}: ${en}` }, severity));
  };
  const position = new Map<string, number>();
  tiers.forEach((tier, t) => {
    if (position.has(tier.id)) {
      issue(
        "duplicate_tier_id",
        ["tiers", t, "id"],
        `mức xếp loại "${tier.id}" bị trùng`,
        `duplicate tier id "${tier.id}"`,
      );
    } else {
      position.set(tier.id, t);
    }
  });
  const criteria = walk.entries.filter((entry) => entry.node.kind === "criterion").length;
  const anyMandatory = walk.entries.some((entry) => entry.node.mandatory === true);
  const anyDisqualifying = walk.entries.some((entry) => entry.node.disqualifying === true);
  const maxScore = maximumScore(framework, possible);
  const reachable: boolean[] = [];

  tiers.forEach((tier, t) => {
    let ok = true;
    const unreachable = (path: readonly Key[], vi: string, en: string) => {
      ok = false;
      issue(
        "unreachable_tier",
        path,
        `không thể đạt mức "${tier.id}": ${vi}`,
        `tier "${tier.id}" cannot be reached: ${en}`,
      );
    };
    tier.conditions.forEach((condition: TierCondition, c) => {
      const at: Key[] = ["tiers", t, "conditions", c];
      switch (condition.type) {
        case "tier": {
          const required = position.get(condition.tier);
          if (required === undefined) {
            ok = false;
            issue(
              "unknown_tier_reference",
              [...at, "tier"],
              `không có mức xếp loại "${condition.tier}"`,
              `no tier has the id "${condition.tier}"`,
            );
          } else if (required >= t) {
            ok = false;
            issue(
              "tier_prerequisite_order",
              [...at, "tier"],
              `mức "${tier.id}" yêu cầu ${required === t ? "chính nó" : `mức cao hơn "${condition.tier}"`}; mức điều kiện phải đứng trước (các mức xếp từ thấp đến cao)`,
              `tier "${tier.id}" requires ${required === t ? "itself" : `the higher tier "${condition.tier}"`}; a required tier must come earlier (tiers are listed lowest first)`,
            );
          } else if (reachable[required] === false) {
            unreachable(
              [...at, "tier"],
              `yêu cầu mức "${condition.tier}" cũng không thể đạt`,
              `it requires tier "${condition.tier}", which cannot be reached either`,
            );
          }
          break;
        }
        case "minPoints":
          if (condition.points > possible.total) {
            unreachable(
              [...at, "points"],
              `cần ${condition.points} điểm nhưng tối đa chỉ có ${possible.total} điểm`,
              `needs ${condition.points} points but at most ${possible.total} can be earned`,
            );
          }
          break;
        case "minCount": {
          const pool = condition.of !== undefined ? new Set(condition.of).size : criteria;
          if (condition.count > pool) {
            unreachable(
              [...at, "count"],
              `cần ${condition.count} tiêu chí đạt nhưng chỉ có ${pool} tiêu chí`,
              `needs ${condition.count} criteria met but there are only ${pool}`,
            );
          }
          break;
        }
        case "minScore":
          if (maxScore !== undefined && condition.score > maxScore) {
            unreachable(
              [...at, "score"],
              `cần ${condition.score} điểm số nhưng mô hình chấm cho tối đa ${maxScore}`,
              `needs a score of ${condition.score} but the scoring model gives at most ${maxScore}`,
            );
          }
          break;
        case "mandatoryMet":
          if (!anyMandatory) {
            issue(
              "mandatory_without_nodes",
              at,
              "điều kiện mandatoryMet nhưng không tiêu chí nào là bắt buộc (mandatory: true)",
              "a mandatoryMet condition but no node is mandatory (mandatory: true)",
              "warning",
            );
          }
          break;
        case "noDisqualifier":
          if (!anyDisqualifying) {
            issue(
              "disqualifier_without_nodes",
              at,
              "điều kiện noDisqualifier nhưng không tiêu chí nào là điều kiện loại trừ (disqualifying: true)",
              "a noDisqualifier condition but no node is disqualifying (disqualifying: true)",
              "warning",
            );
          }
          break;
        case "groupMinShare": {
          const targets: [string, Key[]][] =
            condition.nodes?.map((id, j) => [id, [...at, "nodes", j]]) ??
            framework.nodes.map((node) => [node.id, at]);
          for (const [id, path] of targets) {
            const entry = walk.byId.get(id);
            if (entry !== undefined && !possible.hasPoints[entry.index]) {
              issue(
                "points_max_mismatch",
                path,
                `"${id}" không có điểm nên không tính được tỷ lệ điểm đạt`,
                `"${id}" has no points, so its share of points is undefined`,
              );
            }
          }
          break;
        }
        // Nothing to check against the framework for these (listed so a new condition is a type error here).
        case "minPercent":
        case "allMet":
        case "nodesMet":
        case "outcome":
          break;
        default:
          condition satisfies never;
      }
    });
    reachable.push(ok);
  });

  tiers.forEach((tier, t) => {
    for (let lower = 0; lower < t; lower++) {
      const below = tiers[lower]!;
      const implied = tier.conditions.every(
        (condition) =>
          (condition.type === "tier" && condition.tier === below.id) ||
          below.conditions.some((l) => conditionImplies(l, condition)),
      );
      if (implied) {
        issue(
          "tier_not_stricter",
          ["tiers", t],
          `mức "${tier.id}" không khó hơn mức thấp hơn "${below.id}": đạt "${below.id}" là đạt luôn "${tier.id}"`,
          `tier "${tier.id}" is not stricter than the lower tier "${below.id}": reaching "${below.id}" already reaches "${tier.id}"`,
          "warning",
        );
        break;
      }
    }
  });
  return issues;
}
