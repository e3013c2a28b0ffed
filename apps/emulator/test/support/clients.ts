import {
  AzureErrorBodySchema,
  JSON_PATCH_CONTENT_TYPE,
  SAMPLE_SCORING_INPUT,
  ScoringOutputSchema,
  ServiceKeysSchema,
  ServiceSchema,
  TokenResponseSchema,
  v1Paths,
  type WorkspaceRef,
} from "@keyturn/azureml-rest";
import { expect } from "vitest";
import { z } from "zod";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../../src/index.ts";

// Callers of the emulator's three HTTP surfaces (the v1 control plane, the scoring endpoints and the
// /_emulator admin API), and the assertions every test makes on their answers.

export const WS_EASTUS: WorkspaceRef = {
  subscriptionId: SEED_SUBSCRIPTION_ID,
  resourceGroup: SEED_RESOURCE_GROUP,
  workspace: "ws-prod-eastus",
};
export const WS_WESTEUROPE: WorkspaceRef = { ...WS_EASTUS, workspace: "ws-ml-westeurope" };
export const WS_JAPANEAST: WorkspaceRef = { ...WS_EASTUS, workspace: "ws-research-japaneast" };
/** southcentralus: services of the kinds Keyturn does not manage, and an ACI in westus. */
export const WS_EDGE: WorkspaceRef = { ...WS_EASTUS, workspace: "ws-edge-southcentralus" };

/** The body of a response, validated against a wire schema (and the status checked first). */
export async function expectBody<S extends z.ZodType>(
  response: Response,
  status: number,
  schema: S,
): Promise<z.infer<S>> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return schema.parse(JSON.parse(text));
}

/** Model management's error body: a top-level ModelErrorResponse, its statusCode the answer's status. */
const ModelErrorBodySchema = z.strictObject({
  code: z.string().min(1),
  statusCode: z.number().int(),
  message: z.string(),
  details: z.array(z.object({ code: z.string(), message: z.string() })),
});

/** What an error answer of the emulator said, in the shape Azure answers on `path`; else why not. */
export function readErrorBody(
  path: string,
  status: number,
  body: unknown,
): { code: string; message: string } | { problem: string } {
  const shown = JSON.stringify(body).slice(0, 160);
  if (path.startsWith("/modelmanagement/")) {
    const parsed = ModelErrorBodySchema.safeParse(body);
    if (!parsed.success) return { problem: `error body is not model management's: ${shown}` };
    if (parsed.data.statusCode !== status)
      return { problem: `statusCode ${parsed.data.statusCode} in a ${status} answer` };
    return parsed.data;
  }
  const parsed = AzureErrorBodySchema.strict().safeParse(body);
  if (!parsed.success) return { problem: `error body is not ARM's: ${shown}` };
  return parsed.data.error;
}

/**
 * An Azure error answer with this status and code, in the shape Azure answers at its URL: model
 * management's ModelErrorResponse on its routes, ARM's `{error}` elsewhere (ARM, the data plane, admin).
 */
export async function expectError(response: Response, status: number, code: string) {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  const error = readErrorBody(new URL(response.url).pathname, status, JSON.parse(text));
  if ("problem" in error) expect.fail(error.problem);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

/** A create body for an AKS service on aks-prod-eastus, `extra` fields laid over it. */
export const aksService = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  computeType: "AKS",
  computeName: "aks-prod-eastus",
  containerResourceRequirements: { cpu: 0.5, memoryInGB: 1 },
  ...extra,
});

/** A create body for an ACI service, `extra` fields laid over it. */
export const aciService = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  computeType: "ACI",
  containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
  ...extra,
});

/** One JSON Patch operation that sets an auth field. */
export const replace = (path: "/authEnabled" | "/aadAuthEnabled", value: boolean) => ({
  op: "replace",
  path,
  value,
});

/** A caller of the v1 control plane with one bearer token. */
export function controlPlane(baseUrl: string, token: string | undefined, ref: WorkspaceRef = WS_EASTUS) {
  const call = (method: string, pathname: string, body?: unknown, contentType = "application/json") =>
    fetch(`${baseUrl}${pathname}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { "content-type": contentType }),
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  const api = {
    call,
    list: () => call("GET", v1Paths.services(ref)),
    get: (name: string) => call("GET", v1Paths.service(ref, name)),
    create: (body: unknown) => call("POST", v1Paths.services(ref), body),
    remove: (name: string) => call("DELETE", v1Paths.service(ref, name)),
    patch: (name: string, body: unknown) =>
      call("PATCH", v1Paths.service(ref, name), body, JSON_PATCH_CONTENT_TYPE),
    listKeys: (name: string) => call("POST", v1Paths.listKeys(ref, name)),
    regenerate: (name: string, body: unknown) => call("POST", v1Paths.regenerateKeys(ref, name), body),
    token: (name: string) => call("POST", v1Paths.token(ref, name)),
    operation: (id: string) => call("GET", v1Paths.operation(ref, id)),
    operationAt: (url: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
  };
  return {
    ...api,
    /** The same caller on another workspace. */
    inWorkspace: (other: WorkspaceRef) => controlPlane(baseUrl, token, other),
    /** The service, answered 200. */
    service: async (name: string) => expectBody(await api.get(name), 200, ServiceSchema),
    /** The service's two keys, answered 200 (the emulator always has both). */
    keys: async (name: string) => {
      const keys = await expectBody(await api.listKeys(name), 200, ServiceKeysSchema);
      expect(keys).toEqual({ primaryKey: expect.any(String), secondaryKey: expect.any(String) });
      return keys as { primaryKey: string; secondaryKey: string };
    },
    /** A workspace token for the service, answered 201 (as Azure answers it). */
    accessToken: async (name: string) =>
      (await expectBody(await api.token(name), 201, TokenResponseSchema)).accessToken,
  };
}
export type ControlPlane = ReturnType<typeof controlPlane>;

/** Polls an operation until it is terminal. */
export async function waitForOperation(cp: ControlPlane, url: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const op = (await (await cp.operationAt(url)).json()) as { state: string };
    if (!["Running", "NotStarted"].includes(op.state) || Date.now() > deadline) return op;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Scores a service at its scoring URI with an optional bearer credential. */
export function score(scoringUri: string, credential: string | undefined, body: unknown) {
  return fetch(scoringUri, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(credential === undefined ? {} : { authorization: `Bearer ${credential}` }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** One scoring endpoint: what it answers a credential (none when undefined), with the sample input by default. */
export function scoringEndpoint(uri: string | (() => Promise<string>)) {
  const send = async (credential: string | undefined, body: unknown = SAMPLE_SCORING_INPUT) =>
    score(typeof uri === "string" ? uri : await uri(), credential, body);
  return {
    score: send,
    /** Scored: 200 with predictions. */
    accepts: async (credential: string | undefined, body?: unknown) =>
      expectBody(await send(credential, body), 200, ScoringOutputSchema),
    /** Refused with Azure's error body. */
    refuses: async (credential: string | undefined, status: number, code: string, body?: unknown) =>
      expectError(await send(credential, body), status, code),
  };
}

/** The scoring endpoint of each service of a workspace, by name (its URI asked once). */
export function scoringOf(cp: ControlPlane) {
  const uris = new Map<string, Promise<string>>();
  const uriOf = (name: string) => {
    const known = uris.get(name) ?? cp.service(name).then((service) => service.scoringUri ?? "");
    uris.set(name, known);
    return known;
  };
  return (name: string) => ({ uri: () => uriOf(name), ...scoringEndpoint(() => uriOf(name)) });
}
export type Scoring = ReturnType<typeof scoringOf>;

/** A caller of the /_emulator admin API (no Azure token). */
export function adminApi(baseUrl: string) {
  const call = (method: string, path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}/_emulator${path}`, { method, ...init });
  const json = (method: string, path: string, body: unknown) =>
    call(method, path, {
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  return {
    call,
    post: (path: string, init?: RequestInit) => call("POST", path, init),
    health: () => call("GET", "/health"),
    reset: () => call("POST", "/reset"),
    seed: (body?: unknown) => (body === undefined ? call("POST", "/seed") : json("POST", "/seed", body)),
    regions: () => call("GET", "/regions"),
    region: (region: string, state: "up" | "down") => call("POST", `/regions/${region}/${state}`),
    setFaults: (table: unknown) => json("PUT", "/faults", table),
    addWorkspace: (body: unknown) => json("POST", "/workspaces", body),
    addService: (workspace: string, body: unknown) =>
      json("POST", `/workspaces/${encodeURIComponent(workspace)}/services`, body),
    clearFaults: () => call("DELETE", "/faults"),
    fleet: (body: unknown) => json("POST", "/fleet", body),
    inFlight: () => call("GET", "/in-flight"),
    resetInFlight: () => call("DELETE", "/in-flight"),
  };
}
export type AdminApi = ReturnType<typeof adminApi>;
