export * from "./assessment/index.js";
export * from "./framework/index.js";
export * from "./scoring/index.js";
