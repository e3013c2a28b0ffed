import type { MiddlewareHandler } from "hono";
import { cors as honoCors } from "hono/cors";

/**
 * CORS is closed unless origins are configured (KEYTURN_CORS_ORIGINS): the SPA is served by the BFF
 * itself in production and proxied by Vite in development, so it never needs it. Bearer tokens only,
 * no cookies: `credentials` stays off.
 */
export function corsPolicy(options: { origins: string[] }): MiddlewareHandler {
  if (options.origins.length === 0) return async (_c, next) => next();
  return honoCors({
    origin: options.origins,
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
    allowHeaders: ["Authorization", "Content-Type", "If-Match", "X-Request-Id"],
    exposeHeaders: ["ETag", "Retry-After", "WWW-Authenticate", "X-Request-Id"],
    maxAge: 600,
    credentials: false,
  });
}
