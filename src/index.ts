export * from "./assessment/index.js";
export * from "./framework/index.js";
export * from "./scoring/index.js";

// across units (issue 10)
export * from "./units/index.js";
