import { KeyMetadataSchema } from "@keyturn/auth-domain";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

/** A key as the BFF lists it (`KeyView`): metadata only — fingerprint, dates, who rotated it. */
export const DeploymentKeySchema = KeyMetadataSchema.extend({
  /** Whole days since the value was issued, computed by the BFF (auth-domain's `keyAgeDays`). */
  ageDays: z.number().int().nonnegative(),
  /** The service's key differs from the one the console last recorded: changed outside the console. */
  changedOutsideConsole: z.boolean(),
  /** The key breaks the key rule (auth-domain `checkCustomKey`): chosen outside the console. */
  weak: z.boolean(),
});
export type DeploymentKey = z.infer<typeof DeploymentKeySchema>;

export const DeploymentKeysSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  keys: z.array(DeploymentKeySchema),
  /** The keys' strong ETag (also the `ETag` header): sent back as `If-Match` to regenerate one. */
  etag: z.string(),
});
export type DeploymentKeys = z.infer<typeof DeploymentKeysSchema>;

export const keysQueryKey = queryKeys.deployments.keys;

/** `GET /api/deployments/{workspace}/{name}/keys` */
export const getKeys = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("deployments", workspace, name, "keys"), { schema: DeploymentKeysSchema, signal });

export const keysQueryOptions = (workspace: string, name: string) =>
  queryOptions({
    queryKey: keysQueryKey(workspace, name),
    queryFn: ({ signal }) => getKeys(workspace, name, signal),
  });

export const useKeys = (workspace: string, name: string) => useQuery(keysQueryOptions(workspace, name));
