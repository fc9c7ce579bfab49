export { compileFramework } from "./compileFramework.js";
export { evaluate } from "./evaluate.js";
export * from "./models/index.js";
export type * from "./types.js";
