import fc from "fast-check";
import { describe, it } from "vitest";
import { score } from "../../../src/scoring/models/score.js";
import { leaf, makeFramework, makeInput, makeResult } from "./modelInput.js";

const item = fc.record({
  weight: fc.integer({ min: 0, max: 20 }).map((w) => w / 4),
  score: fc.integer({ min: 0, max: 100 }).map((s) => s / 100),
});

function run(items: readonly { weight: number; score: number }[], factor = 1) {
  const nodes = items.map((it, i) => leaf(`n${i}`, { weight: it.weight * factor }));
  const framework = makeFramework({ kind: "weighted", aggregation: "flat", scale: 1 }, nodes);
  return score(
    makeInput(
      framework,
      items.map((it, i) => makeResult(`n${i}`, "notMet", it.score)),
    ),
  );
}

describe("scoreWeighted invariants", () => {
  it("lies between the lowest and the highest weighted item score", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const result = run(items);
        const weighted = items.filter((it) => it.weight > 0).map((it) => it.score);
        if (weighted.length === 0) return result.status === "unscorable";
        return (
          result.status === "scored" &&
          result.value >= Math.min(...weighted) - 1e-12 &&
          result.value <= Math.max(...weighted) + 1e-12
        );
      }),
    );
  });

  it("does not change when the items are reordered or every weight is scaled by k > 0", () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 8 }),
        (items, k) => {
          const base = run(items);
          const reversed = run([...items].reverse());
          const scaled = run(items, k);
          if (base.status !== "scored")
            return reversed.status === "unscorable" && scaled.status === "unscorable";
          return (
            reversed.status === "scored" &&
            scaled.status === "scored" &&
            Math.abs(base.value - reversed.value) < 1e-12 &&
            Math.abs(base.value - scaled.value) < 1e-12
          );
        },
      ),
    );
  });

  it("is deterministic to the last bit", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const first = JSON.stringify(run(items));
        const second = JSON.stringify(run(items));
        return first === second;
      }),
    );
  });
});
