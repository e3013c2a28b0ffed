import { ScoringInputSchema } from "@keyturn/azureml-rest";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../context.ts";
import { parseJsonText, parseWith } from "../http/body.ts";
import { readBodyText, requestHeader } from "../http/node-request.ts";
import { predictDiabetesProgression } from "../model/diabetes.ts";
import { ArmError } from "./arm-error.ts";
import { authorizeEndpointCall } from "./score-auth.ts";
import type { EndpointRecord } from "./state.ts";
import { endpointSwagger } from "./swagger.ts";
import type { V2Context } from "./v2-context.ts";
import { scoringPrefix } from "./wire.ts";

const MAX_BODY_BYTES = 1024 * 1024;
export const DEPLOYMENT_HEADER = "azureml-model-deployment";

/** The deployment a call goes to: the header's, else one drawn by the traffic split. */
export function pickDeployment(
  endpoint: Pick<EndpointRecord, "name" | "traffic">,
  requested: string | undefined,
  draw = Math.random(),
): string {
  if (requested !== undefined && requested !== "") {
    if (Object.hasOwn(endpoint.traffic, requested)) return requested;
    throw new ArmError(
      404,
      "deployment_not_found",
      `No deployment named '${requested}' behind endpoint '${endpoint.name}'.`,
    );
  }
  const entries = Object.entries(endpoint.traffic).filter(([, percent]) => percent > 0);
  let point = draw * entries.reduce((sum, [, percent]) => sum + percent, 0);
  for (const [name, percent] of entries) {
    point -= percent;
    if (point < 0) return name;
  }
  const last = entries.at(-1);
  if (!last)
    throw new ArmError(
      404,
      "no_deployment",
      `Endpoint '${endpoint.name}' sends no traffic to any deployment.`,
    );
  return last[0];
}

/** Each online endpoint's scoring URI: `/online/{endpoint}.{region}.inference.ml.azure.com/score`. */
export function endpointScoringRoutes(v2: V2Context) {
  const find = (c: Context<AppEnv>): EndpointRecord => {
    const host = c.req.param("host");
    const suffix = ".inference.ml.azure.com";
    const labels = host?.endsWith(suffix) ? host.slice(0, -suffix.length).split(".") : [];
    const [name, region] = labels;
    const endpoint =
      labels.length === 2 && name && region ? v2.endpoints.findByHost(name, region) : undefined;
    if (!endpoint || endpoint.provisioningState === "Creating" || endpoint.provisioningState === "Deleting")
      throw new ArmError(404, "not_found", `No online endpoint answers at ${host}.`);
    // Every caller of the emulator is "public": an endpoint closed to public networks refuses them.
    if (endpoint.publicNetworkAccess === "Disabled")
      throw new ArmError(
        403,
        "public_network_access_disabled",
        `Endpoint '${endpoint.name}' takes no calls from public networks.`,
      );
    return endpoint;
  };

  return new Hono<AppEnv>()
    .get("/:host/swagger.json", async (c) => {
      const endpoint = find(c);
      const workspace = v2.emu.store.getWorkspace(endpoint.workspaceId);
      if (!workspace) throw new ArmError(404, "not_found", "The endpoint's workspace is gone.");
      // As Azure's, an endpoint's swagger.json takes the same credential as its score call.
      await authorizeEndpointCall(v2, endpoint, workspace, requestHeader(c, "authorization"));
      return c.json(endpointSwagger(endpoint, `${v2.origin(c)}${scoringPrefix(endpoint)}`), 200);
    })
    .post("/:host/score", async (c) => {
      const endpoint = find(c);
      const workspace = v2.emu.store.getWorkspace(endpoint.workspaceId);
      if (!workspace) throw new ArmError(404, "not_found", "The endpoint's workspace is gone.");
      await authorizeEndpointCall(v2, endpoint, workspace, requestHeader(c, "authorization"));
      const deployment = pickDeployment(endpoint, c.req.header(DEPLOYMENT_HEADER));
      const input = parseWith(
        ScoringInputSchema,
        parseJsonText(await readBodyText(c, MAX_BODY_BYTES)),
        'scoring input (expected {"data": [[10 numbers], …]})',
      );
      return c.json(predictDiabetesProgression(input.data), 200, { [DEPLOYMENT_HEADER]: deployment });
    });
}
