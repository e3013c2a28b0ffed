import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AzureErrorBodySchema,
  JSON_PATCH_CONTENT_TYPE,
  v1Paths,
  type WorkspaceRef,
} from "@keyturn/azureml-rest";
import { type DevIdp, getServicePrincipalToken, SERVICE_PRINCIPALS, startDevIdp } from "@keyturn/dev-idp";
import { expect } from "vitest";
import type { z } from "zod";
import {
  type EmulatorOptions,
  SEED_RESOURCE_GROUP,
  SEED_SUBSCRIPTION_ID,
  startEmulator,
} from "../src/index.ts";

export const WS_EASTUS: WorkspaceRef = {
  subscriptionId: SEED_SUBSCRIPTION_ID,
  resourceGroup: SEED_RESOURCE_GROUP,
  workspace: "ws-prod-eastus",
};
export const WS_WESTEUROPE: WorkspaceRef = { ...WS_EASTUS, workspace: "ws-ml-westeurope" };

export interface TestIdp extends DevIdp {
  dispose(): Promise<void>;
}

/** A real dev-idp on a random loopback port, with its own data folder. */
export async function startTestIdp(): Promise<TestIdp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-idp-"));
  const idp = await startDevIdp({ port: 0, dataDir });
  return {
    ...idp,
    dispose: async () => {
      await idp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function principalTokens(idp: DevIdp) {
  const { bff, reader } = SERVICE_PRINCIPALS;
  const [contributor, readerToken] = await Promise.all([
    getServicePrincipalToken(idp.issuer, bff.clientId, bff.defaultSecret, idp.caCertPem),
    getServicePrincipalToken(idp.issuer, reader.clientId, reader.defaultSecret, idp.caCertPem),
  ]);
  return { contributor, reader: readerToken };
}

export interface TestEmulator {
  url: string;
  dataDir: string;
  close(): Promise<void>;
  /** Closes and deletes the data folder. */
  dispose(): Promise<void>;
}

/** An emulator on a random port with a temporary data folder, trusting `idp`, fast transitions. */
export async function startTestEmulator(idp: DevIdp, options: EmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "keyturn-emulator-")));
  const emulator = await startEmulator({
    port: 0,
    idpIssuer: idp.issuer,
    idpCaPem: idp.caCertPem,
    transitionDelayMs: 20,
    regionLatencyScale: 0,
    ...options,
    dataDir,
  });
  return {
    ...emulator,
    dataDir,
    dispose: async () => {
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

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
  return {
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
}
export type ControlPlane = ReturnType<typeof controlPlane>;

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

/** An Azure error answer with this status and code. */
export async function expectError(response: Response, status: number, code: string) {
  const body = await expectBody(response, status, AzureErrorBodySchema);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
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

/** Polls an operation until it is terminal. */
export async function waitForOperation(cp: ControlPlane, url: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const op = (await (await cp.operationAt(url)).json()) as { state: string };
    if (!["Running", "NotStarted"].includes(op.state) || Date.now() > deadline) return op;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
