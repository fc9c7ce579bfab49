import { Immer } from "immer";

/*
 * A private immer instance that never freezes: the global `produce` deep-freezes its base, which would
 * freeze the caller's own objects (TOOLCHAIN.md §5), and the global setter would leak into host apps.
 */
let immer: Immer | undefined;

/* Created on first use, so a bundle that never edits does not keep immer for a module-level instance. */
function instance(): Immer {
  immer ??= new Immer({ autoFreeze: false });
  return immer;
}

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
export const produce: Immer["produce"] = ((...args: Parameters<Immer["produce"]>) =>
  instance().produce(...args)) as Immer["produce"];
