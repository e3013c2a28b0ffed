import type { QueryClient } from "@tanstack/react-query";
import { connectionsQueryKey } from "./get-connections";

/**
 * After a connection is added, changed or removed: read the connections again, and everything the
 * inventory derives from them (a removal takes its deployments out of the inventory at once).
 */
export function afterConnectionChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: connectionsQueryKey });
  void queryClient.invalidateQueries({ queryKey: ["workspaces"] });
  void queryClient.invalidateQueries({ queryKey: ["deployments"] });
  void queryClient.invalidateQueries({ queryKey: ["posture"] });
}

/** The key of an add or a change in flight (its dialog stays open until the answer). */
export const connectionSaveKey = ["connections", "save"] as const;
