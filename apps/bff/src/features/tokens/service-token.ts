import { regionDisplayName } from "@keyturn/auth-domain";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { WorkspaceProvider } from "../../provider/workspace-provider.ts";
import { recordTokenLatency } from "./latency-samples.ts";
import { type CachedToken, tokenCacheKey } from "./token-cache.ts";

/**
 * A deployment's workspace token: from this process's cache while fresh, else fetched with the
 * Reader-level token client (its latency recorded under the workspace's region). The provider answers
 * 400 `token_auth_not_enabled` for a service without token auth; a down workspace region becomes a
 * 503 `workspace_region_down` explained in the seed's terms.
 */
export async function serviceToken(
  deps: AppDeps,
  provider: WorkspaceProvider,
  deployment: string,
): Promise<CachedToken> {
  const { tokens } = deps.secrets;
  return tokens.get(tokenCacheKey(provider.name, deployment), async () => {
    const started = performance.now();
    const token = await providerCall(() => provider.tokenClient.getToken(provider.ref, deployment)).catch(
      (err: unknown) => {
        throw regionDownExplained(err, provider);
      },
    );
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const fetchedAt = deps.now();
    await recordTokenLatency(deps.database.db, {
      workspace: provider.name,
      region: provider.region,
      ms: latencyMs,
      at: fetchedAt,
    }).catch((err: unknown) => deps.logger.warn({ err }, "token latency sample not recorded"));
    return { token, latencyMs, region: provider.region, fetchedAt };
  });
}

/** The seed's rule, told to the operator when the workspace's region is down. */
export function regionDownExplained(err: unknown, provider: WorkspaceProvider): unknown {
  if (!(err instanceof ApiError) || err.code !== "workspace_region_down") return err;
  const region = regionDisplayName(provider.region);
  return new ApiError(503, "workspace_region_down", {
    detail:
      `The region of workspace "${provider.name}" (${region}) is down. Tokens are fetched through the ` +
      "workspace's region, so no token can be had until it is back, even for a deployment whose cluster " +
      "runs in another region. Deployments using key authentication keep working.",
    headers: err.headers,
    cause: err,
  });
}
