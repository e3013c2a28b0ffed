import { RotationPreviewSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/rotation-policies/{id}/preview`: the dry run, read fresh each time the dialog opens. */
export const rotationPreviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.rotationPolicies.preview(id),
    queryFn: ({ signal }) =>
      api(apiPath("rotation-policies", id, "preview"), { schema: RotationPreviewSchema, signal }),
    staleTime: 0,
  });

export const useRotationPreview = (id: string) => useQuery(rotationPreviewQueryOptions(id));
