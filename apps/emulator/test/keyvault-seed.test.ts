import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedVaults, VAULT_NAME, vaultNameFor } from "../src/keyvault/vault-seed.ts";
import { seedWorkspaces } from "../src/state/seed.ts";

// One vault per workspace, named from it within Azure's rule for vault names.

describe("the vaults' names", () => {
  it("gives each seeded workspace its vault, in its region", () => {
    const workspaces = seedWorkspaces();
    const { vaults } = seedVaults(workspaces);
    expect(vaults.map((v) => [v.name, v.location])).toEqual([
      ["kv-prod-eastus", "eastus"],
      ["kv-ml-westeurope", "westeurope"],
      ["kv-research-japaneast", "japaneast"],
      ["kv-edge-southcentralus", "southcentralus"],
    ]);
    expect(vaults.map((v) => v.workspaceId)).toEqual(workspaces.map((w) => w.id));
    expect(vaults.every((v) => v.secrets.length === 0)).toBe(true);
  });

  it("derives a valid vault name from any workspace name Azure accepts", () => {
    const workspaceName = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/);
    fc.assert(
      fc.property(workspaceName, (name) => {
        const vault = vaultNameFor(name);
        expect(vault).toMatch(VAULT_NAME);
        expect(vaultNameFor(name)).toBe(vault);
      }),
    );
    expect(vaultNameFor("ws--")).toMatch(VAULT_NAME);
  });
});
