import { MigrationPlanViewSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { migrationQueryKeys } from "./migration-query-keys";

/** `GET /api/deployments/{workspace}/{name}/migration`: the v1 service's way to v2. */
export const getMigrationPlan = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("deployments", workspace, name, "migration"), { schema: MigrationPlanViewSchema, signal });

export const migrationPlanQueryOptions = (workspace: string, name: string) =>
  queryOptions({
    queryKey: migrationQueryKeys.plan(workspace, name),
    queryFn: ({ signal }) => getMigrationPlan(workspace, name, signal),
  });

export const useMigrationPlan = (workspace: string, name: string) =>
  useQuery(migrationPlanQueryOptions(workspace, name));
