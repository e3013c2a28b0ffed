import { type Connection, type ConnectionBody, ConnectionSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { afterConnectionChange, connectionSaveKey } from "./connection-changed";
import { CONNECTIONS_PATH } from "./get-connections";

/** `POST /api/connections`: 201 with the new connection; 409 on a taken name, 400 with `errors[].path`. */
export const createConnection = (body: ConnectionBody): Promise<Connection> =>
  api(CONNECTIONS_PATH, { method: "POST", body, schema: ConnectionSchema });

export function useCreateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: connectionSaveKey,
    mutationFn: createConnection,
    onSuccess: () => afterConnectionChange(queryClient),
  });
}
