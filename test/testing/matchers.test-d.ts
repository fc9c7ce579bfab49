import { describe, expect, expectTypeOf, it } from "vitest";
import type { Framework } from "../../src/index.js";
import "../../src/vitest/index.js";

declare const framework: Framework;

describe("the vitest Assertion augmentation", () => {
  it("types the four matchers", () => {
    expectTypeOf(expect({}).toBeValidFramework).toBeFunction();
    expectTypeOf(expect({}).toBeValidFramework).parameters.toEqualTypeOf<[]>();
    expectTypeOf(expect({}).toHaveNoLintIssues)
      .parameter(0)
      .toEqualTypeOf<{ readonly allow?: readonly string[] | undefined } | undefined>();
    expectTypeOf(expect({}).toBeValidAssessmentFor).parameter(0).toEqualTypeOf<Framework>();
    expectTypeOf(expect({}).not.toMeetTier).parameter(1).toEqualTypeOf<string>();
  });

  it("rejects a call without the framework", () => {
    // @ts-expect-error [ts2554] -- toMeetTier needs the framework before the tier id
    expect({}).toMeetTier("dat");
    // @ts-expect-error [ts2345] -- allow lists issue codes, not a single string
    expect(framework).toHaveNoLintIssues({ allow: "empty_group" });
  });
});
