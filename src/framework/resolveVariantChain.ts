import { makeIssue } from "../core/issue.js";
import { resolveVariant } from "./resolveVariant.js";
import type { SafeParseFrameworkResult } from "./safeParseFramework.js";
import type { Framework, FrameworkRef, Variant } from "./schema.js";

/** A framework or a variant, as stored side by side in a registry. */
export type FrameworkOrVariant = Framework | Variant;

function isVariant(item: FrameworkOrVariant): item is Variant {
  return "operations" in item;
}

function label(ref: { readonly id: string; readonly version?: string | undefined }): string {
  return ref.version === undefined ? ref.id : `${ref.id}@${ref.version}`;
}

function failure(code: string, vi: string, en: string): SafeParseFrameworkResult {
  return {
    success: false,
    error: {
      issues: [makeIssue(code, ["variantOf"], { vi: `variantOf: ${vi}`, en: `variantOf: ${en}` })],
    },
  };
}

/**
 * Resolves a variant whose base may itself be a variant, following `variantOf` through a registry
 * down to a plain framework and applying the variants from the bottom up.
 *
 * @param item - A variant (or a framework, returned as it is).
 * @param registry - The frameworks and variants that `variantOf` may name.
 * @returns The resolved framework, or issues: `variant_cycle`, `unknown_variant_base`,
 *   `ambiguous_variant_base` (several versions match an unversioned `variantOf`), or those of `resolveVariant`.
 * @example
 * resolveVariantChain(district, [tt124, province, district]).success
 * //=> true
 * @category Framework
 */
export function resolveVariantChain(
  item: FrameworkOrVariant,
  registry: readonly FrameworkOrVariant[],
): SafeParseFrameworkResult {
  const chain: Variant[] = [];
  const seen = new Set<string>();
  let current: FrameworkOrVariant = item;
  while (isVariant(current)) {
    const key = label(current);
    if (seen.has(key)) {
      const names = [...chain.map(label), key].join(" → ");
      return failure(
        "variant_cycle",
        `chuỗi biến thể quay vòng: ${names}`,
        `the variant chain is cyclic: ${names}`,
      );
    }
    seen.add(key);
    chain.push(current);
    const wanted: FrameworkRef = current.variantOf;
    const matches = registry.filter(
      (candidate) =>
        candidate.id === wanted.id &&
        (wanted.version === undefined || candidate.version === wanted.version),
    );
    const distinct = new Set(matches.map((m) => m.version));
    if (matches.length === 0) {
      return failure(
        "unknown_variant_base",
        `không tìm thấy bộ gốc "${label(wanted)}" của "${key}"`,
        `the base "${label(wanted)}" of "${key}" is not in the registry`,
      );
    }
    if (distinct.size > 1) {
      const versions = [...distinct].sort().join(", ");
      return failure(
        "ambiguous_variant_base",
        `"${wanted.id}" có nhiều phiên bản (${versions}); ghi rõ variantOf.version`,
        `"${wanted.id}" has several versions (${versions}); give variantOf.version`,
      );
    }
    current = matches[0]!;
  }
  let result: SafeParseFrameworkResult = { success: true, data: current };
  for (let i = chain.length - 1; i >= 0 && result.success; i--) {
    result = resolveVariant(result.data, chain[i]!);
  }
  return result;
}
