import { z } from "zod";
import { safeText, storableText } from "./safe-text.ts";

/**
 * The rules of a workspace connection an administrator enters (Settings → Workspace connections):
 * the BFF validates the request bodies with them, and the console's form checks them before sending.
 * The BFF gives these schemas their OpenAPI names by rebuilding the objects from `.shape`.
 */

/** Hosts where plain http is accepted for the ARM endpoint: this machine only (the emulator). */
export const CONNECTION_LOCAL_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

const NameSchema = safeText().trim().min(1).max(100);

/** Azure's rule for resource group and workspace names. */
export const AzureNameSchema = safeText()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/, "letters, digits, '.', '_', '-', '(' and ')'; at most 90");

const ClientIdSchema = safeText().trim().min(1).max(200);
/** A secret is kept as typed (never trimmed). */
const SecretSchema = safeText().min(1).max(1000);

/** zod runs every check even after `url()` failed: a refinement reads the address without throwing. */
function urlOf(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The ARM endpoint: https anywhere, plain http only on this machine (the emulator), and never a user
 * name or password in the address. The console sends a management token there.
 */
export const ConnectionBaseUrlSchema = storableText(z.url({ protocol: /^https?$/ }).max(500))
  .refine((value) => {
    const url = urlOf(value);
    return url === null || url.protocol === "https:" || CONNECTION_LOCAL_HOSTS.includes(url.hostname);
  }, "use https (plain http only for localhost)")
  .refine((value) => {
    const url = urlOf(value);
    return url === null || (!url.username && !url.password);
  }, "no credentials in the address");

/**
 * The credential as an administrator types it. A client secret may be left out on a change: the BFF
 * keeps the stored one for the same client id, address and authority (`secretsNeeded`), and asks for
 * it otherwise.
 */
export const CredentialInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("client_secret"),
    authority: storableText(z.url({ protocol: /^https$/ }).max(500)),
    clientId: ClientIdSchema,
    clientSecret: SecretSchema.optional(),
    reader: z.strictObject({ clientId: ClientIdSchema, clientSecret: SecretSchema.optional() }).optional(),
  }),
  z.strictObject({
    kind: z.literal("managed_identity"),
    /** Absent: the host's system-assigned identity. */
    clientId: ClientIdSchema.optional(),
    reader: z.strictObject({ clientId: ClientIdSchema }).optional(),
  }),
]);
export type CredentialInput = z.infer<typeof CredentialInputSchema>;

/** `POST /api/connections`. */
export const ConnectionBodySchema = z.strictObject({
  name: NameSchema,
  subscriptionId: z.uuid(),
  resourceGroup: AzureNameSchema,
  /** null or absent: every workspace of the resource group. */
  workspace: AzureNameSchema.nullable().optional(),
  baseUrl: ConnectionBaseUrlSchema,
  credential: CredentialInputSchema,
});
export type ConnectionBody = z.infer<typeof ConnectionBodySchema>;

/** `PUT /api/connections/{id}`: the same, the credential optional (absent: kept as stored). */
export const ConnectionUpdateSchema = ConnectionBodySchema.extend({
  credential: CredentialInputSchema.optional(),
});
export type ConnectionUpdate = z.infer<typeof ConnectionUpdateSchema>;
