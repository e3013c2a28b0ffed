import { CreateServiceBodySchema, OPERATION_LOCATION_HEADER, v1Paths } from "@keyturn/azureml-rest";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { parseWith, readJson } from "../http/body.ts";
import { buildNewService } from "./create-service.ts";
import { guard } from "./guard.ts";
import { type ListQuery, readExpand, readListQuery } from "./list-query.ts";
import { requireService } from "./lookup.ts";
import { recordOperation } from "./operations.ts";
import { toWireService, type WireService } from "./service-wire.ts";
import { operationLocation, toWireOperation, workspaceRef } from "./wire.ts";

/** A page of services; on the last page `nextLink` is absent (Azure leaves it out, it does not write null). */
interface ServicePage {
  value: WireService[];
  nextLink?: string;
}

/** The next page's absolute URL: the same query (filter, page size, expand) from the next offset. */
function nextLinkOf(baseUrl: string, path: string, query: ListQuery, offset: number): string {
  const params: [string, string][] = [];
  if (query.computeType !== undefined) params.push(["computeType", query.computeType]);
  if (query.count !== undefined) params.push(["count", String(query.count)]);
  if (query.expand) params.push(["expand", "true"]);
  params.push(["$skipToken", Buffer.from(String(offset)).toString("base64url")]);
  // `$skipToken` written as Azure writes it (URLSearchParams would write %24skipToken).
  return `${baseUrl}${path}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
}

/** List, get, create (async) and delete web services of a workspace. */
export function serviceRoutes(ctx: EmulatorContext) {
  const { store } = ctx;
  return new Hono<AppEnv>()
    .get("/services", guard(ctx, "list"), (c) => {
      const workspace = c.var.workspace;
      const query = readListQuery((name) => c.req.query(name));
      const kind = query.computeType?.toUpperCase();
      const all = store
        .listServices(workspace.id)
        .filter((s) => kind === undefined || s.computeType === kind);
      const next = query.offset + query.pageSize;
      const body: ServicePage = {
        value: all
          .slice(query.offset, next)
          .map((s) => toWireService(s, ctx.baseUrl(), { expand: query.expand })),
      };
      if (next < all.length)
        body.nextLink = nextLinkOf(ctx.baseUrl(), v1Paths.services(workspaceRef(workspace)), query, next);
      return c.json(body, 200);
    })
    .get("/services/:name", guard(ctx, "get"), (c) => {
      const service = requireService(store, c.var.workspace, c.req.param("name"));
      const expand = readExpand(c.req.query("expand"));
      return c.json(toWireService(service, ctx.baseUrl(), { expand }), 200);
    })
    .post("/services", guard(ctx, "create"), async (c) => {
      const workspace = c.var.workspace;
      const body = parseWith(CreateServiceBodySchema, await readJson(c), "service definition");
      const service = buildNewService(store, workspace, body, ctx.config.transitionDelayMs);
      const operation = recordOperation(store, workspace, service, "Deploy", "Running");
      store.putService({ ...service, pendingOperationId: operation.id });
      ctx.transitions.arm(service.id, service.readyAt ?? Date.now());
      await store.save();
      c.header(OPERATION_LOCATION_HEADER, operationLocation(ctx.baseUrl(), workspace, operation.id));
      return c.json(toWireOperation(operation), 202);
    })
    .delete("/services/:name", guard(ctx, "delete"), async (c) => {
      const workspace = c.var.workspace;
      const service = requireService(store, workspace, c.req.param("name"));
      const pending = service.pendingOperationId ? store.getOperation(service.pendingOperationId) : undefined;
      if (pending) store.putOperation({ ...pending, state: "Cancelled", endTime: new Date().toISOString() });
      store.deleteService(service.id);
      await store.save();
      return c.body(null, 200);
    });
}
