import { RotationPolicyListSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

export const ROTATION_POLICIES_PATH = "/api/rotation-policies";

/** `GET /api/rotation-policies` (settings:admin): every policy by name, each with its ETag. */
export const rotationPoliciesQueryOptions = apiGetQueryOptions(
  ROTATION_POLICIES_PATH,
  RotationPolicyListSchema,
  queryKeys.rotationPolicies.list,
);
export const useRotationPolicies = () => useQuery(rotationPoliciesQueryOptions());
