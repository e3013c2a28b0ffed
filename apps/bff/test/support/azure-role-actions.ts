import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createAzureMlClient, createOnlineEndpointsClient } from "@keyturn/azureml-rest";
import { REQUIRED_ROLE, type Action as V1Action } from "../../../emulator/src/control-plane/rbac.ts";
import { SECRET_DATA_ACTIONS } from "../../../emulator/src/keyvault/vault-rbac.ts";
import { actionName, type EndpointAction } from "../../../emulator/src/v2/rbac.ts";

// What Azure RBAC must allow for the calls the BFF makes, built from the code: the clients' methods,
// the emulator's RBAC (which v1 operation needs which role, the v2 and Key Vault action names) and
// the calls found in apps/bff/src. Only the v1 names are written by hand: the emulator checks v1
// operations by role, not by action (docs/entra-id.md, "What is not confirmed").

const PROVIDER = "Microsoft.MachineLearningServices/workspaces";
const v1 = (...names: string[]) => names.map((name) => `${PROVIDER}/${name}`);

/** Azure's action names for each v1 operation the emulator guards (a service is ACI or AKS). */
export const V1_AZURE_ACTIONS: Readonly<Record<V1Action, readonly string[]>> = {
  workspaces: v1("read", "computes/read"),
  list: v1("services/read"),
  get: v1("services/read"),
  operation: v1("read"),
  // Azure: a workspace token needs only workspace read.
  token: v1("read"),
  create: v1("services/aci/write", "services/aks/write"),
  patch: v1("services/aci/write", "services/aks/write"),
  regenerateKeys: v1("services/aci/write", "services/aks/write"),
  delete: v1("services/aci/delete", "services/aks/delete"),
  listkeys: v1("services/aci/listkeys/action", "services/aks/listkeys/action"),
};

/** What each call the BFF can make needs, by the emulator's names; null: no Azure RBAC (no token sent). */
type Need =
  | { v1: V1Action[] }
  | { v2: EndpointAction[] }
  | { vault: keyof typeof SECRET_DATA_ACTIONS }
  | null;

const V1_METHODS: Readonly<Record<string, Need>> = {
  listWorkspaces: { v1: ["workspaces"] },
  listWorkspaceItems: { v1: ["workspaces"] },
  getComputeRegion: { v1: ["workspaces"] },
  listComputeItems: { v1: ["workspaces"] },
  discoverApiHost: null,
  listServices: { v1: ["list"] },
  listServiceItems: { v1: ["list"] },
  getService: { v1: ["get"] },
  createService: { v1: ["create"] },
  deleteService: { v1: ["delete"] },
  updateAuth: { v1: ["patch"] },
  updateAuthToEnd: { v1: ["patch", "operation", "get"] },
  listKeys: { v1: ["listkeys"] },
  regenerateKey: { v1: ["regenerateKeys"] },
  getToken: { v1: ["token"] },
  getOperation: { v1: ["operation"] },
  waitForOperation: { v1: ["operation"] },
};

const V2_METHODS: Readonly<Record<string, Need>> = {
  listEndpoints: { v2: ["read"] },
  getEndpoint: { v2: ["read"] },
  putEndpoint: { v2: ["write"] },
  setEndpointAuthMode: { v2: ["write"] },
  patchEndpointTags: { v2: ["write"] },
  deleteEndpoint: { v2: ["delete"] },
  listEndpointKeys: { v2: ["listKeys/action"] },
  regenerateEndpointKey: { v2: ["regenerateKeys/action"] },
  getEndpointToken: { v2: ["token/action"] },
};

/** Calls outside the two clients: an AADToken endpoint's test call, and a rotation publishing to Key Vault. */
const OTHER_CALLS: Readonly<Record<string, Need>> = {
  scoringToken: { v2: ["score/action"] },
  setSecret: { vault: "setSecret" },
};

export const CALL_NEEDS: Readonly<Record<string, Need>> = { ...V1_METHODS, ...V2_METHODS, ...OTHER_CALLS };

/** The method names of the two Azure ML clients, read off real instances. */
export function clientMethods(): { v1: string[]; v2: string[] } {
  const getAccessToken = async () => "unused";
  const v1Client = createAzureMlClient({ baseUrl: "http://127.0.0.1:9", getAccessToken });
  const v2Client = createOnlineEndpointsClient({ armBaseUrl: "http://127.0.0.1:9", getAccessToken });
  return { v1: Object.keys(v1Client).sort(), v2: Object.keys(v2Client).sort() };
}

export interface RoleActions {
  actions: Set<string>;
  dataActions: Set<string>;
}

/** The Azure actions the given calls need. */
export function actionsFor(calls: Iterable<string>): RoleActions {
  const actions = new Set<string>();
  const dataActions = new Set<string>();
  for (const call of calls) {
    const need = CALL_NEEDS[call];
    if (!need) continue;
    if ("v1" in need) for (const op of need.v1) for (const a of V1_AZURE_ACTIONS[op]) actions.add(a);
    if ("v2" in need) for (const op of need.v2) actions.add(actionName(op));
    if ("vault" in need) dataActions.add(SECRET_DATA_ACTIONS[need.vault]);
  }
  return { actions, dataActions };
}

/** Every `.name(` and `receiver.name(` call in the BFF's sources (tests left out). */
export async function bffSourceCalls(): Promise<{ calls: Set<string>; readerCalls: Set<string> }> {
  const root = path.resolve(import.meta.dirname, "../../src");
  const files = (await readdir(root, { recursive: true })).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
  );
  const calls = new Set<string>();
  const readerCalls = new Set<string>();
  for (const file of files) {
    const text = await readFile(path.join(root, file), "utf8");
    for (const match of text.matchAll(/\.(\w+)\(/g)) calls.add(match[1] as string);
    // The reader identity's clients: the v1 token client and the v2 endpoints' `reader`.
    for (const match of text.matchAll(/\b(?:tokenClient|reader)\.(\w+)\(/g))
      readerCalls.add(match[1] as string);
  }
  return { calls, readerCalls };
}

export { REQUIRED_ROLE };
