import { z } from "../problem-responses.ts";

const Name = z.string().trim().min(1).max(100);
const AzureName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/, "letters, digits, '.', '_', '-', '(' and ')'; at most 90");
const ClientId = z.string().trim().min(1).max(200);
const Secret = z.string().min(1).max(1000);

/**
 * The ARM endpoint: https anywhere, plain http only on this machine (the emulator). The console
 * sends a management token there, so no other plain-text address is accepted.
 */
export const BaseUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(500)
  // zod runs every check even after `url()` failed: read the address without throwing.
  .refine((value) => {
    const url = URL.parse(value);
    return (
      url === null || url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)
    );
  }, "use https (plain http only for localhost)")
  .refine((value) => {
    const url = URL.parse(value);
    return url === null || (!url.username && !url.password);
  }, "no credentials in the address");

/** What an administrator types; a client secret may be left out on a change to keep the stored one. */
export const CredentialInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("client_secret"),
    authority: z.url({ protocol: /^https$/ }).max(500),
    clientId: ClientId,
    clientSecret: Secret.optional(),
    reader: z.strictObject({ clientId: ClientId, clientSecret: Secret.optional() }).optional(),
  }),
  z.strictObject({
    kind: z.literal("managed_identity"),
    clientId: ClientId.optional(),
    reader: z.strictObject({ clientId: ClientId }).optional(),
  }),
]);
export type CredentialInput = z.infer<typeof CredentialInputSchema>;

export const ConnectionBodySchema = z
  .strictObject({
    name: Name,
    subscriptionId: z.uuid(),
    resourceGroup: AzureName,
    /** null or absent: every workspace of the resource group. */
    workspace: AzureName.nullable().optional(),
    baseUrl: BaseUrlSchema,
    credential: CredentialInputSchema,
  })
  .openapi("ConnectionBody");
export type ConnectionBody = z.infer<typeof ConnectionBodySchema>;

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
