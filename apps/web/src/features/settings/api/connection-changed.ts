import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys";

/**
 * After the inventory changed: read again the connections (their counts come from it), the
 * inventory's workspaces and deployments (the inventory screen's `["workspaces", …]` and
 * `["deployments", …]`) and the posture derived from them.
 */
export function afterInventorySync(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.connections });
  void queryClient.invalidateQueries({ queryKey: queryKeys.workspaces.all });
  void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.all });
  void queryClient.invalidateQueries({ queryKey: queryKeys.posture.all });
}

/**
 * After a connection is added, changed or removed: the same. A removal takes its deployments out of
 * the inventory at once; for an added or changed connection the BFF starts a sync in the background
 * (the answer does not wait for it), so the inventory screen — stale now, read afresh when opened —
 * shows its deployments once that sync is done. "Sync inventory now" waits for a sync.
 */
export function afterConnectionChange(queryClient: QueryClient) {
  afterInventorySync(queryClient);
}

/** The key of an add or a change in flight (its dialog stays open until the answer). */
export const connectionSaveKey = ["connections", "save"] as const;
