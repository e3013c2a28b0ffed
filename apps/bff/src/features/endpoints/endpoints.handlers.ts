import type { EndpointSummary } from "@keyturn/api-contract";
import { parseEndpointAuthMode, validateEndpointAuthMode } from "@keyturn/auth-domain";
import { putBodyFrom } from "@keyturn/azureml-rest";
import { ApiError } from "../../errors/api-error.ts";
import { checkPrecondition, requireIfMatch } from "../../http/if-match.ts";
import { acceptedWrite } from "../../provider/accepted-write.ts";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { listWorkspaces } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keepEndpointRow, readEndpointKeepingRow } from "./endpoint-row.ts";
import { endpointLockName } from "./endpoint-target.ts";
import { endpointEtag, kindOf, toDetail, toSummary } from "./endpoint-view.ts";
import type { changeEndpointAuth, getEndpoint, listEndpoints } from "./endpoints.routes.ts";

const STALE = "The endpoint changed since you read it: read it again and retry.";

export const list: AppRouteHandler<typeof listEndpoints> = async (c) => {
  const deps = c.var.deps;
  const query = c.req.valid("query");
  const workspaces = (await listWorkspaces(deps)).filter(
    (w) => !query.workspace || w.name === query.workspace,
  );
  const results = await Promise.allSettled(
    workspaces.map(async (w) => {
      const provider = await getEndpointProvider(deps, w.name);
      const listing = await providerCall(() => provider.endpoints.listEndpoints(provider.ref));
      return listing.endpoints
        .map((e) => toSummary(w.name, e))
        .filter(
          (e) => (!query.kind || e.kind === query.kind) && (!query.authMode || e.authMode === query.authMode),
        );
    }),
  );
  const items: EndpointSummary[] = [];
  const unreadable: { workspace: string; code: string }[] = [];
  results.forEach((result, i) => {
    const workspace = workspaces[i]?.name ?? "";
    if (result.status === "fulfilled") items.push(...result.value);
    else {
      const code = result.reason instanceof ApiError ? result.reason.code : "internal_error";
      c.var.logger.warn({ workspace, code }, "endpoints: a workspace's endpoints could not be listed");
      unreadable.push({ workspace, code });
    }
  });
  return c.json({ items, unreadable }, 200);
};

export const get: AppRouteHandler<typeof getEndpoint> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const { provider, endpoint } = await readEndpointKeepingRow(c, workspace, name);
  const detail = toDetail(provider, endpoint);
  return c.json(detail, 200, { ETag: detail.etag });
};

/**
 * PUT …/auth: the mode is read by the domain before anything else (400), If-Match is required (428);
 * under the endpoint's lock a fresh read, the ETag comparison (412), the domain's rule for the
 * endpoint's kind (400), then the audited PUT of the whole endpoint, followed to its end (202 with the
 * endpoint as it reads when Azure still applies it after KEYTURN_OPERATION_WAIT_MS).
 */
export const putAuth: AppRouteHandler<typeof changeEndpointAuth> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const parsed = parseEndpointAuthMode(c.req.valid("json").authMode);
  if (!parsed.ok) throw new ApiError(400, parsed.error.code, { detail: parsed.error.message });
  const ifMatch = requireIfMatch(c.req.header("if-match"));
  const deps = c.var.deps;
  const provider = await getEndpointProvider(deps, workspace);

  const { value: updated, done } = await deps.secrets.keyLocks.run(
    endpointLockName(provider.name, name),
    async () => {
      const current = await providerCall(() => provider.endpoints.getEndpoint(provider.ref, name));
      checkPrecondition(ifMatch, endpointEtag(current), STALE);
      const valid = validateEndpointAuthMode(kindOf(current), parsed.value);
      if (!valid.ok) throw new ApiError(400, valid.error.code, { detail: valid.error.message });
      const details = {
        generation: "v2",
        authModeBefore: current.properties.authMode,
        authModeAfter: valid.value,
      };
      return auditedCall(
        auditScope(c, {
          action: "endpoint.auth.change",
          target: { workspace, deployment: name },
          details,
        }),
        () =>
          providerCall(() =>
            acceptedWrite(
              () =>
                provider.endpoints.putEndpoint(
                  provider.ref,
                  name,
                  putBodyFrom(current, { authMode: valid.value }),
                ),
              () => provider.endpoints.getEndpoint(provider.ref, name),
            ),
          ),
        { successDetails: ({ value }) => ({ provisioningState: value.properties.provisioningState }) },
      );
    },
  );
  await keepEndpointRow(c, provider, updated);
  const detail = toDetail(provider, updated);
  return c.json(detail, done ? 200 : 202, { ETag: detail.etag });
};
