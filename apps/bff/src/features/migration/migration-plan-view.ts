import type { MigrationPlanView } from "@keyturn/api-contract";
import { DEPLOYMENT_HEADER, planMigration, type V1ServiceInput } from "@keyturn/auth-domain";
import type { Service } from "@keyturn/azureml-rest";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider, type WorkspaceProvider } from "../../provider/workspace-provider.ts";
import { isSuccessorOf, successorView } from "./migration-endpoints.ts";
import { managedServiceRow, serviceFromLive, serviceFromRow } from "./migration-source.ts";

export interface ServiceRead {
  input: V1ServiceInput;
  source: MigrationPlanView["source"];
  provider: WorkspaceProvider | null;
  live: Service | null;
}

/**
 * A v1 service as the plan needs it: read live when the workspace answers, else its inventory row
 * (a region down must not hide the plan). A service the workspace no longer has is 404.
 */
export async function readService(deps: AppDeps, workspace: string, name: string): Promise<ServiceRead> {
  const row = await managedServiceRow(deps.database.db, workspace, name);
  try {
    const provider = await getWorkspaceProvider(deps, workspace);
    const live = await providerCall(() => provider.client.getService(provider.ref, name));
    return { input: serviceFromLive(row, live), source: "live", provider, live };
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") throw err;
    deps.logger.warn({ err, workspace, service: name }, "migration: service read from the inventory");
    return { input: serviceFromRow(row), source: "inventory", provider: null, live: null };
  }
}

/** The plan of one service, with what callers must change and its successor once there is one. */
export async function planView(deps: AppDeps, workspace: string, name: string): Promise<MigrationPlanView> {
  const read = await readService(deps, workspace, name);
  const plan = planMigration(read.input);
  let successor: MigrationPlanView["successor"] = null;
  let successorChecked = false;
  if (read.provider !== null) {
    try {
      const p = await getEndpointProvider(deps, workspace);
      const listing = await providerCall(() => p.endpoints.listEndpoints(p.ref));
      const found = listing.endpoints.find((e) => isSuccessorOf(e, workspace, name));
      successor = found ? successorView(workspace, found) : null;
      successorChecked = true;
    } catch (err) {
      deps.logger.warn({ err, workspace, service: name }, "migration: endpoints not listed");
    }
  }
  return {
    workspace,
    service: name,
    source: read.source,
    plan,
    callers: {
      scoringUrl: {
        from: read.input.scoringUri ?? null,
        to: successor?.scoringUri ?? plan.endpoint.expectedScoringUri,
      },
      credential: { from: plan.auth.from, to: plan.auth.to },
      deploymentHeader: DEPLOYMENT_HEADER,
    },
    successor,
    successorChecked,
  };
}
