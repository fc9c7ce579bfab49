import { describe, expectTypeOf, it } from "vitest";
import type { Normalize } from "../../../src/framework/schema.js";
import { type ModelInput, normalizeValue, score } from "../../../src/scoring/models/index.js";
import type { PointsResult, Score } from "../../../src/scoring/types.js";

describe("the scoring-model types", () => {
  it("score takes a ModelInput and returns a Score", () => {
    expectTypeOf(score).parameters.toEqualTypeOf<[ModelInput]>();
    expectTypeOf(score).returns.toEqualTypeOf<Score>();
  });

  it("ModelInput is read-only and points is optional", () => {
    expectTypeOf<ModelInput["points"]>().toEqualTypeOf<PointsResult | undefined>();
    const input = {} as ModelInput;
    const other = {} as ModelInput;
    // @ts-expect-error [ts2540] -- model inputs are read-only
    input.count = other.count;
  });

  it("normalizeValue returns a number or null, never undefined", () => {
    expectTypeOf(normalizeValue).returns.toEqualTypeOf<number | null>();
    expectTypeOf(normalizeValue).parameter(0).toEqualTypeOf<Normalize>();
    // @ts-expect-error [ts2322] -- a normalisation needs a known type
    normalizeValue({ type: "log" }, 1);
  });
});
