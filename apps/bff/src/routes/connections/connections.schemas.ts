import {
  type ConnectionBody,
  ConnectionBodySchema as ConnectionBodyRules,
  ConnectionUpdateSchema as ConnectionUpdateRules,
} from "@keyturn/auth-domain";
import { z } from "../problem-responses.ts";

// The request bodies' rules live in auth-domain (connections.ts), shared with the console's form.
// Rebuilt from their shapes to get OpenAPI names (never `.openapi()` a schema imported from auth-domain).

export const ConnectionBodySchema = z.strictObject(ConnectionBodyRules.shape).openapi("ConnectionBody");
export type { ConnectionBody };

/** The same, the credential optional (absent: keep the stored credential as it is). */
export const ConnectionUpdateSchema = z.strictObject(ConnectionUpdateRules.shape).openapi("ConnectionUpdate");

/** The stored credential, described without any secret: which principal, and a secret's fingerprint. */
export const CredentialViewSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("client_secret"),
    authority: z.string(),
    clientId: z.string(),
    secretFingerprint: z.string(),
    reader: z.object({ clientId: z.string(), secretFingerprint: z.string() }).nullable(),
  }),
  z.object({
    kind: z.literal("managed_identity"),
    clientId: z.string().nullable(),
    reader: z.object({ clientId: z.string() }).nullable(),
  }),
  /** The stored credential cannot be read (wrong master key, or a kind this screen does not edit). */
  z.object({ kind: z.literal("unreadable") }),
]);

export const ConnectionViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    subscriptionId: z.string(),
    resourceGroup: z.string(),
    workspace: z.string().nullable(),
    baseUrl: z.string(),
    credential: CredentialViewSchema,
    /** Workspaces and deployments of this connection in the inventory (last sync). */
    workspaceCount: z.number().int().min(0),
    deploymentCount: z.number().int().min(0),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    /** The strong ETag to send as If-Match when changing or deleting it. */
    etag: z.string(),
  })
  .openapi("Connection");
export type ConnectionView = z.infer<typeof ConnectionViewSchema>;

export const ConnectionListSchema = z
  .object({ items: z.array(ConnectionViewSchema) })
  .openapi("ConnectionList");

export const ConnectionTestSchema = z
  .object({
    workspaces: z.array(z.object({ name: z.string(), region: z.string() })),
    durationMs: z.number().int().min(0),
  })
  .openapi("ConnectionTest");

export const ConnectionParamsSchema = z.object({ id: z.uuid() });
