import type { Assessment, Entry } from "../../../src/assessment/schema.js";
import {
  type Framework,
  type FrameworkNode,
  FrameworkSchema,
  type ScoringModel,
} from "../../../src/framework/schema.js";
import type { ModelInput } from "../../../src/scoring/models/score.js";
import type { Count, NodeResult, NodeStatus, PointsResult } from "../../../src/scoring/types.js";

/** Hand-made model inputs, so the models are tested without the evaluation engine. */

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function makeFramework(
  scoring: ScoringModel,
  nodes: readonly FrameworkNode[],
  extra: Partial<Framework> = {},
): Framework {
  // Parsing keeps the hand-made frameworks honest: they must be valid framework JSON.
  return deepFreeze(
    FrameworkSchema.parse({
      id: "test",
      version: "1",
      status: "draft",
      title: { en: "Test" },
      scoring,
      nodes,
      ...extra,
    }),
  );
}

export function makeResult(id: string, status: NodeStatus, score?: number | null): NodeResult {
  return {
    id,
    kind: "criterion",
    status,
    reason: { code: "not_judged" },
    ...(score === undefined ? {} : { score }),
  };
}

export function makeAssessment(entries: readonly Entry[] = []): Assessment {
  return {
    framework: { id: "test", version: "1" },
    subject: { id: "unit" },
    period: { id: "2026", start: "2026-01-01", end: "2026-12-31" },
    entries: [...entries],
  };
}

const EMPTY_COUNT: Count = {
  met: 0,
  notMet: 0,
  notApplicable: 0,
  unknown: 0,
  error: 0,
  applicable: 0,
  total: 0,
};

export function makeInput(
  framework: Framework,
  results: readonly NodeResult[],
  options: { entries?: readonly Entry[]; count?: Count; points?: PointsResult } = {},
): ModelInput {
  return deepFreeze({
    framework,
    assessment: makeAssessment(options.entries),
    results: new Map(results.map((r) => [r.id, r])),
    count: options.count ?? EMPTY_COUNT,
    ...(options.points === undefined ? {} : { points: options.points }),
  });
}

/** A leaf criterion with an optional weight. */
export function leaf(id: string, extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id, kind: "criterion", title: { en: id }, ...extra };
}

export function group(
  id: string,
  children: readonly FrameworkNode[],
  extra: Partial<FrameworkNode> = {},
): FrameworkNode {
  return { id, kind: "group", title: { en: id }, children, ...extra };
}
