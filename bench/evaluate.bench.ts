import { bench, describe } from "vitest";
import { IMPLEMENTATIONS } from "./implementations.js";
import { assertAgreement, consumeAll } from "./outcome.js";
import { makeAssessments, makeFramework } from "./workload.js";

/*
 * `npx vitest bench --run`: 10 000 assessments of the 19-criterion, 57-indicator framework per
 * iteration, for the library (summarize, compiled evaluate, plain evaluate) and the baselines (hand loop,
 * json-logic-js, json-rules-engine). Every implementation must first agree with the hand loop on each
 * assessment's met count, points and tier. Fixed iteration counts; bench/ratios.ts prints the ratios.
 */

const COUNT = 10_000;
const framework = makeFramework();
const assessments = makeAssessments(COUNT);

await assertAgreement(IMPLEMENTATIONS, framework, assessments);

describe(`${COUNT} assessments × 19 criteria (57 indicators)`, () => {
  for (const implementation of IMPLEMENTATIONS) {
    const score = implementation.prepare(framework);
    const async = implementation.async === true;
    bench(
      implementation.name,
      async () => {
        await consumeAll(score, assessments, async);
      },
      async
        ? { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 }
        : { time: 0, iterations: 7, warmupTime: 0, warmupIterations: 2 },
    );
  }
});
