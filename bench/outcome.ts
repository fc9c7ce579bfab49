import type { Assessment } from "../src/assessment/schema.js";
import type { Framework } from "../src/framework/schema.js";

/** What every implementation must agree on, per assessment. */
export interface Outcome {
  /** Criteria met (of 19). */
  readonly met: number;
  /** Points earned (of 100). */
  readonly points: number;
  /** The highest tier reached, or null. */
  readonly tier: string | null;
}

/**
 * One way of scoring the workload. `prepare` is the untimed set-up (compiling, building rules, an
 * engine); the function it returns is what the benchmarks time, once per assessment.
 */
export interface Implementation<R = unknown> {
  readonly name: string;
  // method syntax on purpose: bivariant, so every Implementation<R> fits in one Implementation<unknown>[]
  prepare(framework: Framework): (assessment: Assessment) => R | Promise<R>;
  /** Reads the agreed figures out of a result (not timed). */
  outcome(result: R): Outcome;
  /** True when the scorer returns promises (json-rules-engine). */
  readonly async?: boolean;
}

/** Runs `score` over every assessment, awaiting one at a time when it is asynchronous. */
export async function runAll<R>(
  score: (assessment: Assessment) => R | Promise<R>,
  assessments: readonly Assessment[],
  async: boolean,
): Promise<R[]> {
  const results = new Array<R>(assessments.length);
  if (async) {
    for (let i = 0; i < assessments.length; i++) results[i] = await score(assessments[i]!);
  } else {
    for (let i = 0; i < assessments.length; i++) results[i] = score(assessments[i]!) as R;
  }
  return results;
}

/**
 * Runs `score` over every assessment, as a bulk job would: each result is handed on (here: counted)
 * and dropped, not retained. Keeping 10 000 full evaluations alive would make the garbage collector
 * copy all of them into the old generation, timing memory pressure instead of scoring.
 *
 * @returns How many results were produced, so the calls cannot be optimised away.
 */
export async function consumeAll<R>(
  score: (assessment: Assessment) => R | Promise<R>,
  assessments: readonly Assessment[],
  async: boolean,
): Promise<number> {
  let produced = 0;
  if (async) {
    for (let i = 0; i < assessments.length; i++) {
      if ((await score(assessments[i]!)) !== undefined) produced++;
    }
  } else {
    for (let i = 0; i < assessments.length; i++) {
      if (score(assessments[i]!) !== undefined) produced++;
    }
  }
  return produced;
}

/**
 * Prepares `implementation` and scores every assessment with it, untimed. Each result is reduced to
 * its outcome at once and dropped: holding all 10 000 full evaluations until the end would teach V8
 * that their allocation sites survive, and it would then allocate evaluations straight into the old
 * generation (allocation-site pretenuring) in the timed rounds too, making `evaluate` several times
 * slower there than in a bulk job (measured: about 100 µs instead of 10–20 µs per assessment).
 */
export async function outcomesOf<R>(
  implementation: Implementation<R>,
  framework: Framework,
  assessments: readonly Assessment[],
): Promise<Outcome[]> {
  const score = implementation.prepare(framework);
  const outcomes = new Array<Outcome>(assessments.length);
  for (let i = 0; i < assessments.length; i++) {
    const result = score(assessments[i]!);
    outcomes[i] = implementation.outcome(
      implementation.async === true ? await result : (result as R),
    );
  }
  return outcomes;
}

/**
 * Scores the assessments with every implementation and throws, listing the first differences, unless
 * all agree with the first (the reference) on every assessment's met count, points and tier.
 *
 * @returns The reference outcomes.
 */
export async function assertAgreement(
  implementations: readonly Implementation<unknown>[],
  framework: Framework,
  assessments: readonly Assessment[],
): Promise<Outcome[]> {
  const [reference, ...others] = implementations;
  if (reference === undefined) throw new Error("assertAgreement: no implementations");
  const expected = await outcomesOf(reference, framework, assessments);
  const problems: string[] = [];
  for (const implementation of others) {
    const lines = disagreements(
      expected,
      await outcomesOf(implementation, framework, assessments),
      assessments,
    );
    if (lines.length > 0)
      problems.push(
        `${implementation.name} disagrees with ${reference.name}:`,
        ...lines.map((line) => `  ${line}`),
      );
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return expected;
}

/** A readable description of the first assessments on which two lists of outcomes differ. */
export function disagreements(
  reference: readonly Outcome[],
  other: readonly Outcome[],
  assessments: readonly Assessment[],
  limit = 5,
): string[] {
  const lines: string[] = [];
  if (reference.length !== other.length) {
    lines.push(`length ${other.length}, expected ${reference.length}`);
    return lines;
  }
  for (let i = 0; i < reference.length && lines.length < limit; i++) {
    const a = reference[i]!;
    const b = other[i]!;
    if (a.met !== b.met || a.points !== b.points || a.tier !== b.tier) {
      lines.push(
        `${assessments[i]?.subject.id}: got met ${b.met}, points ${b.points}, tier ${b.tier}; ` +
          `expected met ${a.met}, points ${a.points}, tier ${a.tier}`,
      );
    }
  }
  return lines;
}
