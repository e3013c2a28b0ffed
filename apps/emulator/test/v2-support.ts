import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DevIdp } from "@keyturn/dev-idp";
import { Agent, fetch as undiciFetch } from "undici";
import { expect } from "vitest";
import {
  type EmulatorOptions,
  SEED_RESOURCE_GROUP,
  SEED_SUBSCRIPTION_ID,
  startEmulator,
} from "../src/index.ts";

// Callers of the v2 control plane (ARM onlineEndpoints) and of the endpoints' scoring URIs, for the
// v2 test files.

export const API_VERSION = "2026-07-01";
export const CLIENT_API_VERSION = "2022-10-01";

export const workspacePath = (workspace: string) =>
  `/subscriptions/${SEED_SUBSCRIPTION_ID}/resourceGroups/${SEED_RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
export const endpointsPath = (workspace: string, endpoint?: string) =>
  `${workspacePath(workspace)}/onlineEndpoints${endpoint === undefined ? "" : `/${endpoint}`}`;

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  url: string;
}

/** One ARM call: `path` (with its own query, if any) gets the api-version unless `apiVersion: null`. */
export async function arm(
  origin: string,
  token: string | undefined,
  method: string,
  path: string,
  options: { body?: unknown; apiVersion?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(path, origin);
  if (options.apiVersion !== null) url.searchParams.set("api-version", options.apiVersion ?? API_VERSION);
  const headers: Record<string, string> = { ...options.headers };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
    url: url.href,
  };
}

/** ARM's error body with this status and code. */
export function expectArmError(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const body = answer.body as { error?: { code?: string; message?: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error?.code).toBe(code);
  expect(body.error?.message?.length).toBeGreaterThan(0);
}

/** Polls an absolute URL (status monitor or result) until `done` says so. */
export async function pollUntil(url: string, token: string, done: (a: Answer) => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await arm(url, token, "GET", url, { apiVersion: null });
    if (done(answer)) return answer;
    if (Date.now() > deadline)
      throw new Error(`still not done: ${answer.status} ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A whole managed endpoint to PUT. */
export const managedEndpoint = (location: string, authMode: string, extra: Record<string, unknown> = {}) => ({
  location,
  tags: { owner: "tests" },
  properties: { authMode, description: "made by a test", ...extra },
});

/** The endpoint's scoring call; over HTTPS, `ca` is the certificate to trust. */
export async function scoreAt(
  scoringUri: string,
  credential: string | undefined,
  headers: Record<string, string> = {},
  ca?: string,
) {
  const dispatcher = ca === undefined ? undefined : new Agent({ connect: { ca } });
  try {
    const response = await undiciFetch(scoringUri, {
      method: "POST",
      dispatcher,
      headers: {
        "content-type": "application/json",
        ...(credential === undefined ? {} : { authorization: `Bearer ${credential}` }),
        ...headers,
      },
      body: JSON.stringify({ data: [[0.03, 0.05, 0.06, 0.02, -0.04, -0.03, -0.04, -0.002, 0.02, -0.02]] }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === "" ? undefined : (JSON.parse(text) as unknown),
    };
  } finally {
    await dispatcher?.close();
  }
}

/** dev-idp's certificate and key (its key sits beside the certificate it serves). */
export async function idpTls(idp: DevIdp) {
  const keyPem = await readFile(path.join(path.dirname(idp.caCertPath), "key.pem"), "utf8");
  return { certPem: idp.caCertPem, keyPem };
}

/** An emulator serving HTTPS too (on a free port, with dev-idp's certificate), deleted by `dispose`. */
export async function startHttpsEmulator(idp: DevIdp, options: EmulatorOptions = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-v2-"));
  const emulator = await startEmulator({
    port: 0,
    httpsPort: 0,
    tls: await idpTls(idp),
    idpIssuer: idp.issuer,
    idpCaPem: idp.caCertPem,
    transitionDelayMs: 20,
    regionLatencyScale: 0,
    dataDir,
    ...options,
  });
  const httpsUrl = emulator.httpsUrl();
  if (!httpsUrl) throw new Error("the emulator serves no HTTPS");
  return {
    url: emulator.url,
    httpsUrl,
    dispose: async () => {
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
