import { z } from "zod";

/**
 * A manifest: a JSON or YAML file pairing assessments with the frameworks they are evaluated against,
 * with an optional evaluation context per assessment. Paths are relative to the manifest's folder.
 * `fixtures/assessments/index.json` is one; `tieuchi score`, `validate` and the other commands that
 * take assessments read it (`docs/cli.md`, "Many files at once").
 *
 * ```yaml
 * # yaml-language-server: $schema=node_modules/tieuchi/schema/manifest.schema.json
 * note: Cửa Lò wards, QĐ 9745
 * assessments:
 *   - file: nghi-hai-2023-12.json
 *     framework: ../frameworks/vn-qd9745-2022-34.json
 * ```
 */
export const AssessmentManifestSchema = /* @__PURE__ */ (() =>
  z.object({
    $schema: z.string().optional(),
    note: z.string().optional(),
    assessments: z.array(
      z.strictObject({
        /** The assessment file (JSON or YAML), relative to the manifest. */
        file: z.string().min(1),
        /** The framework file (JSON or YAML), relative to the manifest. */
        framework: z.string().min(1),
        /** Repeats the assessment's own `example` flag, for readers of the manifest. */
        example: z.boolean().optional(),
        /** The `EvaluationContext` to pass to `evaluate` (outcomes of other frameworks, references…). */
        context: z.record(z.string(), z.unknown()).optional(),
        /** Where the context's values come from. */
        contextNote: z.string().optional(),
      }),
    ),
  }))();

/** A parsed manifest. */
export type AssessmentManifest = z.output<typeof AssessmentManifestSchema>;
