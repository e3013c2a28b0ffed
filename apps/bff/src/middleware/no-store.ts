import type { MiddlewareHandler } from "hono";

/** Operations endpoints outside /api whose answers describe this moment of this process. */
const SYSTEM_PATHS = new Set(["/metrics", "/healthz", "/readyz"]);

export interface NoStoreOptions {
  /** Routes declared public (the OpenAPI document, the docs, the sign-in config): their own caching. */
  isPublic: (path: string) => boolean;
}

/**
 * `Cache-Control: no-store` on every answer under /api (identities, key and token metadata, the
 * inventory, the audit log: nothing a browser or a proxy may keep) and on the operations endpoints,
 * whatever the handler set. Only public routes, which hold nothing about a user, may be cached.
 */
export function noStore(options: NoStoreOptions): MiddlewareHandler {
  return async function noStore(c, next) {
    await next();
    const { path } = c.req;
    const applies = path === "/api" || path.startsWith("/api/") || SYSTEM_PATHS.has(path);
    if (applies && !options.isPublic(path)) c.res.headers.set("Cache-Control", "no-store");
  };
}
