import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { guard } from "./guard.ts";
import { toWireOperation } from "./wire.ts";

/** Status of an async operation (create, regenerateKeys) of this workspace. */
export function operationRoutes(ctx: EmulatorContext) {
  return new Hono<AppEnv>().get("/operations/:id", guard(ctx, "operation"), (c) => {
    const id = c.req.param("id");
    const operation = ctx.store.getOperation(id);
    if (!operation || operation.workspaceId !== c.var.workspace.id) {
      throw notFound(`Operation '${id}' was not found in workspace '${c.var.workspace.name}'.`);
    }
    return c.json(toWireOperation(operation), 200);
  });
}
