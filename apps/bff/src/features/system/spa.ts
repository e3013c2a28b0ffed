import { existsSync } from "node:fs";
import path from "node:path";
import type { Hono } from "hono";
import type { Logger } from "pino";
import type { AppEnv } from "../../app-env.ts";
import { fileAnswer, IMMUTABLE, REVALIDATE } from "./static-file.ts";

const isApi = (p: string) => p === "/api" || p.startsWith("/api/");

/** The request path as a file name inside the build, or undefined for one that could leave it. */
function fileName(requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (/(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\|\0/.test(decoded)) return undefined;
  return decoded;
}

/**
 * Production: serves the built SPA from `dir`, each file as its brotli or gzip copy when the client
 * takes one (the build precompresses them). Hashed assets are cached for a year; every other
 * non-API GET gets index.html (client-side routes), revalidated on each use. Skipped (with a
 * warning) when the build is missing.
 */
export function serveSpa(app: Hono<AppEnv>, dir: string, logger: Logger): void {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, "index.html"))) {
    logger.warn({ dir }, "SPA build not found; only the API is served");
    return;
  }
  app.get("*", async (c, next) => {
    if (isApi(c.req.path)) return next();
    const name = fileName(c.req.path);
    if (name === undefined) return next();
    if (path.extname(name) === "")
      return (await fileAnswer(c, path.join(root, "index.html"), REVALIDATE)) ?? next();
    const file = path.join(root, name);
    if (!file.startsWith(root + path.sep)) return next();
    const cacheControl = name.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
    return (await fileAnswer(c, file, cacheControl)) ?? next();
  });
}
