import {
  ConnectionBodySchema as ConnectionBodyRules,
  ConnectionUpdateSchema as ConnectionUpdateRules,
} from "@keyturn/auth-domain";
import { z } from "zod";

// Workspace connections: `GET|POST /api/connections`, `PUT|DELETE /api/connections/{id}`, `POST …/test`.
// The request bodies' rules live in auth-domain (connections.ts), shared with the console's form.

export const ConnectionBodySchema = z.strictObject(ConnectionBodyRules.shape).meta({ id: "ConnectionBody" });
export type ConnectionBody = z.infer<typeof ConnectionBodySchema>;

/** The same, the credential optional (absent: keep the stored credential as it is). */
export const ConnectionUpdateSchema = z
  .strictObject(ConnectionUpdateRules.shape)
  .meta({ id: "ConnectionUpdate" });
export type ConnectionUpdate = z.infer<typeof ConnectionUpdateSchema>;

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
    /** null: the host's system-assigned identity. */
    clientId: z.string().nullable(),
    reader: z.object({ clientId: z.string() }).nullable(),
  }),
  /** The stored credential cannot be read (wrong master key, or a kind this screen does not edit). */
  z.object({ kind: z.literal("unreadable") }),
]);
export type CredentialView = z.infer<typeof CredentialViewSchema>;

/** One connection: where the console reaches Azure ML (a resource group, or one workspace of it), and how. */
export const ConnectionSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    subscriptionId: z.string(),
    resourceGroup: z.string(),
    /** null: every workspace of the resource group. */
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
  .meta({ id: "Connection" });
export type Connection = z.infer<typeof ConnectionSchema>;

export const ConnectionListSchema = z
  .object({ items: z.array(ConnectionSchema) })
  .meta({ id: "ConnectionList" });
export type ConnectionList = z.infer<typeof ConnectionListSchema>;

/** What the connection reaches right now with its stored credential, and how long the listing took. */
export const ConnectionTestSchema = z
  .object({
    workspaces: z.array(z.object({ name: z.string(), region: z.string() })),
    durationMs: z.number().int().min(0),
  })
  .meta({ id: "ConnectionTest" });
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;
