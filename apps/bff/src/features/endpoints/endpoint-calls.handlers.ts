import {
  type EndpointCredential,
  SAMPLE_SCORING_INPUT,
  TEST_CALL_MAX_BODY_BYTES,
} from "@keyturn/api-contract";
import { secondsUntilExpiry, secondsUntilRefresh, toEpochSeconds, tokenState } from "@keyturn/auth-domain";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import type { getEndpointToken, runEndpointTestCall } from "./endpoint-calls.routes.ts";
import { endpointKeyValue } from "./endpoint-keys.ts";
import { scoreEndpoint } from "./endpoint-scoring.ts";
import { type EndpointTarget, endpointTarget, requireMode, scoringUriOf } from "./endpoint-target.ts";

/** An AML token, got by the reader identity (the least-privilege one: `read` + `token/action`). */
const amlToken = ({ provider, endpoint }: EndpointTarget) =>
  providerCall(() => provider.reader.getEndpointToken(provider.ref, endpoint.name));

export const token: AppRouteHandler<typeof getEndpointToken> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const target = await endpointTarget(deps, workspace, name);
  requireMode(target, "AMLToken", "AML tokens");
  const scope = auditScope(c, {
    action: "endpoint.token.get",
    target: { workspace: target.provider.name, deployment: name },
    details: { generation: "v2" },
  });
  const got = await auditedCall(
    scope,
    async () => {
      const t = await amlToken(target);
      return {
        tokenType: t.tokenType,
        refreshAfter: t.refreshAfterTimeUtc,
        expiryOn: t.expiryTimeUtc,
        fingerprint: fingerprint(deps.keys.pepper, t.accessToken),
      };
    },
    { successDetails: (r) => ({ fingerprint: r.fingerprint }) },
  );
  const now = toEpochSeconds(deps.now());
  return c.json(
    {
      workspace: target.provider.name,
      endpoint: name,
      ...got,
      state: tokenState(got, now),
      secondsUntilRefresh: secondsUntilRefresh(got, now),
      secondsUntilExpiry: secondsUntilExpiry(got, now),
      fetchedAt: deps.now().toISOString(),
    },
    200,
  );
};

/** The named credential's value, for this call only (undefined: send none). */
async function credentialValue(target: EndpointTarget, credential: EndpointCredential) {
  switch (credential) {
    case "primary":
      return endpointKeyValue(target, "Primary");
    case "secondary":
      return endpointKeyValue(target, "Secondary");
    case "aml-token":
      return (await amlToken(target)).accessToken;
    case "entra-token":
      return providerCall(() => target.provider.scoringToken());
    case "none":
      return undefined;
  }
}

export const testCall: AppRouteHandler<typeof runEndpointTestCall> = async (c) => {
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
  const target = await endpointTarget(deps, workspace, name);
  const scoringUri = scoringUriOf(target);
  const scope = auditScope(c, {
    action: "endpoint.test-call.run",
    target: { workspace: target.provider.name, deployment: name },
    details: {
      generation: "v2",
      credential: request.credential,
      mode: target.endpoint.properties.authMode,
      requestedDeployment: request.deployment ?? null,
    },
  });
  const answer = await auditedCall(
    scope,
    async () =>
      scoreEndpoint({
        scoringUri,
        credential: await credentialValue(target, request.credential),
        deployment: request.deployment,
        body,
        region: target.provider.region,
        metrics: deps.metrics,
        signal: c.var.signal,
      }),
    { successDetails: (r) => ({ status: r.status, latencyMs: r.latencyMs, servedBy: r.servedBy }) },
  );
  return c.json(
    {
      workspace: target.provider.name,
      endpoint: name,
      credential: request.credential,
      requestedDeployment: request.deployment ?? null,
      scoringUri,
      ...answer,
    },
    200,
  );
};
