import { SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import { v1Paths } from "@keyturn/azureml-rest";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { deploymentTarget, scoringUriOf } from "../scoring/public.ts";
import type { getSnippets } from "./snippets.routes.ts";
import { buildSnippets } from "./snippets.ts";

export const snippets: AppRouteHandler<typeof getSnippets> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const { provider, service, mode } = await deploymentTarget(deps, workspace, name);
  const scoringUri = scoringUriOf(service);
  const tokenUrl = `${provider.apiHost}${v1Paths.token(provider.ref, service.name)}`;
  return c.json(
    {
      workspace: provider.name,
      deployment: service.name,
      mode,
      scoringUri,
      tokenUrl: mode === "token" ? tokenUrl : null,
      snippets: buildSnippets({ mode, scoringUri, tokenUrl, input: SAMPLE_SCORING_INPUT }),
    },
    200,
  );
};
