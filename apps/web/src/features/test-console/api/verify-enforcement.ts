import { AuthModeSchema, KeyTypeSchema } from "@keyturn/auth-domain";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

export const EnforcementCheckNameSchema = z.enum([
  "no-credential",
  "garbage-key",
  "forged-token",
  "previous-key",
]);
export type EnforcementCheckName = z.infer<typeof EnforcementCheckNameSchema>;

export const EnforcementCheckSchema = z.object({
  check: EnforcementCheckNameSchema,
  keyType: KeyTypeSchema.nullable(),
  /** The BFF's English description; the console words each check itself (i18n). */
  description: z.string(),
  expected: z.literal("refused"),
  /** null when the scoring URI was not called (skipped) or could not be reached. */
  actualStatus: z.number().int().nullable(),
  outcome: z.enum(["pass", "fail", "skipped"]),
  explanation: z.string(),
});
export type EnforcementCheck = z.infer<typeof EnforcementCheckSchema>;

export const EnforcementReportSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  mode: AuthModeSchema,
  /** false when authentication is off: every check fails, by design. */
  enforced: z.boolean(),
  /** Every check that ran was refused as expected. */
  passed: z.boolean(),
  checks: z.array(EnforcementCheckSchema),
});
export type EnforcementReport = z.infer<typeof EnforcementReportSchema>;

/**
 * `POST /api/deployments/{workspace}/{name}/verify-enforcement` (enforcement:verify): negative calls
 * made by the BFF — no credential, a random key, a forged token, the key a regeneration replaced.
 */
export const verifyEnforcement = (workspace: string, name: string) =>
  api(apiPath("deployments", workspace, name, "verify-enforcement"), {
    method: "POST",
    schema: EnforcementReportSchema,
  });

export const useVerifyEnforcement = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => verifyEnforcement(workspace, name) });
