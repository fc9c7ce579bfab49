/**
 * tieuchi: criteria frameworks (bộ tiêu chí) as validated data. Define, score, explain and compare
 * assessments.
 *
 * @packageDocumentation
 * @module tieuchi
 */
export * from "./assessment/index.js";
export * from "./framework/index.js";
export * from "./scoring/index.js";
