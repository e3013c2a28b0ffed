import { CreatedSuccessorSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { migrationQueryKeys } from "./migration-query-keys";

/** `POST …/migration/endpoint`: creates the successor endpoint from the plan (Operator). */
export const createSuccessor = (workspace: string, name: string) =>
  api(apiPath("deployments", workspace, name, "migration", "endpoint"), {
    method: "POST",
    schema: CreatedSuccessorSchema,
  });

/** Reads the plan again afterwards (not awaited: the confirmation closes first), so it names the successor. */
export function useCreateSuccessor(workspace: string, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createSuccessor(workspace, name),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: migrationQueryKeys.plan(workspace, name) });
    },
  });
}
