import { setTimeout as sleep } from "node:timers/promises";
import { checkCustomKey, normalizeKeyType } from "@keyturn/auth-domain";
import { Hono } from "hono";
import { every } from "hono/combine";
import { z } from "zod";
import type { AppEnv } from "../context.ts";
import { REGION_LATENCY_HEADER } from "../control-plane/token.routes.ts";
import { workspaceScope } from "../control-plane/workspace-scope.ts";
import { readJson } from "../http/body.ts";
import { generateServiceKey } from "../secrets/service-keys.ts";
import { issueEndpointToken } from "./aml-tokens.ts";
import { ArmError, armBadRequest } from "./arm-error.ts";
import { actorOf, requireEndpoint, requireSettled } from "./lookup.ts";
import { operationHeaders } from "./operations.ts";
import { type EndpointAction, requireAction } from "./rbac.ts";
import type { V2Context } from "./v2-context.ts";

const RegenerateBodySchema = z.looseObject({ keyType: z.string(), keyValue: z.string().nullish() });

/**
 * listKeys, regenerateKeys (long-running: the new key is in force at once, the endpoint is Updating
 * until the operation ends) and token (slower the further a Kubernetes endpoint's cluster is from the
 * workspace). Keys and tokens are answered `Cache-Control: no-store`.
 */
export function credentialRoutes(v2: V2Context) {
  const guard = (action: EndpointAction) =>
    every(requireAction(v2.assignments, action), workspaceScope(v2.emu));

  return new Hono<AppEnv>()
    .post("/:endpoint/listKeys", guard("listKeys/action"), (c) => {
      const endpoint = requireEndpoint(v2.endpoints, c.var.workspace, c.req.param("endpoint"));
      c.header("Cache-Control", "no-store");
      return c.json({ primaryKey: endpoint.primaryKey, secondaryKey: endpoint.secondaryKey }, 200);
    })
    .post("/:endpoint/regenerateKeys", guard("regenerateKeys/action"), async (c) => {
      const workspace = c.var.workspace;
      const endpoint = requireEndpoint(v2.endpoints, workspace, c.req.param("endpoint"));
      const body = RegenerateBodySchema.safeParse(await readJson(c));
      if (!body.success)
        throw armBadRequest('The body must be {"keyType": "Primary" | "Secondary", "keyValue"?: string}.');
      const keyType = normalizeKeyType(body.data.keyType);
      if (!keyType.ok) throw armBadRequest(keyType.error.message);
      let key = generateServiceKey();
      if (body.data.keyValue !== undefined && body.data.keyValue !== null) {
        const chosen = checkCustomKey(body.data.keyValue);
        if (!chosen.ok)
          throw new ArmError(400, chosen.error.code, `The chosen key is refused: ${chosen.error.message}`);
        key = chosen.value;
      }
      requireSettled(endpoint);
      v2.endpoints.put({
        ...endpoint,
        ...(keyType.value === "Primary" ? { primaryKey: key } : { secondaryKey: key }),
        provisioningState: "Updating",
        modified: actorOf(c.var.principal),
      });
      const operation = v2.operations.start(
        { subscriptionId: workspace.subscriptionId, location: workspace.location, endpointId: endpoint.id },
        "empty",
        () => {
          const current = v2.endpoints.get(endpoint.id);
          if (current?.provisioningState === "Updating")
            v2.endpoints.put({ ...current, provisioningState: "Succeeded" });
        },
      );
      const headers = operationHeaders(
        v2.origin(c),
        operation,
        c.req.query("api-version") ?? "",
        v2.operations.retryAfterSeconds(operation),
        {
          asyncOperation: true,
          location: true,
        },
      );
      return c.body(null, 202, headers);
    })
    .post("/:endpoint/token", guard("token/action"), async (c) => {
      const workspace = c.var.workspace;
      const endpoint = requireEndpoint(v2.endpoints, workspace, c.req.param("endpoint"));
      if (endpoint.authMode !== "AMLToken")
        throw armBadRequest(
          `Online endpoint '${endpoint.name}' uses ${endpoint.authMode} auth; only AMLToken endpoints give tokens.`,
        );
      // A Kubernetes endpoint runs on its cluster: the token call crosses the distance, as in v1.
      const where =
        workspace.clusters.find((cluster) => cluster.name === endpoint.cluster)?.region ?? endpoint.location;
      const latencyMs = v2.emu.regions.tokenLatencyMs(workspace.location, where);
      if (latencyMs > 0) await sleep(latencyMs);
      const { principal } = c.var;
      const token = await issueEndpointToken(
        workspace,
        endpoint,
        principal.objectId ?? principal.appId,
        v2.emu.config.tokenLifetimeSeconds,
      );
      c.header("Cache-Control", "no-store");
      c.header(REGION_LATENCY_HEADER, String(latencyMs));
      return c.json(token, 200);
    });
}
