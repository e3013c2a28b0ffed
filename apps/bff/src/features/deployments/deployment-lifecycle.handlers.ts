import { type AuthSettingsChange, defaultAuthSettings } from "@keyturn/auth-domain";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { deleteInventoryRow } from "../inventory/public.ts";
import { tokenCacheKey } from "../tokens/public.ts";
import { waitBounded } from "./bounded-wait.ts";
import { withDeploymentLock } from "./deployment-lock.ts";
import { checkAuthChange, checkDeploymentPrecondition, requireDeploymentIfMatch } from "./deployment-view.ts";
import { refreshRow } from "./deployments.handlers.ts";
import type { createDeployment, deleteDeployment } from "./deployments.routes.ts";

const detailPath = (workspace: string, name: string) =>
  `/api/deployments/${encodeURIComponent(workspace)}/${encodeURIComponent(name)}`;

/** POST /deployments/{workspace}: auth settings are the target's defaults changed by the body, under the rules. */
export const create: AppRouteHandler<typeof createDeployment> = async (c) => {
  const { workspace } = c.req.valid("param");
  const body = c.req.valid("json");
  if (body.computeType === "AKS" && body.computeName === undefined) {
    throw ApiError.validation([{ path: "body.computeName", message: "an AKS deployment names its cluster" }]);
  }
  if (body.computeType === "ACI" && body.computeName !== undefined) {
    throw ApiError.validation([{ path: "body.computeName", message: "an ACI deployment has no cluster" }]);
  }
  const change: AuthSettingsChange = {
    ...(body.keyAuth === undefined ? {} : { keyAuth: body.keyAuth }),
    ...(body.tokenAuth === undefined ? {} : { tokenAuth: body.tokenAuth }),
  };
  const settings = checkAuthChange(body.computeType, defaultAuthSettings(body.computeType), change);
  const deps = c.var.deps;
  const p = await getWorkspaceProvider(deps, workspace);
  const target = { workspace, deployment: body.name };
  const details = { computeType: body.computeType, keyAuth: settings.keyAuth, tokenAuth: settings.tokenAuth };

  const outcome = await auditedCall(
    auditScope(c, { action: "deployment.create", target, details }),
    () =>
      providerCall(async () => {
        const pending = await p.client.createService(p.ref, {
          name: body.name,
          computeType: body.computeType,
          ...(body.computeName === undefined ? {} : { computeName: body.computeName }),
          ...(body.location === undefined ? {} : { location: body.location }),
          ...(body.description === undefined ? {} : { description: body.description }),
          containerResourceRequirements: { cpu: body.cpu, memoryInGB: body.memoryInGB },
          authEnabled: settings.keyAuth,
          aadAuthEnabled: settings.tokenAuth,
        });
        return waitBounded(p.client, pending, deps.config.provider);
      }),
    { successDetails: (r) => ({ operationState: r.done ? "Succeeded" : r.state }) },
  );
  const location = detailPath(workspace, body.name);
  if (!outcome.done) {
    const pending = { workspace, name: body.name, operationId: outcome.operationId, state: outcome.state };
    return c.json({ ...pending, deployment: location }, 202, { Location: location });
  }
  const service = await providerCall(() => p.client.getService(p.ref, body.name));
  const detail = await refreshRow(c, deps, p, service);
  return c.json(detail, 201, { ETag: detail.etag, Location: location });
};

/** DELETE …: If-Match required, compared under the deployment's lock against a fresh read. */
export const remove: AppRouteHandler<typeof deleteDeployment> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const ifMatch = requireDeploymentIfMatch(c.req.header("if-match"));
  const deps = c.var.deps;
  const p = await getWorkspaceProvider(deps, workspace);
  const outcome = await withDeploymentLock(deps.database, workspace, name, async () => {
    const current = await providerCall(() => p.client.getService(p.ref, name));
    checkDeploymentPrecondition(ifMatch, current);
    return auditedCall(
      auditScope(c, {
        action: "deployment.delete",
        target: { workspace, deployment: name },
        details: { computeType: current.computeType },
      }),
      () =>
        providerCall(async () =>
          waitBounded(p.client, await p.client.deleteService(p.ref, name), deps.config.provider),
        ),
      { successDetails: (r) => ({ operationState: r.done ? "Succeeded" : r.state }) },
    );
  });
  if (!outcome.done) {
    const location = detailPath(workspace, name);
    return c.json(
      { workspace, name, operationId: outcome.operationId, state: outcome.state, deployment: location },
      202,
    );
  }
  await deps.secrets.tokens.drop(tokenCacheKey(workspace, name));
  await deleteInventoryRow(deps.database.db, workspace, name);
  return c.body(null, 204);
};
