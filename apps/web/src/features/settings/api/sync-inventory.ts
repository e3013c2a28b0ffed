import { InventorySyncReportSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { afterInventorySync } from "./connection-changed";

export const INVENTORY_SYNC_PATH = "/api/inventory/sync";

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
