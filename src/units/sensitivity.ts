import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { codeUnitOrder } from "../core/plainJson.js";
import type { NodeKind } from "../framework/schema.js";
import { ranksOf, type TieRule } from "./rank.js";
import { admitUnits, type UnitEvaluation } from "./unitInput.js";

/** Options of `rankSensitivity`. */
export interface SensitivityOptions {
  /**
   * The random source: a function returning numbers in [0, 1), seeded by the caller (`seededRandom(42)`).
   * Required when `runs` > 0; nothing random is used without it.
   */
  readonly random?: (() => number) | undefined;
  /** Weight perturbation runs; default 100 (0 with no `random`). */
  readonly runs?: number | undefined;
  /** Each weight is multiplied by a factor drawn uniformly from [1 − spread, 1 + spread]; default 0.25. */
  readonly spread?: number | undefined;
  /** Base weight per criterion; default 1 each. */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** Default `"competition"`. */
  readonly ties?: TieRule | undefined;
  /** Node kinds that count; default `["criterion"]`. */
  readonly kinds?: readonly NodeKind[] | undefined;
  /** The framework every evaluation must be of; default the first valid one's. */
  readonly framework?: { readonly id: string; readonly version: string } | undefined;
}

/** One unit's rank interval. */
export interface UnitSensitivity {
  readonly subject: string;
  /** The rank under the base weights. */
  readonly rank: number;
  /** The best and worst rank over every run (base, leave-one-out, perturbed). */
  readonly min: number;
  readonly max: number;
  /** Over the leave-one-criterion-out runs, with the criterion whose removal gives each extreme. */
  readonly leaveOneOut: {
    readonly min: number;
    readonly max: number;
    readonly bestWithout: string | null;
    readonly worstWithout: string | null;
  };
  /** Over the weight perturbation runs; equal to the base rank when there were none. */
  readonly perturbed: { readonly min: number; readonly max: number };
}

/** The result of `rankSensitivity`. */
export interface RankSensitivity {
  /** The criteria, in framework order. */
  readonly criteria: readonly string[];
  readonly runs: number;
  readonly spread: number;
  readonly ties: TieRule;
  /** By base rank, then subject id. */
  readonly units: readonly UnitSensitivity[];
  /** For each criterion, how many units change rank when it is left out; most first, then framework order. */
  readonly influence: readonly { readonly criterion: string; readonly unitsMoved: number }[];
  readonly issues: readonly FrameworkIssue[];
}

/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same sequence on every machine.
 *
 * @param seed - Any integer.
 * @returns A function returning numbers in [0, 1).
 * @example
 * const random = seededRandom(42);
 * random() === seededRandom(42)()
 * //=> true
 * @category Across units
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How stable a league table is: units are ranked by the weighted share of criteria met,
 * `Σ wᵢ·metᵢ / Σ wᵢ` over the criteria that apply to the unit (met = 1; not met, unknown or in error = 0;
 * not applicable left out of both sums), first with the base weights (default 1 each: the share of
 * criteria met), then once per criterion with its weight set to 0 (leave one out), then `runs` times with
 * every weight multiplied by a factor drawn from [1 − spread, 1 + spread] using the `random` function
 * passed in. Each unit gets its rank interval over all runs, and each criterion the number of units whose
 * rank moves when it is left out. Works for any framework, from full evaluations (light records without
 * `nodes` are left out with `needs_full_evaluation`). The base and leave-one-out values are ratios of
 * small integers with default weights, so their ties are exact; perturbed weights are random draws and
 * are compared in floating point. No randomness is hidden: without `random` no run is perturbed.
 *
 * @param units - Full evaluations of one framework.
 * @param options - The random source, runs, spread, base weights, tie rule.
 * @returns Rank intervals per unit, influence per criterion, issues.
 * @example
 * const s = rankSensitivity(cuaLoWards, { random: seededRandom(7), runs: 200 });
 * s.units[0] //=> { subject: "thu-thuy", rank: 1, min: 1, max: 2, … }
 * @category Across units
 */
export function rankSensitivity(
  units: readonly unknown[],
  options: SensitivityOptions = {},
): RankSensitivity {
  const ties = options.ties ?? "competition";
  const spread = options.spread ?? 0.25;
  const admitted = admitUnits(units, options.framework, "units");
  const issues = admitted.issues;
  const empty = (runs: number): RankSensitivity => ({
    criteria: [],
    runs,
    spread,
    ties,
    units: [],
    influence: [],
    issues,
  });
  if (!Number.isFinite(spread) || spread < 0 || spread > 1) {
    issues.push(
      makeIssue("invalid_option", ["options", "spread"], {
        vi: "Biên độ nhiễu trọng số phải là một số từ 0 đến 1",
        en: "The weight spread must be a number from 0 to 1",
      }),
    );
    return empty(0);
  }
  const runs = options.random === undefined ? 0 : (options.runs ?? 100);
  if (!Number.isSafeInteger(runs) || runs < 0 || runs > 1_000_000) {
    issues.push(
      makeIssue("invalid_option", ["options", "runs"], {
        vi: "Số lần chạy phải là số nguyên từ 0 đến 1 000 000",
        en: "The number of runs must be an integer from 0 to 1 000 000",
      }),
    );
    return empty(0);
  }
  if (options.random === undefined && options.runs !== undefined && options.runs > 0) {
    issues.push(
      makeIssue(
        "missing_random",
        ["options", "random"],
        {
          vi: "Không có hàm ngẫu nhiên (random) nên không chạy nhiễu trọng số; hãy truyền seededRandom(hạt giống)",
          en: "No random function was given, so no weight perturbation was run; pass seededRandom(seed)",
        },
        "warning",
      ),
    );
  }
  const full: UnitEvaluation[] = [];
  let light = 0;
  for (const unit of admitted.units) {
    if (unit.nodes === undefined) light++;
    else full.push(unit);
  }
  if (light > 0) {
    issues.push(
      makeIssue(
        "needs_full_evaluation",
        ["sensitivity"],
        {
          vi: `${light} đơn vị chỉ có kết quả tóm tắt (không có danh sách mục); phân tích độ nhạy cần kết quả đánh giá đầy đủ nên bỏ qua các đơn vị đó`,
          en: `${light} units have only a summary (no nodes); sensitivity needs full evaluations, so they are left out`,
        },
        "warning",
      ),
    );
  }
  full.sort((a, b) => codeUnitOrder(a.subject.id, b.subject.id));
  const kinds = options.kinds ?? ["criterion"];
  const criteria = (full[0]?.nodes ?? []).filter((n) => kinds.includes(n.kind)).map((n) => n.id);
  const n = full.length;
  const m = criteria.length;
  // status[u × m + c]: 1 met, 0 applicable and not met, -1 not applicable or absent.
  const status = new Int8Array(n * m);
  const column = new Map(criteria.map((id, c) => [id, c]));
  for (let u = 0; u < n; u++) {
    status.fill(-1, u * m, (u + 1) * m);
    for (const node of full[u]!.nodes ?? []) {
      const c = column.get(node.id);
      if (c === undefined || node.status === "notApplicable") continue;
      status[u * m + c] = node.status === "met" ? 1 : 0;
    }
  }
  const base = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const given =
      options.weights !== undefined && Object.hasOwn(options.weights, criteria[c]!)
        ? options.weights[criteria[c]!]
        : 1;
    if (typeof given !== "number" || !Number.isFinite(given) || given < 0) {
      issues.push(
        makeIssue("invalid_option", ["options", "weights", criteria[c]!], {
          vi: `Trọng số của ${criteria[c]} phải là số không âm hữu hạn`,
          en: `The weight of ${criteria[c]} must be a finite non-negative number`,
        }),
      );
      return empty(0);
    }
    base[c] = given;
  }

  const rankWith = (weights: Float64Array): number[] => {
    const values = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      let num = 0;
      let den = 0;
      for (let c = 0; c < m; c++) {
        const s = status[u * m + c]!;
        if (s < 0) continue;
        den += weights[c]!;
        if (s === 1) num += weights[c]!;
      }
      values[u] = den > 0 ? num / den : 0;
    }
    const order = Array.from({ length: n }, (_, u) => u);
    order.sort(
      (a, b) => values[b]! - values[a]! || codeUnitOrder(full[a]!.subject.id, full[b]!.subject.id),
    );
    const ranks = ranksOf(
      order.map((u) => ({ key: values[u]! })),
      ties,
    );
    const byUnit = new Array<number>(n);
    for (let i = 0; i < n; i++) byUnit[order[i]!] = ranks[i]!;
    return byUnit;
  };

  const baseRanks = rankWith(base);
  const looMin = [...baseRanks];
  const looMax = [...baseRanks];
  const best: (string | null)[] = new Array(n).fill(null);
  const worst: (string | null)[] = new Array(n).fill(null);
  const influence: { criterion: string; unitsMoved: number; order: number }[] = [];
  const weights = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    weights.set(base);
    weights[c] = 0;
    const ranks = rankWith(weights);
    let moved = 0;
    for (let u = 0; u < n; u++) {
      const r = ranks[u]!;
      if (r !== baseRanks[u]) moved++;
      if (r < looMin[u]!) {
        looMin[u] = r;
        best[u] = criteria[c]!;
      }
      if (r > looMax[u]!) {
        looMax[u] = r;
        worst[u] = criteria[c]!;
      }
    }
    influence.push({ criterion: criteria[c]!, unitsMoved: moved, order: c });
  }
  const pMin = [...baseRanks];
  const pMax = [...baseRanks];
  const random = options.random;
  for (let run = 0; run < runs && random !== undefined; run++) {
    for (let c = 0; c < m; c++) {
      const r = random();
      if (typeof r !== "number" || !(r >= 0 && r < 1)) {
        issues.push(
          makeIssue("invalid_random", ["options", "random"], {
            vi: `Hàm ngẫu nhiên trả về ${String(r)}, không thuộc [0, 1); dừng ở lần chạy ${run + 1}`,
            en: `The random function returned ${String(r)}, not in [0, 1); stopped at run ${run + 1}`,
          }),
        );
        return empty(run);
      }
      weights[c] = base[c]! * (1 - spread + 2 * spread * r);
    }
    const ranks = rankWith(weights);
    for (let u = 0; u < n; u++) {
      if (ranks[u]! < pMin[u]!) pMin[u] = ranks[u]!;
      if (ranks[u]! > pMax[u]!) pMax[u] = ranks[u]!;
    }
  }
  const out: UnitSensitivity[] = full.map((unit, u) => ({
    subject: unit.subject.id,
    rank: baseRanks[u]!,
    min: Math.min(looMin[u]!, pMin[u]!),
    max: Math.max(looMax[u]!, pMax[u]!),
    leaveOneOut: {
      min: looMin[u]!,
      max: looMax[u]!,
      bestWithout: best[u]!,
      worstWithout: worst[u]!,
    },
    perturbed: { min: pMin[u]!, max: pMax[u]! },
  }));
  out.sort((a, b) => a.rank - b.rank || codeUnitOrder(a.subject, b.subject));
  influence.sort((a, b) => b.unitsMoved - a.unitsMoved || a.order - b.order);
  return {
    criteria,
    runs,
    spread,
    ties,
    units: out,
    influence: influence.map(({ criterion, unitsMoved }) => ({ criterion, unitsMoved })),
    issues,
  };
}
