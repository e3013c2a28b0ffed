import { Hono } from "hono";
import type { AppEnv } from "../../app-env.ts";

/**
 * Operations endpoints outside /api (no token; keep them off the public internet at the load
 * balancer): liveness, readiness (every registered check, the database first), Prometheus metrics.
 */
export function createSystemRouter() {
  return new Hono<AppEnv>()
    .get("/healthz", (c) => c.json({ status: "ok" as const }, 200, { "Cache-Control": "no-store" }))
    .get("/readyz", async (c) => {
      const report = await c.var.deps.readiness.run();
      return c.json(
        { status: report.ready ? ("ready" as const) : ("unavailable" as const), checks: report.checks },
        report.ready ? 200 : 503,
        { "Cache-Control": "no-store" },
      );
    })
    .get("/metrics", async (c) => {
      const { registry } = c.var.deps.metrics;
      return c.body(await registry.metrics(), 200, { "Content-Type": registry.contentType });
    });
}
