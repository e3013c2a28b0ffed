import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";

/**
 * Answers 504 when a request takes longer than `ms`, and aborts `c.var.signal` so provider calls
 * given that signal stop too. Audited actions record their own `failed` outcome on abort.
 */
export function requestTimeout(options: { ms: number }): MiddlewareHandler<AppEnv> {
  return async function requestTimeout(c, next) {
    const controller = new AbortController();
    c.set("signal", controller.signal);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Settle first, so a handler that stops on abort cannot win the race with a partial answer.
        reject(
          new ApiError(504, "provider_timeout", {
            detail: `The request did not complete within ${options.ms} ms.`,
          }),
        );
        controller.abort(new Error("request timed out"));
      }, options.ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
