import { SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import { KEY_TYPES, toEpochSeconds } from "@keyturn/auth-domain";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keyLockName, PREVIOUS_KEY_WINDOW_MS } from "../keys/public.ts";
import type { verifyEndpointEnforcement } from "./endpoint-calls.routes.ts";
import { endpointKeyOwner } from "./endpoint-path.ts";
import { type EndpointProbe, judge, skippedCheck, standardEndpointProbes } from "./endpoint-probes.ts";
import { scoreEndpoint } from "./endpoint-scoring.ts";
import { type EndpointTarget, endpointTarget, scoringUriOf } from "./endpoint-target.ts";

const WRONG_AUDIENCE = "A real Entra token from the same tenant for another audience (Resource Manager)";
const PREVIOUS = "The key value a console regeneration replaced";

/** The wrong-audience probe: AADToken endpoints with a reader identity only (never the main identity's token). */
async function wrongAudienceProbe({ provider, endpoint }: EndpointTarget) {
  if (endpoint.properties.authMode !== "AADToken") {
    return skippedCheck(
      "wrong-audience-token",
      WRONG_AUDIENCE,
      "Only Entra-token endpoints read Entra tokens.",
    );
  }
  if (!provider.wrongAudienceToken) {
    return skippedCheck(
      "wrong-audience-token",
      WRONG_AUDIENCE,
      "The connection has no reader identity: the console does not send its main identity's token to a scoring URI.",
    );
  }
  const credential = await providerCall(provider.wrongAudienceToken);
  return {
    check: "wrong-audience-token",
    keyType: null,
    description: WRONG_AUDIENCE,
    credential,
  } as EndpointProbe;
}

async function previousKeyProbes(deps: AppDeps, { provider, endpoint }: EndpointTarget) {
  const probes: EndpointProbe[] = [];
  if (endpoint.properties.authMode === "Key") {
    for (const keyType of KEY_TYPES) {
      const name = keyLockName(provider.name, endpointKeyOwner(endpoint.name), keyType);
      const previous = await deps.secrets.previousKeys.recall(name);
      if (previous) {
        const description = `${PREVIOUS} (${keyType}, fingerprint ${previous.fingerprint})`;
        probes.push({ check: "previous-key", keyType, description, credential: previous.value });
      }
    }
  }
  if (probes.length > 0) return { probes, notRun: [] };
  const minutes = PREVIOUS_KEY_WINDOW_MS / 60_000;
  const why = `No key of this endpoint was regenerated through the console in the last ${minutes} minutes, so there is no previous value to try.`;
  return { probes, notRun: [skippedCheck("previous-key", PREVIOUS, why)] };
}

export const verify: AppRouteHandler<typeof verifyEndpointEnforcement> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const target = await endpointTarget(deps, workspace, name);
  const scoringUri = scoringUriOf(target);
  const mode = target.endpoint.properties.authMode;
  const scope = auditScope(c, {
    action: "endpoint.enforcement.verify",
    target: { workspace: target.provider.name, deployment: name },
    details: { generation: "v2", mode },
  });
  const checks = await auditedCall(
    scope,
    async () => {
      const wrong = await wrongAudienceProbe(target);
      const { probes, notRun } = await previousKeyProbes(deps, target);
      const all = [...(await standardEndpointProbes(toEpochSeconds(deps.now()))), ...probes];
      if ("credential" in wrong) all.push(wrong);
      const ran = await Promise.all(
        all.map(async (probe) => {
          try {
            const answer = await scoreEndpoint({
              scoringUri,
              credential: probe.credential,
              deployment: undefined,
              body: SAMPLE_SCORING_INPUT,
              region: target.provider.region,
              signal: c.var.signal,
            });
            return judge(probe, answer.status, mode);
          } catch (err) {
            return judge(probe, null, mode, err instanceof ApiError ? err.detail : undefined);
          }
        }),
      );
      return [...ran, ...("credential" in wrong ? [] : [wrong]), ...notRun];
    },
    {
      successDetails: (results) => ({
        passedChecks: results.filter((r) => r.outcome === "pass").length,
        failedChecks: results.filter((r) => r.outcome === "fail").length,
        skippedChecks: results.filter((r) => r.outcome === "skipped").length,
      }),
    },
  );
  const ran = checks.filter((check) => check.outcome !== "skipped");
  return c.json(
    {
      workspace: target.provider.name,
      endpoint: name,
      authMode: mode,
      passed: ran.length > 0 && ran.every((check) => check.outcome === "pass"),
      checks,
    },
    200,
  );
};
