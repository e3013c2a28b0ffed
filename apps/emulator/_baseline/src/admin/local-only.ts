import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.ts";
import { EmulatorError } from "../errors.ts";

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

/**
 * The admin API has no authentication; the server listens on 127.0.0.1 only. This also turns away
 * what a web page in a local browser could send it: another origin (cross-site requests) or another
 * Host name (DNS rebinding).
 */
export function localOnly() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const host = c.req.header("host") ?? "";
    const origin = c.req.header("origin");
    const originHost = origin === undefined ? undefined : URL.parse(origin)?.host;
    if (!LOOPBACK_HOST.test(host) || (origin !== undefined && !LOOPBACK_HOST.test(originHost ?? ""))) {
      throw new EmulatorError(403, "forbidden", "The emulator's admin API answers local callers only.");
    }
    await next();
  });
}
