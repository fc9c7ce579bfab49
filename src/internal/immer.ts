import { Immer } from "immer";

/*
 * A private immer instance that never freezes: the global `produce` deep-freezes its base, which would
 * freeze the caller's own objects (TOOLCHAIN.md §5), and the global setter would leak into host apps.
 */
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });

/**
 * immer's `produce`, from a private instance that neither mutates nor freezes the base or the result.
 *
 * @example
 * const base = { a: { b: 1 } };
 * const next = produce(base, (draft) => { draft.a.b = 2; });
 * [base.a.b, next.a.b, Object.isFrozen(next), Object.isFrozen(base)]
 * //=> [1, 2, false, false]
 * @category Internal
 */
export const produce: Immer["produce"] = immer.produce;
