import { Immer } from "immer";

/*
 * A private immer instance that never freezes: the global `produce` deep-freezes its base, which would
 * freeze the caller's own objects (TOOLCHAIN.md §5), and the global setter would leak into host apps.
 */
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });

/** `produce` that neither mutates nor freezes the base or the result. */
export const produce: Immer["produce"] = immer.produce;
