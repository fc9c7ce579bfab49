/*
 * Type tests, checked by `tsc --noEmit` (tsconfig includes test/): a message table that misses a reason
 * code or a tier condition type does not compile, and reason params are typed per code. Each
 * `@ts-expect-error` fails the type check if the line below it compiles.
 */
import type { MessageTable, Reason, ReasonParamsMap } from "../../src/index.js";
import { messagesEn } from "../../src/index.js";

const { boolean_false: _dropped, ...reasonsWithoutOne } = messagesEn.reasons;
const { outcome: _droppedCondition, ...conditionsWithoutOne } = messagesEn.conditions;

// @ts-expect-error a reason code without a message
export const missingReason: MessageTable = { ...messagesEn, reasons: reasonsWithoutOne };

// @ts-expect-error a tier condition type without a message
export const missingCondition: MessageTable = { ...messagesEn, conditions: conditionsWithoutOne };

export const complete: MessageTable = { ...messagesEn, language: "fr" };

// @ts-expect-error a code outside the union
export const unknownCode: Reason = { code: "summary" };

// @ts-expect-error compare params need a comparator
export const missingParam: Reason = { code: "compare_met", params: { value: 1, target: 2 } };

export const typedParams: ReasonParamsMap["share_met"]["category"] = "recognised";
