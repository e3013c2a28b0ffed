import { planMigration } from "@keyturn/auth-domain";
import type { OnlineEndpoint } from "@keyturn/azureml-rest";
import { ApiError } from "../../errors/api-error.ts";
import { acceptedWrite } from "../../provider/accepted-write.ts";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keepEndpointRow } from "../endpoints/public.ts";
import type { createSuccessor } from "./migration.routes.ts";
import { isSuccessorOf, putBodyForPlan, successorView } from "./migration-endpoints.ts";
import { managedServiceRow, serviceFromLive } from "./migration-source.ts";

const conflict = (detail: string) => new ApiError(409, "conflict", { detail });

/**
 * POST …/migration/endpoint: the plan from a fresh read of the service (its cluster included), then
 * the endpoint of the plan's name: created by a PUT (audited; 202 while Azure still creates it after
 * KEYTURN_OPERATION_WAIT_MS) when there is none; answered as it is
 * when it was created from this plan before; refused when another endpoint holds the name.
 */
export const create: AppRouteHandler<typeof createSuccessor> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const row = await managedServiceRow(deps.database.db, workspace, name);
  const p = await getWorkspaceProvider(deps, workspace);
  const live = await providerCall(() => p.client.getService(p.ref, name));
  const plan = planMigration(serviceFromLive(row, live));
  if (!plan.definitionComplete)
    throw conflict(
      "The service names no cluster: a Kubernetes endpoint needs one attached to the workspace.",
    );
  const { endpoints } = await getEndpointProvider(deps, workspace);
  const endpointName = plan.endpoint.name;
  const existing = await providerCall(() => endpoints.getEndpoint(p.ref, endpointName)).catch(
    (err: unknown): null => {
      if (err instanceof ApiError && err.code === "not_found") return null;
      throw err;
    },
  );
  if (existing !== null) {
    if (!isSuccessorOf(existing, workspace, name))
      throw conflict(
        `An endpoint named "${endpointName}" exists and was not created from this service's plan.`,
      );
    await keepEndpointRow(c, p, existing);
    return c.json({ created: false, successor: successorView(workspace, existing) }, 200);
  }
  const body = putBodyForPlan(p, plan, live.computeName ?? null);
  const { value: endpoint, done } = await auditedCall(
    auditScope(c, {
      action: "endpoint.create",
      target: { workspace, deployment: endpointName },
      details: {
        generation: "v2",
        computeType: plan.endpoint.kind,
        authMode: plan.auth.to,
        migratedFrom: name,
      },
    }),
    () =>
      providerCall(() =>
        acceptedWrite<OnlineEndpoint>(
          () => endpoints.putEndpoint(p.ref, endpointName, body),
          () => endpoints.getEndpoint(p.ref, endpointName),
        ),
      ),
    { successDetails: ({ value }) => ({ provisioningState: value.properties.provisioningState }) },
  );
  await keepEndpointRow(c, p, endpoint);
  return c.json({ created: true, successor: successorView(workspace, endpoint) }, done ? 201 : 202);
};
