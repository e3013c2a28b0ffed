import { type AuthMode, authMode } from "@keyturn/auth-domain";
import type { Service } from "@keyturn/azureml-rest";
import { eq } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import { connections } from "../../db/schema.ts";
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

const AZURE_ARM = "https://management.azure.com";

/**
 * The v1 host of a workspace, where its token call lives: Azure's region host
 * (`https://<region>.api.azureml.ms`) behind ARM, else the connection's own URL (the emulator serves
 * ARM and v1 on one URL). The provider knows the exact host (from `discoveryUrl`) but does not expose it.
 */
export async function workspaceHost(deps: AppDeps, provider: WorkspaceProvider): Promise<string> {
  const [row] = await deps.database.db
    .select({ baseUrl: connections.baseUrl })
    .from(connections)
    .where(eq(connections.id, provider.connectionId));
  const base = (row?.baseUrl ?? AZURE_ARM).replace(/\/$/, "");
  return base === AZURE_ARM ? `https://${provider.region}.api.azureml.ms` : base;
}
