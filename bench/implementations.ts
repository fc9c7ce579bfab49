import { handLoop } from "./baselines/handLoop.js";
import { jsonLogicBaseline } from "./baselines/jsonLogic.js";
import { jsonRulesEngineBaseline } from "./baselines/jsonRulesEngine.js";
import {
  libraryCompiledEvaluate,
  libraryCompiledEvaluateInterpreted,
  libraryEvaluate,
  librarySummarize,
  librarySummarizeInterpreted,
} from "./library.js";
import type { Implementation } from "./outcome.js";
import { generatedSummarize } from "./prototypes/generatedSummarize.js";

/** Every implementation the benchmarks compare, the hand loop (the reference) first. */
export const IMPLEMENTATIONS: readonly Implementation<unknown>[] = [
  handLoop,
  librarySummarize,
  librarySummarizeInterpreted,
  generatedSummarize,
  libraryCompiledEvaluate,
  libraryCompiledEvaluateInterpreted,
  libraryEvaluate,
  jsonLogicBaseline,
  jsonRulesEngineBaseline,
];
