import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { afterInventorySync } from "./connection-changed";

export const INVENTORY_SYNC_PATH = "/api/inventory/sync";

/** What a sync did: workspaces and deployments listed, rows removed, workspaces that could not be listed. */
export const InventorySyncReportSchema = z.object({
  outcome: z.enum(["ran", "skipped"]),
  workspaces: z.number().int().nonnegative(),
  deployments: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  /** Names of the workspaces whose deployments could not be listed (kept as they were). */
  failed: z.array(z.string()),
});
export type InventorySyncReport = z.infer<typeof InventorySyncReportSchema>;

/** `POST /api/inventory/sync` (settings:admin): syncs the inventory now and answers its report. */
export const syncInventory = () =>
  api(INVENTORY_SYNC_PATH, { method: "POST", schema: InventorySyncReportSchema });

export function useSyncInventory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: syncInventory,
    onSuccess: () => afterInventorySync(queryClient),
  });
}
