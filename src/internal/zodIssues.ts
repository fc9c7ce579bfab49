import type { z } from "zod";
import type { FrameworkIssue } from "../framework/issues.js";
import { notFinite } from "./assessmentIssues.js";
import { fromZodIssue } from "./issue.js";

type Path = readonly (string | number)[];

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

function received(raw: z.core.$ZodIssue): unknown {
  return (raw as { received?: unknown }).received;
}

/** A union branch that failed only because the input is not of the branch's type at all. */
function isTypeMismatch(branch: readonly z.core.$ZodIssue[]): boolean {
  return branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0;
}

/**
 * Maps zod issues to ours, more precisely than `fromZodIssue` alone: a record key's issues are reported
 * at the key (`reserved_id` for `counts.constructor`), a union whose input matched exactly one branch's
 * type reports that branch's issues, and NaN or ±Infinity becomes `not_finite`.
 *
 * @param issues - zod's issues, best from a parse with `reportInput: true`.
 * @param prefix - A path to put in front of every issue's path.
 * @returns Our issues, in zod's order.
 * @example
 * fromZodIssues(EntrySchema.safeParse({ node: "a", value: NaN }).error.issues).map((issue) => issue.code)
 * //=> ["not_finite"]
 * @category Internal
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: Path = [],
): FrameworkIssue[] {
  return issues.flatMap((raw) => fromOne(raw, prefix));
}

function fromOne(raw: z.core.$ZodIssue, prefix: Path): FrameworkIssue[] {
  const here = [
    ...prefix,
    ...raw.path.filter((key): key is string | number => typeof key !== "symbol"),
  ];
  switch (raw.code) {
    case "invalid_key":
      return fromZodIssues(raw.issues, here);
    case "invalid_union": {
      const matching = raw.errors.filter((branch) => !isTypeMismatch(branch));
      if (matching.length === 1) return fromZodIssues(matching[0]!, here);
      const nonFinite = raw.errors
        .flat()
        .map(received)
        .find((value) => typeof value === "string" && NON_FINITE.has(value));
      if (matching.length === 0 && typeof nonFinite === "string")
        return [notFinite(here, nonFinite)];
      return [fromZodIssue(raw, prefix)];
    }
    case "invalid_type": {
      const value = received(raw);
      if (raw.expected === "number" && typeof value === "string" && NON_FINITE.has(value)) {
        return [notFinite(here, value)];
      }
      return [fromZodIssue(raw, prefix)];
    }
    default:
      return [fromZodIssue(raw, prefix)];
  }
}
