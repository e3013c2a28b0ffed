import { AuthModeSchema } from "@keyturn/auth-domain";
import { defineRoute } from "../define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../deployment-path.ts";
import { z } from "../problem-responses.ts";

export const CheckResultSchema = z
  .strictObject({
    check: z.enum(["no-credential", "garbage-key", "forged-token", "previous-key"]),
    keyType: z.enum(["Primary", "Secondary"]).nullable(),
    description: z.string(),
    expected: z.literal("refused"),
    actualStatus: z.number().int().nullable(),
    outcome: z.enum(["pass", "fail", "skipped"]),
    explanation: z.string(),
  })
  .openapi("EnforcementCheck");

export const EnforcementReportSchema = z
  .strictObject({
    workspace: z.string(),
    deployment: z.string(),
    mode: z.enum(AuthModeSchema.options),
    /** false when authentication is off (mode none): every check fails, by design. */
    enforced: z.boolean(),
    /** Every check that ran was refused as expected. */
    passed: z.boolean(),
    checks: z.array(CheckResultSchema),
  })
  .openapi("EnforcementReport");

export const verifyEnforcement = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/verify-enforcement`,
  tags: ["enforcement"],
  summary:
    "Negative checks against the scoring URI: no credential, a random key, a forged token, the previous key",
  description:
    "Run by the BFF; no secret is shown. The previous-key check uses the value a console regeneration " +
    "replaced, held in this BFF process's memory (encrypted) for 15 minutes (ADR 004); otherwise it is skipped.",
  permission: "enforcement:verify",
  audit: { action: "enforcement.verify", target: deniedTarget },
  request: { params: DeploymentParamsSchema },
  responses: { 200: json("The checks and their outcomes", EnforcementReportSchema), ...PROVIDER_PROBLEMS },
});
