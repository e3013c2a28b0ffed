import type { Config } from "../../env.ts";
import { ApiError } from "../../errors/api-error.ts";

/**
 * The shortest grace a person may ask for in production: callers need time to pick up the new key.
 * Shorter is for development and tests only, where a rotation is watched end to end in seconds. The
 * default grace is the governing policy's (auth-domain's `startRules`).
 */
export const MIN_ASKED_GRACE_SECONDS = 5 * 60;

/** 400 when the grace a person asked for is too short here; nothing asked is never refused. */
export function refuseShortGrace(config: Pick<Config, "mode">, asked: number | undefined): void {
  if (asked === undefined || config.mode !== "production" || asked >= MIN_ASKED_GRACE_SECONDS) return;
  throw ApiError.validation(
    [{ path: "graceSeconds", message: `at least ${MIN_ASKED_GRACE_SECONDS} seconds in production` }],
    `A grace period shorter than ${MIN_ASKED_GRACE_SECONDS} seconds is allowed in development only: callers need time to pick up the new key.`,
  );
}
