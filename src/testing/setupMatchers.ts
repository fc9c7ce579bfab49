import { expect } from "vitest";
import { tieuchiMatchers } from "./tieuchiMatchers.js";

/**
 * Registers the tieuchi matchers on vitest's `expect`. Call it once, in a test file or a `setupFiles` entry.
 *
 * @returns Nothing; `expect(x).toBeValidFramework()` and the others are available afterwards.
 * @example
 * setupMatchers();
 * expect(framework).toHaveNoLintIssues({ allow: ["unknown_reference"] });
 * //=> passes when lintFramework reports nothing but the allowed codes
 * @category Testing
 */
export function setupMatchers(): void {
  expect.extend(tieuchiMatchers);
}
