import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The stored credential as the BFF describes it: which principal, a secret's fingerprint, never a secret. */
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
  /** The server cannot read it (wrong master key, or a kind this screen does not edit). */
  z.object({ kind: z.literal("unreadable") }),
]);
export type CredentialView = z.infer<typeof CredentialViewSchema>;

/** One connection: where the console reaches Azure ML (a resource group, or one workspace of it), and how. */
export const ConnectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  /** null: every workspace of the resource group. */
  workspace: z.string().nullable(),
  baseUrl: z.string(),
  credential: CredentialViewSchema,
  /** From the inventory's last sync. */
  workspaceCount: z.number().int().nonnegative(),
  deploymentCount: z.number().int().nonnegative(),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Sent back as `If-Match` to change or remove it. */
  etag: z.string(),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const ConnectionListSchema = z.object({ items: z.array(ConnectionSchema) });
export type ConnectionList = z.infer<typeof ConnectionListSchema>;

export const CONNECTIONS_PATH = "/api/connections";
export const connectionsQueryKey = queryKeys.connections;

/** `GET /api/connections` (settings:admin): every connection, by name. */
export const getConnections = (signal?: AbortSignal) =>
  api(CONNECTIONS_PATH, { schema: ConnectionListSchema, signal });

export const connectionsQueryOptions = () =>
  queryOptions({ queryKey: connectionsQueryKey, queryFn: ({ signal }) => getConnections(signal) });

export const useConnections = () => useQuery(connectionsQueryOptions());
