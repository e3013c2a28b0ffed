import type { Context } from "hono";
import { matchedRoutes } from "hono/route";

/**
 * The route pattern the request matched (`/api/deployments/:workspace`), for logs and metric labels,
 * even when a middleware answered first (a 401 on /api/me is labelled /api/me). Paths that matched
 * only wildcards (unknown paths, static files) are "other", keeping label cardinality bounded.
 */
export function routeLabel(c: Context): string {
  try {
    const route = matchedRoutes(c).findLast((r) => !r.path.includes("*"));
    return route?.path ?? "other";
  } catch {
    return "other";
  }
}
