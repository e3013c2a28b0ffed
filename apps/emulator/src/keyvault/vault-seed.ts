import { createHash } from "node:crypto";
import type { WorkspaceRecord } from "../state/schema.ts";
import type { VaultRecord, VaultStateFile } from "./vault-state.ts";

/** Azure's rule for vault names: 3–24 letters, digits and single hyphens, a letter first, no hyphen last. */
export const VAULT_NAME = /^(?=.{3,24}$)[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/i;

/**
 * The vault of a workspace: `kv-` and the workspace's name without its `ws-` prefix (ws-prod-eastus →
 * kv-prod-eastus), cut to Azure's 24 characters; a name that leaves too little gets a digest of it.
 */
export function vaultNameFor(workspaceName: string): string {
  const name = `kv-${workspaceName.replace(/^ws-/i, "")}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .slice(0, 24)
    .replace(/-+$/, "");
  if (VAULT_NAME.test(name)) return name;
  return `kv-${createHash("sha256").update(workspaceName).digest("hex").slice(0, 12)}`;
}

/** One empty vault per workspace, in the workspace's region. */
export function seedVaults(workspaces: readonly WorkspaceRecord[]): VaultStateFile {
  const vaults: VaultRecord[] = workspaces.map((w) => ({
    name: vaultNameFor(w.name),
    workspaceId: w.id,
    subscriptionId: w.subscriptionId,
    resourceGroup: w.resourceGroup,
    location: w.location,
    secrets: [],
  }));
  return { version: 1, vaults };
}
