import { type AuthMode, authMode } from "@keyturn/auth-domain";
import type { Service } from "@keyturn/azureml-rest";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider, type WorkspaceProvider } from "../../provider/workspace-provider.ts";

/** A deployment as the secret routes need it: its workspace's provider, the service, its auth mode. */
export interface DeploymentTarget {
  provider: WorkspaceProvider;
  service: Service;
  mode: AuthMode;
}

/** The workspace's provider and the service (404 when either is unknown; provider faults mapped). */
export async function deploymentTarget(
  deps: AppDeps,
  workspace: string,
  name: string,
): Promise<DeploymentTarget> {
  const provider = await getWorkspaceProvider(deps, workspace);
  const service = await providerCall(() => provider.client.getService(provider.ref, name));
  return {
    provider,
    service,
    mode: authMode({ keyAuth: service.authEnabled, tokenAuth: service.aadAuthEnabled }),
  };
}

/** The scoring URI, or 409 when the service has none yet (still being deployed). */
export function scoringUriOf(service: Service): string {
  if (!service.scoringUri) {
    throw new ApiError(409, "conflict", {
      detail: `The deployment "${service.name}" has no scoring URI yet (state ${service.state}).`,
    });
  }
  return service.scoringUri;
}
