import type { RotationPolicy } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

/** `DELETE /api/rotation-policies/{id}` with If-Match (204). */
export const deleteRotationPolicy = async ({
  id,
  etag,
}: Pick<RotationPolicy, "id" | "etag">): Promise<void> => {
  await apiRequest(apiPath("rotation-policies", id), { method: "DELETE", ifMatch: etag });
};

export function useDeleteRotationPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRotationPolicy,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.rotationPolicies.all }),
  });
}
