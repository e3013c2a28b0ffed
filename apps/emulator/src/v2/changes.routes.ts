import { Hono } from "hono";
import { every } from "hono/combine";
import { z } from "zod";
import type { AppEnv } from "../context.ts";
import { workspaceScope } from "../control-plane/workspace-scope.ts";
import { readJson } from "../http/body.ts";
import { armBadRequest } from "./arm-error.ts";
import { actorOf, requireEndpoint, requireSettled } from "./lookup.ts";
import { operationHeaders } from "./operations.ts";
import { type EndpointAction, requireAction } from "./rbac.ts";
import { endpointId } from "./seed.ts";
import type { V2Context } from "./v2-context.ts";

/** What a PATCH may carry (PartialMinimalTrackedResourceWithIdentity): tags and identity, nothing else. */
const PatchBodySchema = z.strictObject({
  tags: z.record(z.string(), z.string()).nullish(),
  identity: z.looseObject({ type: z.string().optional() }).nullish(),
});

/** PATCH (tags) and DELETE of an endpoint, both ARM long-running operations followed through `Location`. */
export function changeRoutes(v2: V2Context) {
  const guard = (action: EndpointAction) =>
    every(requireAction(v2.assignments, action), workspaceScope(v2.emu));

  return new Hono<AppEnv>()
    .patch("/:endpoint", guard("write"), async (c) => {
      const workspace = c.var.workspace;
      const endpoint = requireEndpoint(v2.endpoints, workspace, c.req.param("endpoint"));
      const body = PatchBodySchema.safeParse(await readJson(c));
      if (!body.success)
        throw armBadRequest(
          "A PATCH of an online endpoint changes only tags and identity; change authMode with a PUT of the whole resource.",
        );
      requireSettled(endpoint);
      v2.endpoints.put({
        ...endpoint,
        tags: body.data.tags ?? endpoint.tags,
        provisioningState: "Updating",
        modified: actorOf(c.var.principal),
      });
      const operation = v2.operations.start(
        { subscriptionId: workspace.subscriptionId, location: workspace.location, endpointId: endpoint.id },
        "endpoint",
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
    .delete("/:endpoint", guard("delete"), (c) => {
      const workspace = c.var.workspace;
      const existing = v2.endpoints.get(endpointId(workspace, c.req.param("endpoint")));
      // ARM: deleting what is not there (or already going) succeeds with 204.
      if (!existing || existing.provisioningState === "Deleting") return c.body(null, 204);
      requireSettled(existing);
      v2.endpoints.put({ ...existing, provisioningState: "Deleting", modified: actorOf(c.var.principal) });
      const operation = v2.operations.start(
        { subscriptionId: workspace.subscriptionId, location: workspace.location, endpointId: existing.id },
        "empty",
        () => v2.endpoints.delete(existing.id),
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
    });
}
