import { z } from "../problem-responses.ts";

/** What a sync did (inventory/inventory-sync.ts `SyncReport`). */
export const SyncReportSchema = z
  .object({
    /** `ran`; `skipped` only for a periodic run another replica held (never for this route). */
    outcome: z.enum(["ran", "skipped"]),
    /** Workspaces listed across every connection. */
    workspaces: z.number().int().min(0),
    /** Deployments listed (and written to the inventory). */
    deployments: z.number().int().min(0),
    /** Rows removed: deployments the workspaces no longer have. */
    removed: z.number().int().min(0),
    /** Workspaces whose deployments could not be listed (their rows are kept as they were), by name. */
    failed: z.array(z.string()),
  })
  .openapi("InventorySyncReport");
