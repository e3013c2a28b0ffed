import { type Connection, ConnectionSchema, type ConnectionUpdate } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { afterConnectionChange, connectionSaveKey } from "./connection-changed";

export interface UpdateConnectionInput {
  id: string;
  body: ConnectionUpdate;
  /** The ETag of the connection the edit started from: missing → 428, stale → 412. */
  etag: string;
}

/**
 * `PUT /api/connections/{id}` with `If-Match`. A client secret left out keeps the stored one for the
 * same client id (400 for a new one); a credential left out keeps the stored credential as it is.
 */
export const updateConnection = ({ id, body, etag }: UpdateConnectionInput): Promise<Connection> =>
  api(apiPath("connections", id), { method: "PUT", body, ifMatch: etag, schema: ConnectionSchema });

export function useUpdateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: connectionSaveKey,
    mutationFn: updateConnection,
    onSuccess: () => afterConnectionChange(queryClient),
  });
}
