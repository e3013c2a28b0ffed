import { type CredentialName, SAMPLE_SCORING_INPUT, TEST_CALL_MAX_BODY_BYTES } from "@keyturn/api-contract";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keyValue } from "../keys/public.ts";
import { callScoringUri, type DeploymentTarget, deploymentTarget, scoringUriOf } from "../scoring/public.ts";
import { serviceToken } from "../tokens/public.ts";
import type { runTestCall } from "./test-calls.routes.ts";

export const run: AppRouteHandler<typeof runTestCall> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const request = c.req.valid("json");
  const body = request.body === undefined ? SAMPLE_SCORING_INPUT : request.body;
  const size = Buffer.byteLength(JSON.stringify(body) ?? "", "utf8");
  if (size > TEST_CALL_MAX_BODY_BYTES) {
    throw new ApiError(413, "payload_too_large", {
      detail: `The test call's body is ${size} bytes; at most ${TEST_CALL_MAX_BODY_BYTES} are sent.`,
    });
  }
  const deps = c.var.deps;
  const target = await deploymentTarget(deps, workspace, name);
  const scoringUri = scoringUriOf(target.service);
  const answer = await auditedCall(
    auditScope(c, {
      action: "test-call.run",
      target: { workspace: target.provider.name, deployment: target.service.name },
      details: { credential: request.credential, mode: target.mode },
    }),
    async () =>
      callScoringUri({
        scoringUri,
        credential: await credentialValue(deps, target, request.credential),
        body,
        region: target.provider.region,
        metrics: deps.metrics,
        signal: c.var.signal,
      }),
    { successDetails: (r) => ({ status: r.status, latencyMs: r.latencyMs }) },
  );
  return c.json(
    {
      workspace: target.provider.name,
      deployment: target.service.name,
      credential: request.credential,
      scoringUri,
      ...answer,
    },
    200,
  );
};

/** The named credential's value, for this call only (undefined: send none). */
async function credentialValue(
  deps: AppDeps,
  { provider, service }: DeploymentTarget,
  credential: CredentialName,
): Promise<string | undefined> {
  switch (credential) {
    case "primary":
      return keyValue(provider, service.name, "Primary");
    case "secondary":
      return keyValue(provider, service.name, "Secondary");
    case "token":
      return (await serviceToken(deps, provider, service.name)).token.accessToken;
    case "none":
      return undefined;
  }
}
