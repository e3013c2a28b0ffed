import { setTimeout as sleep } from "node:timers/promises";
import { createMiddleware } from "hono/factory";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError } from "../errors.ts";
import type { OperationName } from "../runtime/faults.ts";

/** Plays the faults set through `/_emulator/faults` for one operation: latency, then 429 or 503. */
export function injectFaults(ctx: Pick<EmulatorContext, "faults">, operation: OperationName) {
  return createMiddleware<AppEnv>(async (_c, next) => {
    const outcome = ctx.faults.decide(operation);
    if (outcome) {
      if (outcome.latencyMs > 0) await sleep(outcome.latencyMs);
      const fail = outcome.fail;
      if (fail?.status === 429) {
        throw new EmulatorError(
          429,
          "TooManyRequests",
          `Too many requests for '${operation}'; retry later.`,
          {
            "Retry-After": String(fail.retryAfterSeconds),
          },
        );
      }
      if (fail?.status === 503) {
        throw new EmulatorError(
          503,
          "ServiceUnavailable",
          `The service is temporarily unavailable ('${operation}').`,
          {
            "Retry-After": String(fail.retryAfterSeconds),
          },
        );
      }
    }
    await next();
  });
}
