import { type PosturePolicyChange, PosturePolicyViewSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import {
  POSTURE_POLICY_PATH,
  posturePolicyQueryKey,
  type VersionedPosturePolicy,
} from "./get-posture-policy";

export interface UpdatePosturePolicyInput {
  policy: PosturePolicyChange;
  /** The ETag of the policy the edit started from: missing → 428, stale → 412. */
  etag: string | undefined;
}

/** `PUT /api/policies/posture` with `If-Match` (settings:admin): the new policy and its new ETag. */
export async function updatePosturePolicy({
  policy,
  etag,
}: UpdatePosturePolicyInput): Promise<VersionedPosturePolicy> {
  const { data, etag: next } = await apiRequest(POSTURE_POLICY_PATH, {
    method: "PUT",
    body: policy,
    ifMatch: etag,
    schema: PosturePolicyViewSchema,
  });
  return { policy: data, etag: next };
}

export function useUpdatePosturePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePosturePolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(posturePolicyQueryKey, saved);
      // The posture report judges key ages by this policy (and embeds it): read it again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.posture.all });
    },
  });
}
