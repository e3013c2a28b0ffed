import { z } from "zod";

/**
 * The BFF's rules for a connection (apps/bff/src/routes/connections/connections.schemas.ts), kept
 * here so the form can say what is wrong before anything is sent; the BFF checks them again.
 */
const Name = z.string().trim().min(1).max(100);
/** Azure's rule for resource group and workspace names. */
const AzureName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/);
const ClientId = z.string().trim().min(1).max(200);
const Secret = z.string().min(1).max(1000);
const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
/** zod runs every check, so a refinement also sees what `z.url()` refused: read it without throwing. */
function urlOf(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The ARM endpoint gets a management token: https, or plain http only on this machine (the
 * emulator), and never a user name or password in the address.
 */
export const BaseUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((value) => {
    const url = urlOf(value);
    return url === null || url.protocol === "https:" || LOCAL_HOSTS.includes(url.hostname);
  })
  .refine((value) => !urlOf(value)?.username && !urlOf(value)?.password);

/** A client secret may be left out on a change: the BFF keeps the stored one for the same client id. */
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
    /** Absent: the host's system-assigned identity. */
    clientId: ClientId.optional(),
    reader: z.strictObject({ clientId: ClientId }).optional(),
  }),
]);
export type CredentialInput = z.infer<typeof CredentialInputSchema>;

/** `POST /api/connections`. */
export const ConnectionBodySchema = z.strictObject({
  name: Name,
  subscriptionId: z.uuid(),
  resourceGroup: AzureName,
  /** null: every workspace of the resource group. */
  workspace: AzureName.nullable().optional(),
  baseUrl: BaseUrlSchema,
  credential: CredentialInputSchema,
});
export type ConnectionBody = z.infer<typeof ConnectionBodySchema>;

/** `PUT /api/connections/{id}`: the same, the credential optional (absent: kept as stored). */
export const ConnectionUpdateSchema = ConnectionBodySchema.extend({
  credential: CredentialInputSchema.optional(),
});
export type ConnectionUpdate = z.infer<typeof ConnectionUpdateSchema>;
