import { createMiddleware } from "hono/factory";
import { ArmError } from "./arm-error.ts";

/**
 * The api-versions of `onlineEndpoints` the emulator answers: the newest stable ARM spec and the one
 * the official JS client (`@azure/arm-machinelearning` 2.x) sends by default. The answers are the
 * same for both; the newer versions only added fields the emulator does not serve.
 */
export const ONLINE_ENDPOINT_API_VERSIONS = ["2026-07-01", "2025-12-01", "2022-10-01"] as const;
export const NEWEST_API_VERSION = ONLINE_ENDPOINT_API_VERSIONS[0];

/** Refuses a missing or unknown `api-version` as ARM does (400, before anything else is looked at). */
export function requireApiVersion(resourceType: string) {
  return createMiddleware(async (c, next) => {
    const version = c.req.query("api-version");
    if (version === undefined || version === "") {
      throw new ArmError(
        400,
        "MissingApiVersionParameter",
        "The api-version query parameter (?api-version=) is required for all requests.",
      );
    }
    if (!(ONLINE_ENDPOINT_API_VERSIONS as readonly string[]).includes(version)) {
      throw new ArmError(
        400,
        "NoRegisteredProviderFound",
        `No registered resource provider found for API version '${version}' and type '${resourceType}'. The supported api-versions are '${ONLINE_ENDPOINT_API_VERSIONS.join(", ")}'.`,
      );
    }
    await next();
  });
}
