import type { MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import type { AppEnv } from "../app-env.ts";
import { routeLabel } from "./route-label.ts";

/**
 * One JSON line per request, written when it ends: method, path (never the query string, which may
 * carry codes or tokens), route, status, duration, the caller's oid when known. Sets `c.var.logger`,
 * a child logger carrying the request id.
 */
export function requestLogger(options: { logger: Logger }): MiddlewareHandler<AppEnv> {
  return async function requestLogger(c, next) {
    const started = performance.now();
    const logger = options.logger.child({ requestId: c.get("requestId") });
    c.set("logger", logger);
    try {
      await next();
    } finally {
      const status = c.res.status;
      const line = {
        method: c.req.method,
        path: c.req.path,
        route: routeLabel(c),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        oid: c.get("identity")?.oid,
        userAgent: c.req.header("user-agent")?.slice(0, 200),
      };
      if (status >= 500) logger.error(line, "request");
      else logger.info(line, "request");
    }
  };
}
