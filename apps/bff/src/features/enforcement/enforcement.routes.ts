import { EnforcementReportSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";

export const verifyEnforcement = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/verify-enforcement`,
  tags: ["enforcement"],
  summary:
    "Negative checks against the scoring URI: no credential, a random key, a forged token, the previous key",
  description:
    "Run by the BFF; no secret is shown. The previous-key check uses the value a console regeneration " +
    "replaced, held encrypted for 15 minutes for every replica (ADR 014); otherwise it is skipped.",
  permission: "enforcement:verify",
  audit: { action: "enforcement.verify", target: deniedTarget },
  request: { params: DeploymentParamsSchema },
  responses: { 200: json("The checks and their outcomes", EnforcementReportSchema), ...PROVIDER_PROBLEMS },
});
