// The emulator read directly — never through the BFF: its admin API (/_emulator) and its Azure-ML-style
// control plane with dev-idp service-principal tokens (Contributor for keys, Reader for tokens).
import { expect } from "@playwright/test";
import { servicePrincipalToken } from "./idp-client.ts";
import { EMULATOR_URL } from "./ports.ts";

/** The seeded fleet's subscription and resource group (apps/emulator/src/state/seed.ts). */
const SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
const RESOURCE_GROUP = "keyturn-dev";
/** The newest `onlineEndpoints` api-version the emulator answers. */
const ENDPOINT_API_VERSION = "2026-07-01";
const ARM_WORKSPACES = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces`;

/** A valid scoring body for the emulated model: one row of ten features. */
export const SCORING_INPUT = { data: [[0.04, 0.05, 0.06, 0.02, -0.04, -0.03, -0.04, 0, 0.02, -0.02]] };

export interface EmulatedService {
  name: string;
  /** ACI and AKS are Keyturn's; the other kinds (AKSENDPOINT, IOT, UNKNOWN, …) are listed read-only. */
  computeType: string;
  state: string;
  authEnabled: boolean;
  /** Absent on ACI answers, as on Azure: token auth is AKS-only. */
  aadAuthEnabled?: boolean;
  scoringUri: string | null;
}

/** A v2 online endpoint as `/_emulator/online-endpoints` lists it (no keys). */
export interface EmulatedEndpoint {
  workspace: string | null;
  name: string;
  kind: string;
  authMode: string;
  provisioningState: string;
}

export interface ServiceKeys {
  primaryKey: string | null;
  secondaryKey: string | null;
}

export interface WorkspaceToken {
  accessToken: string;
  refreshAfter: number;
  expiryOn: number;
}

export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`emulator: ${what} answered ${status} ${body.slice(0, 300)}`);
  }
}

async function call(
  what: string,
  path: string,
  init: RequestInit & { principal?: "bff" | "reader" } = {},
): Promise<Response> {
  const { principal, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (principal) headers.set("authorization", `Bearer ${await servicePrincipalToken(principal)}`);
  const response = await fetch(`${EMULATOR_URL}${path}`, { ...rest, headers });
  if (!response.ok) throw new EmulatorError(response.status, await response.text(), what);
  return response;
}

const v1 = (workspace: string) => `/modelmanagement/v1.0${ARM_WORKSPACES}/${encodeURIComponent(workspace)}`;
const servicePath = (workspace: string, name: string) =>
  `${v1(workspace)}/services/${encodeURIComponent(name)}`;

export const emulator = {
  // ---- /_emulator (admin) ----
  async regionDown(region: string): Promise<void> {
    await call(`region ${region} down`, `/_emulator/regions/${region}/down`, { method: "POST" });
  },
  async regionUp(region: string): Promise<void> {
    await call(`region ${region} up`, `/_emulator/regions/${region}/up`, { method: "POST" });
  },
  async onlineEndpoints(): Promise<EmulatedEndpoint[]> {
    const response = await call("online endpoint list", "/_emulator/online-endpoints");
    return ((await response.json()) as { value: EmulatedEndpoint[] }).value;
  },
  async regionsDown(): Promise<string[]> {
    const health = await call("health", "/_emulator/health");
    return ((await health.json()) as { regionsDown: string[] }).regionsDown;
  },

  // ---- ARM and the v1 control plane ----
  async workspaces(): Promise<{ name: string; location: string }[]> {
    const response = await call("workspace list", ARM_WORKSPACES, { principal: "reader" });
    return ((await response.json()) as { value: { name: string; location: string }[] }).value;
  },
  async services(workspace: string): Promise<EmulatedService[]> {
    const all: EmulatedService[] = [];
    let next: string | null = `${v1(workspace)}/services`;
    while (next) {
      const response = await call(`services of ${workspace}`, next.replace(EMULATOR_URL, ""), {
        principal: "reader",
      });
      const page = (await response.json()) as { value: EmulatedService[]; nextLink: string | null };
      all.push(...page.value);
      next = page.nextLink;
    }
    return all;
  },
  async service(workspace: string, name: string): Promise<EmulatedService> {
    const response = await call(`service ${name}`, servicePath(workspace, name), { principal: "reader" });
    return (await response.json()) as EmulatedService;
  },
  /** Both current key values (listkeys needs Contributor: the BFF's own service principal). */
  async listKeys(workspace: string, name: string): Promise<ServiceKeys> {
    const response = await call(`listkeys ${name}`, `${servicePath(workspace, name)}/listkeys`, {
      method: "POST",
      principal: "bff",
    });
    return (await response.json()) as ServiceKeys;
  },
  /** Both current keys of a v2 online endpoint (ARM's listKeys, with the BFF's service principal). */
  async endpointKeys(workspace: string, name: string): Promise<ServiceKeys> {
    const path = `${ARM_WORKSPACES}/${encodeURIComponent(workspace)}/onlineEndpoints/${encodeURIComponent(name)}/listKeys?api-version=${ENDPOINT_API_VERSION}`;
    const response = await call(`listKeys ${name}`, path, { method: "POST", principal: "bff" });
    return (await response.json()) as ServiceKeys;
  },
  /** A fresh token for a token-auth service, as a Reader caller gets it. */
  async token(workspace: string, name: string): Promise<WorkspaceToken> {
    const response = await call(`token ${name}`, `${servicePath(workspace, name)}/token`, {
      method: "POST",
      principal: "reader",
    });
    return (await response.json()) as WorkspaceToken;
  },
  /** Sets both switches (a JSON Patch, as the BFF sends it); the domain's rules apply. */
  async setAuth(workspace: string, name: string, auth: { keyAuth: boolean; tokenAuth: boolean }) {
    // One change with both switches: the domain judges the result, so key-to-token is allowed.
    const ops = [
      { op: "replace", path: "/authEnabled", value: auth.keyAuth },
      { op: "replace", path: "/aadAuthEnabled", value: auth.tokenAuth },
    ];
    await call(`patch ${name}`, servicePath(workspace, name), {
      method: "PATCH",
      principal: "bff",
      headers: { "content-type": "application/json-patch+json" },
      body: JSON.stringify(ops),
    });
  },
  async deleteService(workspace: string, name: string): Promise<void> {
    try {
      await call(`delete ${name}`, servicePath(workspace, name), { method: "DELETE", principal: "bff" });
    } catch (error) {
      if (!(error instanceof EmulatorError && error.status === 404)) throw error;
    }
  },

  // ---- the data plane ----
  /** Calls a scoring URI directly, as a client of the model would; answers the status. */
  async score(scoringUri: string, credential?: string): Promise<number> {
    const response = await fetch(scoringUri, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      },
      body: JSON.stringify(SCORING_INPUT),
    });
    await response.arrayBuffer();
    return response.status;
  },
  async scoringUri(workspace: string, name: string): Promise<string> {
    const uri = (await this.service(workspace, name)).scoringUri;
    expect(uri, `scoring URI of ${name}`).toBeTruthy();
    return uri as string;
  },
};
