export * from "./assessment/index.js";
export * from "./framework/index.js";
export * from "./scoring/index.js";

// over time (issue 9)
export * from "./trend/index.js";
