import { existsSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { Logger } from "pino";
import type { AppEnv } from "../../app-env.ts";

/**
 * Production: serves the built SPA from `dir`. Hashed assets are cached for a year; every other
 * non-API GET gets index.html (client-side routes), never cached. Skipped (with a warning) when the
 * build is missing.
 */
export function serveSpa(app: Hono<AppEnv>, dir: string, logger: Logger): void {
  const index = path.join(dir, "index.html");
  if (!existsSync(index)) {
    logger.warn({ dir }, "SPA build not found; only the API is served");
    return;
  }
  const isApi = (p: string) => p === "/api" || p.startsWith("/api/");
  const files = serveStatic<AppEnv>({ root: dir });
  const indexHtml = serveStatic<AppEnv>({ root: dir, path: "index.html" });
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.get("*", async (c, next) => (isApi(c.req.path) ? next() : files(c, next)));
  app.get("*", async (c, next) => {
    if (isApi(c.req.path) || path.extname(c.req.path) !== "") return next();
    c.header("Cache-Control", "no-cache");
    return indexHtml(c, next);
  });
}
