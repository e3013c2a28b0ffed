import { type PosturePolicyView, PosturePolicyViewSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The policy as read, with the `ETag` header a change must send back as `If-Match`. */
export interface VersionedPosturePolicy {
  policy: PosturePolicyView;
  /** `"posture-policy-<version>"`; undefined only if something between us and the BFF dropped it. */
  etag: string | undefined;
}

export const POSTURE_POLICY_PATH = "/api/policies/posture";

export const posturePolicyQueryKey = queryKeys.policies.posture;

/** `GET /api/policies/posture`: the policy, its version, and who changed it last (null: the default). */
export async function getPosturePolicy(signal?: AbortSignal): Promise<VersionedPosturePolicy> {
  const { data, etag } = await apiRequest(POSTURE_POLICY_PATH, { schema: PosturePolicyViewSchema, signal });
  return { policy: data, etag };
}

export const posturePolicyQueryOptions = () =>
  queryOptions({
    queryKey: posturePolicyQueryKey,
    queryFn: ({ signal }) => getPosturePolicy(signal),
  });

export const usePosturePolicy = () => useQuery(posturePolicyQueryOptions());
