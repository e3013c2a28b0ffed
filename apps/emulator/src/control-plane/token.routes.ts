import { setTimeout as sleep } from "node:timers/promises";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError } from "../errors.ts";
import { guard } from "./guard.ts";
import { requireManagedService } from "./lookup.ts";

/** Reports the distance latency a token call paid, so tests and the console can show it. */
export const REGION_LATENCY_HEADER = "x-ms-emulator-region-latency-ms";

/**
 * The token call. It runs in the workspace's region (a down region answered 503 before this), and
 * takes longer the further the service's cluster is from it (the seed's warning, made real).
 */
export function tokenRoutes(ctx: EmulatorContext) {
  return new Hono<AppEnv>().post("/services/:name/token", guard(ctx, "token"), async (c) => {
    const workspace = c.var.workspace;
    const service = requireManagedService(ctx.store, workspace, c.req.param("name"), "token");
    if (!service.aadAuthEnabled) {
      throw new EmulatorError(
        400,
        "token_auth_not_enabled",
        `Token authentication is not enabled on service '${service.name}'; it has no tokens to give.`,
      );
    }
    const latencyMs = ctx.regions.tokenLatencyMs(workspace.location, service.location);
    if (latencyMs > 0) await sleep(latencyMs);
    const { principal } = c.var;
    const token = await ctx.tokens.issue(workspace, service, principal.objectId ?? principal.appId);
    c.header("Cache-Control", "no-store");
    c.header(REGION_LATENCY_HEADER, String(latencyMs));
    // Azure answers the token call 201 Created.
    return c.json(token, 201);
  });
}
