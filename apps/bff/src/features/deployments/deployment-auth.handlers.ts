import type { AuthSettingsChange } from "@keyturn/auth-domain";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { tokenCacheKey } from "../tokens/public.ts";
import { withDeploymentLock } from "./deployment-lock.ts";
import {
  checkAuthChange,
  checkDeploymentPrecondition,
  requireDeploymentIfMatch,
  settingsOf,
} from "./deployment-view.ts";
import { refreshRow } from "./deployments.handlers.ts";
import type { changeAuth } from "./deployments.routes.ts";

/**
 * PATCH …/auth: If-Match required; under the deployment's lock a fresh read, the ETag comparison, then
 * the domain rules on the fresh settings, and the audited change. The ETag comes first: a change made
 * against an old version is a conflict (412, reload) even when the new version would also refuse it.
 */
export const patchAuth: AppRouteHandler<typeof changeAuth> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const body = c.req.valid("json");
  const change: AuthSettingsChange = {
    ...(body.keyAuth === undefined ? {} : { keyAuth: body.keyAuth }),
    ...(body.tokenAuth === undefined ? {} : { tokenAuth: body.tokenAuth }),
  };
  if (body.keyAuth === undefined && body.tokenAuth === undefined) {
    throw ApiError.validation([{ path: "body", message: "set keyAuth, tokenAuth or both" }]);
  }
  const ifMatch = requireDeploymentIfMatch(c.req.header("if-match"));
  const deps = c.var.deps;
  const p = await getWorkspaceProvider(deps, workspace);

  const updated = await withDeploymentLock(deps.database, workspace, name, async () => {
    const current = await providerCall(() => p.client.getService(p.ref, name));
    checkDeploymentPrecondition(ifMatch, current);
    const before = settingsOf(current);
    const after = checkAuthChange(current.computeType, before, change);
    const details = {
      keyAuthBefore: before.keyAuth,
      tokenAuthBefore: before.tokenAuth,
      keyAuthAfter: after.keyAuth,
      tokenAuthAfter: after.tokenAuth,
    };
    return auditedCall(
      auditScope(c, {
        action: "deployment.auth-settings.change",
        target: { workspace, deployment: name },
        details,
      }),
      () =>
        providerCall(async () => {
          const outcome = await p.client.updateAuth(p.ref, name, change);
          if (outcome.state === "completed") return outcome.service;
          await p.client.waitForOperation(outcome.operation);
          return p.client.getService(p.ref, name);
        }),
    );
  });

  // A cached workspace token of the old settings must not be served, by any replica.
  await deps.secrets.tokens.drop(tokenCacheKey(workspace, name));
  const detail = await refreshRow(c, deps, p, updated);
  return c.json(detail, 200, { ETag: detail.etag });
};
