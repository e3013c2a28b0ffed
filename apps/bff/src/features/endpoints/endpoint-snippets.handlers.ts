import { SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import { v2Paths } from "@keyturn/azureml-rest";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { buildEndpointSnippets } from "../snippets/public.ts";
import type { getEndpointSnippets } from "./endpoint-snippets.routes.ts";
import { endpointTarget, scoringUriOf } from "./endpoint-target.ts";
import { SCORE_ACTION, toDetail } from "./endpoint-view.ts";

/** GET …/snippets: built from the endpoint as Azure shows it now; no key or token is read. */
export const snippets: AppRouteHandler<typeof getEndpointSnippets> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const { deployment = null } = c.req.valid("query");
  const target = await endpointTarget(c.var.deps, workspace, name);
  const { provider, endpoint } = target;
  const scoringUri = scoringUriOf(target);
  const { deployments } = toDetail(provider, endpoint);
  if (deployment !== null && !deployments.includes(deployment)) {
    throw ApiError.notFound(`The endpoint "${name}" has no deployment named "${deployment}".`);
  }
  const arm = provider.armBaseUrl.replace(/\/+$/, "");
  return c.json(
    {
      workspace: provider.name,
      endpoint: endpoint.name,
      authMode: endpoint.properties.authMode,
      scoringUri,
      deployment,
      deployments,
      snippets: buildEndpointSnippets({
        authMode: endpoint.properties.authMode,
        endpoint: endpoint.name,
        ...provider.ref,
        scoringUri,
        deployment,
        tokenUrl: `${arm}${v2Paths.token(provider.ref, endpoint.name)}`,
        managementScope: `${new URL(arm).origin}/.default`,
        scorePermission: SCORE_ACTION,
        input: SAMPLE_SCORING_INPUT,
      }),
    },
    200,
  );
};
