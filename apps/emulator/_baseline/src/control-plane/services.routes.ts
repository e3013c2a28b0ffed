import {
  CreateServiceBodySchema,
  OPERATION_LOCATION_HEADER,
  type ServiceList,
  v1Paths,
} from "@keyturn/azureml-rest";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { badRequest } from "../errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { buildNewService } from "./create-service.ts";
import { guard } from "./guard.ts";
import { requireService } from "./lookup.ts";
import { recordOperation } from "./operations.ts";
import { operationLocation, toWireOperation, toWireService, workspaceRef } from "./wire.ts";

const PAGE_SIZE = 100;

/** `$skipToken` is the offset of the page, opaque to clients. */
function pageOffset(skipToken: string | undefined): number {
  if (skipToken === undefined) return 0;
  const offset = Number(Buffer.from(skipToken, "base64url").toString("utf8"));
  if (!Number.isInteger(offset) || offset < 0) throw badRequest("$skipToken is not one this service issued.");
  return offset;
}

/** List, get, create (async) and delete web services of a workspace. */
export function serviceRoutes(ctx: EmulatorContext) {
  const { store } = ctx;
  return new Hono<AppEnv>()
    .get("/services", guard(ctx, "list"), (c) => {
      const workspace = c.var.workspace;
      const all = store.listServices(workspace.id);
      const offset = pageOffset(c.req.query("$skipToken"));
      const next = offset + PAGE_SIZE;
      const token = Buffer.from(String(next)).toString("base64url");
      const body: ServiceList = {
        value: all.slice(offset, next).map((s) => toWireService(s, ctx.baseUrl())),
        nextLink:
          next < all.length
            ? `${ctx.baseUrl()}${v1Paths.services(workspaceRef(workspace))}?$skipToken=${token}`
            : null,
      };
      return c.json(body, 200);
    })
    .get("/services/:name", guard(ctx, "get"), (c) => {
      const service = requireService(store, c.var.workspace, c.req.param("name"));
      return c.json(toWireService(service, ctx.baseUrl()), 200);
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
