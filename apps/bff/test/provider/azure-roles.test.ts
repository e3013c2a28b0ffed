import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { actionName, ENDPOINT_ROLES } from "../../../emulator/src/v2/rbac.ts";
import {
  actionsFor,
  bffSourceCalls,
  CALL_NEEDS,
  clientMethods,
  REQUIRED_ROLE,
  V1_AZURE_ACTIONS,
} from "../support/azure-role-actions.ts";

// docs/azure-roles/*.json, the custom roles `az role definition create --role-definition @file` takes:
// the console's identity holds exactly what the BFF's calls need, the reader identity only reads and
// gets tokens.

const ActionName = z.string().regex(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+$/, "an action name, no wildcard");
const RoleDefinitionSchema = z.strictObject({
  Name: z.string().min(1).max(128),
  IsCustom: z.literal(true),
  Description: z.string().min(1),
  Actions: z.array(ActionName).min(1),
  NotActions: z.array(z.string()).length(0),
  DataActions: z.array(ActionName),
  NotDataActions: z.array(z.string()).length(0),
  AssignableScopes: z
    .array(z.string().regex(/^\/subscriptions\/[0-9a-f-]{36}(\/resourceGroups\/[^/]+)?$/))
    .min(1),
});
type RoleDefinition = z.infer<typeof RoleDefinitionSchema>;

const rolesDir = path.resolve(import.meta.dirname, "../../../../docs/azure-roles");
const readRole = async (file: string): Promise<RoleDefinition> =>
  RoleDefinitionSchema.parse(JSON.parse(await readFile(path.join(rolesDir, file), "utf8")));
const sorted = (values: Iterable<string>) => [...values].sort();

let consoleRole: RoleDefinition;
let readerRole: RoleDefinition;
let sources: Awaited<ReturnType<typeof bffSourceCalls>>;
beforeAll(async () => {
  [consoleRole, readerRole, sources] = await Promise.all([
    readRole("keyturn-console.json"),
    readRole("keyturn-reader.json"),
    bffSourceCalls(),
  ]);
});

describe("the role definitions' shape", () => {
  it("is what az role definition create takes, without duplicates", () => {
    for (const role of [consoleRole, readerRole]) {
      expect(new Set(role.Actions).size).toBe(role.Actions.length);
      expect(new Set(role.DataActions).size).toBe(role.DataActions.length);
    }
    expect(consoleRole.Name).not.toBe(readerRole.Name);
  });
});

describe("the call → action tables cover the code", () => {
  it("classify every method of both Azure ML clients", () => {
    const { v1, v2 } = clientMethods();
    for (const method of [...v1, ...v2]) expect(Object.keys(CALL_NEEDS), method).toContain(method);
  });

  it("name Azure actions for every v1 operation the emulator guards; Reader-level ones only read", () => {
    expect(sorted(Object.keys(V1_AZURE_ACTIONS))).toEqual(sorted(Object.keys(REQUIRED_ROLE)));
    for (const [operation, role] of Object.entries(REQUIRED_ROLE)) {
      const names = V1_AZURE_ACTIONS[operation as keyof typeof REQUIRED_ROLE];
      if (role === "Reader") for (const name of names) expect(name, operation).toMatch(/\/read$/);
    }
  });
});

describe("Keyturn Console: exactly the actions of the calls the BFF makes", () => {
  it("holds every action and data action the BFF's calls need, and nothing else", () => {
    const needed = actionsFor(sources.calls);
    expect(sorted(consoleRole.Actions)).toEqual(sorted(needed.actions));
    expect(sorted(consoleRole.DataActions)).toEqual(sorted(needed.dataActions));
  });

  it("holds the v2 key, token and write actions but not delete, and of Key Vault set only", () => {
    for (const action of [
      "read",
      "write",
      "listKeys/action",
      "regenerateKeys/action",
      "token/action",
    ] as const) {
      expect(consoleRole.Actions).toContain(actionName(action));
    }
    expect(consoleRole.Actions).not.toContain(actionName("delete"));
    expect(consoleRole.DataActions).toEqual(["Microsoft.KeyVault/vaults/secrets/setSecret/action"]);
  });
});

describe("Keyturn Reader: read and token actions only", () => {
  it("holds what the reader identity's calls need and the emulator's Keyturn Endpoint Reader role", () => {
    const fromCalls = actionsFor(sources.readerCalls);
    expect(sources.readerCalls).toContain("getEndpointToken");
    const emulatorReader = ENDPOINT_ROLES["Keyturn Endpoint Reader"].map(actionName);
    expect(sorted(readerRole.Actions)).toEqual(sorted(new Set([...fromCalls.actions, ...emulatorReader])));
    expect(readerRole.DataActions).toEqual([]);
  });

  it("reads or gets tokens, nothing more, and is a part of the console's role", () => {
    for (const action of readerRole.Actions) {
      expect(action).toMatch(/\/(read|token\/action)$/);
      expect(consoleRole.Actions).toContain(action);
    }
  });
});
