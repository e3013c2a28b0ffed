import { ConnectionSchema } from "@keyturn/api-contract";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "@keyturn/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminConnections, emulatorConnectionBody } from "../../../test/support/connection-requests.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import {
  type LoopbackServer,
  startCaptureServer,
  startLoopbackServer,
  startRedirectServer,
} from "../../../test/support/loopback-servers.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { TEST_MASTER_KEY } from "../../../test/support/test-app.ts";
import { insertConnection } from "../../provider/connection-store.ts";
import { inventorySyncSettled } from "../inventory/public.ts";

// Where a connection's credential may go: never along a redirect, and in production only to the
// allowed provider hosts over https — checked when a connection is saved and again on every request.

const { bff } = SERVICE_PRINCIPALS;
const SECRET = bff.defaultSecret;

let s: DeploymentsSetup;
let capture: LoopbackServer;
const servers: LoopbackServer[] = [];
beforeAll(async () => {
  [s, capture] = await Promise.all([setupDeployments("pglite"), startCaptureServer()]);
});
afterAll(async () => {
  if (s) await inventorySyncSettled(s.t.database);
  for (const server of [capture, ...servers]) await server?.close();
  await s?.close();
});

/** A connection stored as it is (no route's checks): an older row, or one saved before a policy. */
const storeRow = (name: string, baseUrl: string, authority = s.fx.idp.issuer) =>
  insertConnection(s.t.database.db, TEST_MASTER_KEY, {
    name,
    subscriptionId: SEED_SUBSCRIPTION_ID,
    resourceGroup: SEED_RESOURCE_GROUP,
    baseUrl,
    credential: { kind: "client_secret", value: { authority, clientId: bff.clientId, clientSecret: SECRET } },
  });

/** An OpenID issuer on loopback whose token endpoint answers 307 to the capture server. */
const redirectingIssuer = () =>
  startLoopbackServer((req, res) => {
    const origin = `http://${req.headers.host}`;
    if (req.url === "/.well-known/openid-configuration") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ issuer: origin, token_endpoint: `${origin}/token` }));
      return;
    }
    res.writeHead(307, { location: `${capture.url}/token` });
    res.end();
  });

const testConnection = (id: string, app = s.app) =>
  adminConnections(s, app)[":id"].test.$post({ param: { id } });

const leaked = () => capture.received.filter((r) => r.authorization || r.body.includes(SECRET));

describe("redirects are never followed with a credential", () => {
  it("a workspace endpoint answering 302 fails the test with provider_redirect_refused; the target sees no token", async () => {
    const redirect = await startRedirectServer(capture.url, 302);
    servers.push(redirect);
    const created = await adminConnections(s).$post({
      json: emulatorConnectionBody(s, { name: "Redirecting ARM", baseUrl: redirect.url }),
    });
    expect(created.status).toBe(201);
    const { id } = ConnectionSchema.parse(await created.json());
    const tested = await testConnection(id);
    const problem = await expectProblem(tested, 502, "provider_redirect_refused");
    expect(problem.detail).toMatch(/redirect/);
    expect(redirect.received[0]?.authorization).toMatch(/^Bearer /); // the guard saw it go out once
    expect(capture.received).toEqual([]);
  });

  it("a token endpoint answering 307 never gets the client secret re-posted elsewhere", async () => {
    const issuer = await redirectingIssuer();
    servers.push(issuer);
    const id = await storeRow("Redirecting issuer", s.fx.emulator.url, issuer.url);
    const tested = await testConnection(id);
    expect(issuer.received.some((r) => r.path === "/token")).toBe(true);
    expect(leaked()).toEqual([]);
    await expectProblem(tested, 502, "provider_redirect_refused");
  });
});

describe("production: allowed provider hosts only, over https", () => {
  const production = () =>
    s.build(undefined, {
      KEYTURN_MODE: "production",
      KEYTURN_PROVIDER_CREDENTIAL: "dev-idp",
      // dev-idp's issuer is https://localhost:<port>; *.keyturn.test never resolves.
      KEYTURN_ALLOWED_PROVIDER_HOSTS: "localhost, *.keyturn.test",
    });

  it("refuses a connection naming another host, naming the host and never the secret", async () => {
    const connections = adminConnections(s, production().app);
    const cases = [
      [{ baseUrl: "https://arm.attacker.example" }, "baseUrl", "arm.attacker.example"],
      [{ baseUrl: s.fx.emulator.url }, "baseUrl", "https"],
      [
        {
          credential: {
            kind: "client_secret" as const,
            authority: "https://login.attacker.example/tenant",
            clientId: bff.clientId,
            clientSecret: SECRET,
          },
        },
        "credential.authority",
        "login.attacker.example",
      ],
    ] as const;
    for (const [overrides, path, named] of cases) {
      const body = emulatorConnectionBody(s, {
        name: "Elsewhere",
        baseUrl: "https://arm.keyturn.test",
        ...overrides,
      });
      const response = await connections.$post({ json: body });
      const text = await response.clone().text();
      const problem = await expectProblem(response, 400, "provider_host_not_allowed");
      expect(problem.detail).toContain(named);
      expect(problem.errors?.map((e) => e.path)).toEqual([path]);
      expect(text).not.toContain(SECRET);
    }
    const allowed = emulatorConnectionBody(s, { name: "Wildcard", baseUrl: "https://xyz.keyturn.test" });
    expect((await connections.$post({ json: allowed })).status).toBe(201);
  });

  it("a stored connection to another host is refused when the request would leave, token or secret", async () => {
    // The development app's sync (started by an earlier test's new connection) may send to a loopback
    // http URL, as development allows: let it end before storing rows only production must refuse.
    await inventorySyncSettled(s.t.database);
    const app = production().app;
    const toArm = await storeRow("Stored plain http", capture.url);
    await expectProblem(await testConnection(toArm, app), 502, "provider_host_not_allowed");
    const toIssuer = await storeRow("Stored issuer", "https://arm.keyturn.test", capture.url);
    await expectProblem(await testConnection(toIssuer, app), 502, "provider_host_not_allowed");
    expect(capture.received).toEqual([]);
  });
});
