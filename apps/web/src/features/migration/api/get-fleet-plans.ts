import { FleetMigrationPlansSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { migrationQueryKeys } from "./migration-query-keys";

/** `GET /api/migration/plans`: every v1 service's plan in brief. */
export const getFleetPlans = (signal?: AbortSignal) =>
  api("/api/migration/plans", { schema: FleetMigrationPlansSchema, signal });

export const fleetPlansQueryOptions = () =>
  queryOptions({ queryKey: migrationQueryKeys.fleet, queryFn: ({ signal }) => getFleetPlans(signal) });

export const useFleetPlans = () => useQuery(fleetPlansQueryOptions());
