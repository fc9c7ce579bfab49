/**
 * tieuchi/testing: framework-free assertions and the matcher functions, for any test runner (node:test,
 * jest, vitest). It never imports vitest; the vitest registration and typings are in `tieuchi/vitest`.
 *
 * @packageDocumentation
 * @module tieuchi/testing
 */
export { assertValidFramework, type InvalidFrameworkError } from "./assertValidFramework.js";
export {
  type NoLintIssuesOptions,
  type TieuchiMatcherContext,
  type TieuchiMatcherResult,
  type TieuchiMatchers,
  tieuchiMatchers,
} from "./tieuchiMatchers.js";
