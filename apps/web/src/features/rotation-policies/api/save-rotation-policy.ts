import { type RotationPolicy, type RotationPolicyBody, RotationPolicySchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";
import { ROTATION_POLICIES_PATH } from "./get-rotation-policies";

export interface SavePolicyInput {
  body: RotationPolicyBody;
  /** The policy being edited (its id and ETag for If-Match); none to add one. */
  current?: Pick<RotationPolicy, "id" | "etag">;
}

/**
 * `POST /api/rotation-policies` (201) or `PUT /api/rotation-policies/{id}` with If-Match (200); 409 when
 * the name or the exact scope is taken, 412 when the policy changed since it was read.
 */
export const saveRotationPolicy = ({ body, current }: SavePolicyInput): Promise<RotationPolicy> =>
  current
    ? api(apiPath("rotation-policies", current.id), {
        method: "PUT",
        body,
        ifMatch: current.etag,
        schema: RotationPolicySchema,
      })
    : api(ROTATION_POLICIES_PATH, { method: "POST", body, schema: RotationPolicySchema });

export function useSaveRotationPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRotationPolicy,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.rotationPolicies.all }),
  });
}
