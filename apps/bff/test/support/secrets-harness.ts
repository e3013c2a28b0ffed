import type { WorkspaceRef } from "@keyturn/azureml-rest";
import { API_AUDIENCE, signInAs } from "@keyturn/dev-idp";
import { type EmulatorOptions, SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "@keyturn/emulator";
import { afterAll, beforeAll } from "vitest";
import { createRemoteKeys } from "../../src/auth/jwks.ts";
import { createTokenVerifier } from "../../src/auth/token-verifier.ts";
import type { AppType } from "../../src/client-types.ts";
import { fingerprint } from "../../src/crypto/fingerprint.ts";
import { createIssuerFetch } from "../../src/http/issuer-fetch.ts";
import { type DbKind, openTestDatabase } from "./databases.ts";
import { startProviderFixture } from "./provider-fixture.ts";
import { createTestApp, TEST_PEPPER } from "./test-app.ts";
import { typedClient } from "./typed-client.ts";

export type Who = "operator" | "support" | "lead" | "admin" | "norole";
/** Who calls: a persona, a raw access token, or nobody. */
export type Caller = Who | { token: string } | null;

export const wsRef = (workspace: string): WorkspaceRef => ({
  subscriptionId: SEED_SUBSCRIPTION_ID,
  resourceGroup: SEED_RESOURCE_GROUP,
  workspace,
});

export interface Captured {
  label: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The secret routes end to end: a real dev-idp (operators sign in through it; the BFF's service
 * principals), a real emulator (the seeded fleet), the BFF app in process on PGlite or PostgreSQL with
 * the emulator as its connection. Every answer the BFF gives through `client` or `call` is captured, for
 * the canary.
 */
export async function startSecretsHarness(
  kind: DbKind,
  env: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = {},
) {
  const [fx, db] = await Promise.all([startProviderFixture(emulatorOptions), openTestDatabase(kind)]);
  await fx.addConnection(db.database);
  const { idp } = fx;
  const verifier = createTokenVerifier({
    issuer: idp.issuer,
    audience: API_AUDIENCE,
    keys: createRemoteKeys({ issuer: idp.issuer, jwksUrl: null, fetch: createIssuerFetch(idp.caCertPath) }),
  });
  const build = (more: Record<string, string> = {}) =>
    createTestApp({
      db,
      verifier,
      env: { ...fx.env, KEYTURN_AUTH_ISSUER: idp.issuer, KEYTURN_RATE_LIMIT_BURST: "10000", ...env, ...more },
    });
  const { app, deps, log } = build();
  /** The emulator's control plane, straight (the test's own view of the truth, never the BFF's). */
  const { client: workspace } = await fx.directClient();
  const captured: Captured[] = [];
  const tokens = new Map<Who, string>();

  async function signIn(who: Who, options: { maxAge?: number; cookies?: Map<string, string> } = {}) {
    return (await signInAs(idp.issuer, `${who}@keyturn.test`, idp.caCertPem, options)).accessToken;
  }
  async function tokenOf(who: Who): Promise<string> {
    const known = tokens.get(who);
    if (known) return known;
    const token = await signIn(who);
    tokens.set(who, token);
    return token;
  }

  const tokenOfCaller = (who: Caller) =>
    who === null ? undefined : typeof who === "string" ? tokenOf(who) : who.token;
  async function capture(label: string, response: Response) {
    const { status, headers } = response;
    captured.push({ label, status, headers: Object.fromEntries(headers), body: await response.text() });
  }

  /** The app's typed client as `who`, on the app or a replica (`on`); every answer is captured. */
  const client = (who: Caller, on: AppType = app) =>
    typedClient(on, { token: () => tokenOfCaller(who), onResponse: capture });
  /** The routes under one deployment (`/api/deployments/{workspace}/{name}/…`; `deploymentParam`). */
  const deployment = (who: Caller, on: AppType = app) =>
    client(who, on).api.deployments[":workspace"][":name"];

  /**
   * Calls the BFF by method and path as `who`, with any extra headers (If-Match), and captures the
   * answer: for tests that walk many routes from a table (the typed `client` serves the others).
   */
  async function call(
    method: string,
    path: string,
    who: Caller,
    body?: unknown,
    on: { request: typeof app.request } = app,
    headers: Record<string, string> = {},
  ) {
    const token = await tokenOfCaller(who);
    const response = await on.request(path, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    await capture(`${method} ${path}`, response.clone());
    return response;
  }

  /** The keys' current ETag, as `GET …/keys` answers it (the If-Match of a regeneration). */
  async function keysEtag(ws: string, name: string, on: AppType = app) {
    const response = await deployment("operator", on).keys.$get(deploymentParam(ws, name));
    const etag = response.headers.get("etag");
    if (response.status !== 200 || !etag) throw new Error(`GET keys of ${ws}/${name}: ${response.status}`);
    return etag;
  }

  /**
   * `POST …/keys/{keyType}/regenerate` as `who` with If-Match: the keys' current ETag read just before
   * unless `ifMatch` is given (a string, or null to send none).
   */
  async function regenerate(
    ws: string,
    name: string,
    keyType: string,
    who: Caller,
    options: { ifMatch?: string | null; on?: AppType } = {},
  ) {
    const on = options.on ?? app;
    const ifMatch = options.ifMatch === undefined ? await keysEtag(ws, name, on) : options.ifMatch;
    return deployment(who, on).keys[":keyType"].regenerate.$post({
      param: { workspace: ws, name, keyType },
      header: { "if-match": ifMatch ?? undefined },
    });
  }

  return {
    fx,
    db,
    app,
    deps,
    log,
    workspace,
    captured,
    signIn,
    tokenOf,
    /** Another BFF replica on the same database (its own memory: caches, locks, previous keys). */
    replica: (more: Record<string, string> = {}) => build(more).app,
    client,
    deployment,
    call,
    keysEtag,
    regenerate,
    /** Both key values of a deployment, read from the emulator directly. */
    keysOf: (ws: string, name: string) => workspace.listKeys(wsRef(ws), name),
    serviceOf: (ws: string, name: string) => workspace.getService(wsRef(ws), name),
    async close() {
      await Promise.allSettled([fx.close(), db.close()]);
    },
  };
}
export type SecretsHarness = Awaited<ReturnType<typeof startSecretsHarness>>;

/**
 * Inside a `describe`: the harness on `kind`, started before its tests and closed after them. What
 * this returns is the harness once its `beforeAll` has run: use it in tests and hooks.
 */
export function secretsHarnessFixture(
  kind: DbKind,
  env: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = {},
): SecretsHarness {
  const h = {} as SecretsHarness;
  beforeAll(async () => {
    Object.assign(h, await startSecretsHarness(kind, env, emulatorOptions));
  });
  afterAll(() => h.close?.());
  return h;
}

/** Calls a scoring URI directly (as a client of the deployment would). */
export function score(scoringUri: string, credential: string | undefined, body: unknown) {
  return fetch(scoringUri, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(credential === undefined ? {} : { authorization: `Bearer ${credential}` }),
    },
    body: JSON.stringify(body),
  });
}

/** A key's (or token's) fingerprint as the BFF shows it: under the test pepper; none is "". */
export const fingerprintOf = (value: string | null | undefined) => fingerprint(TEST_PEPPER, value ?? "");

export const deploymentPath = (ws: string, name: string) => `/api/deployments/${ws}/${name}`;

/** The path parameters of a route under one deployment, for the typed client. */
export const deploymentParam = (workspace: string, name: string) => ({ param: { workspace, name } });
