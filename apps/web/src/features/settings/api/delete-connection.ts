import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { afterConnectionChange } from "./connection-changed";

export interface DeleteConnectionInput {
  id: string;
  etag: string;
}

/** `DELETE /api/connections/{id}` with `If-Match` (204): its inventory rows go with it. */
export const deleteConnection = async ({ id, etag }: DeleteConnectionInput): Promise<void> => {
  await apiRequest(apiPath("connections", id), { method: "DELETE", ifMatch: etag });
};

export function useDeleteConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteConnection,
    onSuccess: () => afterConnectionChange(queryClient),
  });
}
