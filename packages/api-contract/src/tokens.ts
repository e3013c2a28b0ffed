import { TokenStateSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";

// `POST /api/deployments/{workspace}/{name}/token` and `…/token/reveal`.

/** A workspace token as the console shows it: metadata and decoded claims, never the token itself. */
export const TokenMetadataSchema = z
  .strictObject({
    ...DeploymentRefShape,
    tokenType: z.string(),
    /** Unix epoch seconds: fetch a new token after this. */
    refreshAfter: z.number().int(),
    /** Unix epoch seconds: the token stops working. */
    expiryOn: z.number().int(),
    state: TokenStateSchema.meta({ description: "auth-domain tokenState at the time of the answer" }),
    secondsUntilRefresh: z.number().int().nonnegative(),
    secondsUntilExpiry: z.number().int().nonnegative(),
    /** The JWT's claims (decoded, not verified: the workspace verifies its own tokens); null if not a JWT. */
    claims: z.record(z.string(), z.unknown()).nullable(),
    fingerprint: z.string(),
    /** How long the token call took (the call that filled the cache, when `cached`). */
    latencyMs: z.number().nonnegative(),
    /** The workspace's region: token calls go through it. */
    region: z.string(),
    /** Served from the BFF's cache (kept until `refreshAfter`) rather than fetched now. */
    cached: z.boolean(),
    fetchedAt: z.iso.datetime(),
  })
  .meta({ id: "TokenMetadata" });
export type TokenMetadata = z.infer<typeof TokenMetadataSchema>;

/** The only answer that carries a token (step-up, audited, `Cache-Control: no-store`). */
export const TokenRevealSchema = z
  .strictObject({
    tokenType: z.string(),
    fingerprint: z.string(),
    expiryOn: z.number().int(),
    /** The token itself, in this answer only (no-store); each reveal is audited. */
    accessToken: z.string(),
  })
  .meta({ id: "TokenReveal" });
export type TokenReveal = z.infer<typeof TokenRevealSchema>;
