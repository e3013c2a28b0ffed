// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { deploymentEtag } from "./deployment-etag.ts";
export { deleteEndpointRow } from "./inventory-endpoint-rows.ts";
export { KEY_RECORD_COLUMNS, type KeyRecord, splitKeyRecords } from "./inventory-keys.ts";
export type { InventoryItem } from "./inventory-query.ts";
export { deleteInventoryRow, findInventoryRow } from "./inventory-rows.ts";
export { refreshDeploymentRow, syncInventory } from "./inventory-sync.ts";
export { refreshEndpointRow } from "./inventory-sync-endpoints.ts";
export { createInventorySync, inventorySyncSettled, syncInventorySoon } from "./inventory-sync-runner.ts";
