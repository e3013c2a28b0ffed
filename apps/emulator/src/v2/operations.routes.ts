import { type Context, Hono } from "hono";
import type { AppEnv } from "../context.ts";
import { ArmError } from "./arm-error.ts";
import { type ArmOperation, operationResultUrl } from "./operations.ts";
import type { V2Context } from "./v2-context.ts";
import { toWireEndpoint } from "./wire.ts";

/**
 * The status monitor (`Azure-AsyncOperation`: `{id, name, status, startTime, endTime?}`) and the result
 * URL (`Location`: 202 while in progress, then the result) of the v2 long-running operations. Mounted
 * at `/subscriptions/:sub/providers/Microsoft.MachineLearningServices/locations/:location`.
 */
export function operationRoutes(v2: V2Context) {
  const find = (c: Context<AppEnv>): ArmOperation => {
    const operation = v2.operations.get(c.req.param("id") ?? "");
    const sub = (c.req.param("sub") ?? "").toLowerCase();
    if (
      !operation ||
      operation.subscriptionId.toLowerCase() !== sub ||
      operation.location !== c.req.param("location")
    ) {
      throw new ArmError(404, "ResourceNotFound", `The operation '${c.req.param("id")}' was not found.`);
    }
    return operation;
  };

  return new Hono<AppEnv>()
    .get("/mfeOperationsStatus/:id", (c) => {
      const op = find(c);
      const status = {
        id: new URL(c.req.url).pathname,
        name: op.id,
        status: op.status,
        startTime: op.startTime,
        ...(op.endTime ? { endTime: op.endTime } : {}),
        ...(op.status === "Failed"
          ? { error: { code: "InternalServerError", message: "The operation failed." } }
          : {}),
      };
      if (op.status === "InProgress") c.header("Retry-After", String(v2.operations.retryAfterSeconds(op)));
      return c.json(status, 200);
    })
    .get("/mfeOperationResults/:id", (c) => {
      const op = find(c);
      if (op.status === "InProgress") {
        const location = operationResultUrl(v2.origin(c), op, c.req.query("api-version") ?? "");
        return c.body(null, 202, {
          Location: location,
          "Retry-After": String(v2.operations.retryAfterSeconds(op)),
        });
      }
      if (op.status === "Failed") throw new ArmError(500, "InternalServerError", "The operation failed.");
      if (op.result === "empty") return c.body(null, 200);
      const endpoint = v2.endpoints.get(op.endpointId);
      if (!endpoint)
        throw new ArmError(404, "ResourceNotFound", "The endpoint of this operation no longer exists.");
      return c.json(toWireEndpoint(endpoint, v2.origin(c)), 200);
    });
}
