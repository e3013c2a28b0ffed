import { AuthModeSchema, KeyTypeSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";

// `POST /api/deployments/{workspace}/{name}/verify-enforcement`: negative calls made by the BFF.

export const EnforcementCheckNameSchema = z.enum([
  "no-credential",
  "garbage-key",
  "forged-token",
  "previous-key",
]);
export type EnforcementCheckName = z.infer<typeof EnforcementCheckNameSchema>;

export const EnforcementCheckSchema = z
  .strictObject({
    check: EnforcementCheckNameSchema,
    keyType: KeyTypeSchema.nullable(),
    /** An English description; the console words each check itself. */
    description: z.string(),
    expected: z.literal("refused"),
    /** null when the scoring URI was not called (skipped) or could not be reached. */
    actualStatus: z.number().int().nullable(),
    outcome: z.enum(["pass", "fail", "skipped"]),
    explanation: z.string(),
  })
  .meta({ id: "EnforcementCheck" });
export type EnforcementCheck = z.infer<typeof EnforcementCheckSchema>;

export const EnforcementReportSchema = z
  .strictObject({
    ...DeploymentRefShape,
    mode: AuthModeSchema,
    /** false when authentication is off (mode none): every check fails, by design. */
    enforced: z.boolean(),
    /** Every check that ran was refused as expected. */
    passed: z.boolean(),
    checks: z.array(EnforcementCheckSchema),
  })
  .meta({ id: "EnforcementReport" });
export type EnforcementReport = z.infer<typeof EnforcementReportSchema>;
