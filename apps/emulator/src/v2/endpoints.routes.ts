import { ENDPOINT_NAME_RULE } from "@keyturn/auth-domain";
import { Hono } from "hono";
import { every } from "hono/combine";
import type { AppEnv } from "../context.ts";
import { workspaceScope } from "../control-plane/workspace-scope.ts";
import { readJson } from "../http/body.ts";
import { generateServiceKey } from "../secrets/service-keys.ts";
import { ArmError, armBadRequest } from "./arm-error.ts";
import { parseListQuery, selectEndpoints } from "./list-query.ts";
import { actorOf, requireEndpoint, requireSettled } from "./lookup.ts";
import { operationHeaders } from "./operations.ts";
import { checkPutBody, kindOf, PutBodySchema } from "./put-body.ts";
import { type EndpointAction, requireAction } from "./rbac.ts";
import { endpointId } from "./seed.ts";
import type { EndpointRecord } from "./state.ts";
import type { V2Context } from "./v2-context.ts";
import { toWireEndpoint } from "./wire.ts";

const parsed = <T>(
  result:
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T => {
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
  throw armBadRequest(`The request body is not a valid online endpoint: ${problems.join("; ")}.`);
};

/** List, get and create-or-replace (PUT) of `onlineEndpoints` under a workspace. */
export function endpointRoutes(v2: V2Context) {
  const guard = (action: EndpointAction) =>
    every(requireAction(v2.assignments, action), workspaceScope(v2.emu));

  return new Hono<AppEnv>()
    .get("/", guard("read"), (c) => {
      const query = parseListQuery((name) => c.req.query(name));
      const selected = selectEndpoints(v2.endpoints.list(c.var.workspace.id), query);
      const page = selected.slice(query.skip, query.skip + query.count);
      const origin = v2.origin(c);
      const body: { value: unknown[]; nextLink?: string } = {
        value: page.map((e) => toWireEndpoint(e, origin)),
      };
      if (query.skip + query.count < selected.length) {
        const next = new URL(c.req.url);
        next.searchParams.set("$skip", String(query.skip + query.count));
        body.nextLink = `${origin}${next.pathname}${next.search}`;
      }
      return c.json(body, 200);
    })
    .get("/:endpoint", guard("read"), (c) => {
      const endpoint = requireEndpoint(v2.endpoints, c.var.workspace, c.req.param("endpoint"));
      return c.json(toWireEndpoint(endpoint, v2.origin(c)), 200);
    })
    .put("/:endpoint", guard("write"), async (c) => {
      const workspace = c.var.workspace;
      const name = c.req.param("endpoint");
      if (!ENDPOINT_NAME_RULE.pattern.test(name))
        throw armBadRequest(`'${name}' is not a valid endpoint name: ${ENDPOINT_NAME_RULE.message}.`);
      const body = parsed(PutBodySchema.safeParse(await readJson(c)));
      const { kind, cluster } = kindOf(body, workspace);
      const authMode = checkPutBody(body, workspace, kind);
      const existing = v2.endpoints.get(endpointId(workspace, name));
      const actor = actorOf(c.var.principal);
      const apiVersion = c.req.query("api-version") ?? "";
      let next: EndpointRecord;
      if (existing && existing.provisioningState !== "Deleting") {
        // The body is checked first (400), then whether the endpoint can change now (409).
        if (existing.kind !== kind || existing.cluster !== cluster)
          throw armBadRequest("The compute of an online endpoint cannot be changed; create a new endpoint.");
        const traffic = body.properties.traffic ?? existing.traffic;
        const unknown = Object.keys(traffic).filter((d) => !Object.hasOwn(existing.traffic, d));
        if (unknown.length > 0)
          throw armBadRequest(`No deployment named ${unknown.join(", ")} behind endpoint '${name}'.`);
        const properties = addedProperties(existing.properties, body.properties.properties);
        requireSettled(existing);
        next = {
          ...existing,
          authMode,
          description: body.properties.description ?? null,
          tags: body.tags ?? {},
          traffic,
          publicNetworkAccess: body.properties.publicNetworkAccess ?? "Enabled",
          properties,
          provisioningState: "Updating",
          modified: actor,
        };
      } else {
        if (existing) throw new ArmError(409, "Conflict", `Online endpoint '${name}' is being deleted.`);
        const taken = v2.endpoints
          .list()
          .find((e) => e.name.toLowerCase() === name.toLowerCase() && e.location === workspace.location);
        if (taken)
          throw new ArmError(
            409,
            "Conflict",
            `The endpoint name '${name}' is already in use in ${workspace.location}.`,
          );
        next = {
          id: endpointId(workspace, name),
          workspaceId: workspace.id,
          name,
          location: workspace.location,
          kind,
          cluster,
          authMode,
          description: body.properties.description ?? null,
          tags: body.tags ?? {},
          properties: definedOnly(body.properties.properties),
          traffic: body.properties.traffic ?? { default: 100 },
          publicNetworkAccess: body.properties.publicNetworkAccess ?? "Enabled",
          provisioningState: "Creating",
          primaryKey: body.properties.keys?.primaryKey ?? generateServiceKey(),
          secondaryKey: body.properties.keys?.secondaryKey ?? generateServiceKey(),
          created: actor,
          modified: actor,
        };
      }
      v2.endpoints.put(next);
      const operation = v2.operations.start(
        { subscriptionId: workspace.subscriptionId, location: workspace.location, endpointId: next.id },
        "endpoint",
        () => settle(v2, next.id),
      );
      const origin = v2.origin(c);
      const headers = operationHeaders(
        origin,
        operation,
        apiVersion,
        v2.operations.retryAfterSeconds(operation),
        {
          asyncOperation: true,
          location: false,
        },
      );
      return c.json(toWireEndpoint(next, origin), existing ? 200 : 201, headers);
    });
}

/** The spec's rule for `properties`: they can be added, but not removed or altered. */
function addedProperties(
  current: Record<string, string>,
  sent: Record<string, string | null> | null | undefined,
): Record<string, string> {
  for (const [key, value] of Object.entries(sent ?? {})) {
    if (Object.hasOwn(current, key) && current[key] !== value)
      throw armBadRequest(
        `The property '${key}' cannot be removed or altered; properties can only be added.`,
      );
  }
  return { ...current, ...definedOnly(sent) };
}

const definedOnly = (bag: Record<string, string | null> | null | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(bag ?? {}).filter((e): e is [string, string] => e[1] !== null));

/** The end of a create or update: the endpoint settles as Succeeded (if it is still there). */
export function settle(v2: V2Context, id: string): void {
  const current = v2.endpoints.get(id);
  if (current && (current.provisioningState === "Creating" || current.provisioningState === "Updating"))
    v2.endpoints.put({ ...current, provisioningState: "Succeeded" });
}
