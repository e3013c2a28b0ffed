import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "@keyturn/emulator";
import { tokenCacheKey } from "../../src/features/tokens/token-cache.ts";
import { TEST_CHECKPOINT_KEY } from "./audit-fixtures.ts";
import { type DbKind, openTestDatabase } from "./databases.ts";
import type { SchemaHints } from "./fuzz-schema.ts";
import { startProviderFixture } from "./provider-fixture.ts";
import { bearer, createTestApp, TEST_MASTER_KEY, TEST_PEPPER } from "./test-app.ts";
import { createTestIssuer, PERSONA_NAMES, type PersonaName } from "./test-issuer.ts";

// The BFF as the fuzz meets it: a database (PGlite or PostgreSQL), the in-process issuer's personas,
// a real emulator and dev-idp behind the stored connection, the inventory synced; the names of real
// workspaces, deployments and the connection (to get past the 404s); every secret the run may meet.

/** Who sends a request: a persona, nobody, or someone with a bad credential. */
export type Caller = PersonaName | "anonymous" | "forged";
export const CALLERS: Caller[] = [...PERSONA_NAMES, "anonymous", "forged"];

/** Rate limits out of the way, creates and deletes answer at once (202), no scheduled jobs. */
export const FUZZ_ENV = {
  KEYTURN_RATE_LIMIT_BURST: "100000",
  KEYTURN_RATE_LIMIT_PER_MINUTE: "1000000",
  KEYTURN_AUTH_FAILURES_BURST: "100000",
  KEYTURN_AUTH_FAILURES_PER_MINUTE: "1000000",
  KEYTURN_OPERATION_WAIT_MS: "0",
  KEYTURN_INVENTORY_SYNC_SECONDS: "0",
  KEYTURN_AUDIT_CHECKPOINT_MINUTES: "0",
  KEYTURN_SEED_DEFAULT_CONNECTION: "false",
  LOG_LEVEL: "debug",
};

/** The real dev-idp and emulator, and the issuer of the personas' tokens: one for both databases. */
export async function startFuzzFixture() {
  const [fx, issuer] = await Promise.all([startProviderFixture(), createTestIssuer()]);
  return { fx, issuer, close: () => fx.close() };
}
export type FuzzFixture = Awaited<ReturnType<typeof startFuzzFixture>>;

export async function startFuzzHarness(kind: DbKind, { fx, issuer }: FuzzFixture) {
  const t = await openTestDatabase(kind);
  await fx.addConnection(t.database);
  // The app with its log kept in memory: every line is swept for secrets after the run.
  const { app, deps, log } = createTestApp({ db: t, issuer, env: { ...fx.env, ...FUZZ_ENV } });
  const auth = Object.fromEntries(
    await Promise.all(
      PERSONA_NAMES.map(async (n) => [n, bearer(await issuer.tokenFor(n)).Authorization] as const),
    ),
  ) as Record<PersonaName, string>;
  /** Bad credentials by name (a counterexample names one; it never prints a token). */
  const forged: Record<string, string> = {
    "not a JWT": "Bearer not-a-jwt",
    "empty bearer": "Bearer ",
    "basic auth": "Basic YWRtaW46YWRtaW4=",
    "admin token, signature altered": `Bearer ${auth.admin.slice(7, -4)}AAAA`,
    "admin token, expired": `Bearer ${await issuer.tokenFor("admin", { exp: Math.floor(Date.now() / 1000) - 3600 })}`,
    "admin token, another audience": `Bearer ${await issuer.tokenFor("admin", { aud: "api://another" })}`,
    "alg none": `Bearer eyJhbGciOiJub25lIn0.${Buffer.from('{"sub":"x","roles":["Admin"]}').toString("base64url")}.`,
  };
  const call = (path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { authorization: auth.admin, ...init.headers } });
  const synced = await call("/api/inventory/sync", { method: "POST" });
  if (synced.status !== 200) throw new Error(`inventory sync: ${synced.status} ${await synced.text()}`);
  const page = (await (await call("/api/deployments?limit=200")).json()) as {
    items: Array<{ workspace: string; name: string }>;
  };
  const connectionIds = ((await (await call("/api/connections")).json()) as { items: Array<{ id: string }> })
    .items;
  const workspaces = [...new Set(page.items.map((d) => d.workspace))];
  const deployments = [...new Set(page.items.map((d) => d.name))];
  if (workspaces.length === 0 || connectionIds.length === 0) throw new Error("nothing synced to fuzz");

  const KNOWN: Record<string, readonly string[]> = {
    workspace: workspaces,
    name: deployments,
    deployment: deployments,
    id: connectionIds.map((c) => c.id),
    keyType: ["Primary", "Secondary", "primary"],
  };
  const hints = (resolve: SchemaHints["resolve"]): SchemaHints => ({ resolve, known: (n) => KNOWN[n] ?? [] });

  // The emulator, straight: the keys of every deployment are the secrets the BFF must not let out.
  const { token: spToken, client: emulator } = await fx.directClient();
  async function secrets(): Promise<Set<string>> {
    const found = new Set<string>([
      ...Object.values(auth).map((a) => a.slice(7)),
      spToken,
      SERVICE_PRINCIPALS.bff.defaultSecret,
      SERVICE_PRINCIPALS.reader.defaultSecret,
      TEST_MASTER_KEY.toString("base64"),
      TEST_PEPPER.toString("base64"),
      TEST_CHECKPOINT_KEY,
    ]);
    for (const ws of workspaces) {
      const ref = { subscriptionId: SEED_SUBSCRIPTION_ID, resourceGroup: SEED_RESOURCE_GROUP, workspace: ws };
      for (const service of await emulator.listServices(ref)) {
        const keys = await emulator.listKeys(ref, service.name);
        for (const key of [keys.primaryKey, keys.secondaryKey]) if (key) found.add(key);
      }
    }
    for (const d of page.items) {
      const cached = deps.secrets.tokens.peek(tokenCacheKey(d.workspace, d.name));
      if (cached) found.add(cached.token.accessToken);
    }
    return found;
  }

  const sample = [page.items[0]?.workspace ?? "", page.items[0]?.name ?? ""] as const;
  return {
    app,
    deps,
    log,
    known: { ...KNOWN, sample },
    auth,
    forged,
    hints,
    secrets,
    limitBytes: deps.config.bodyLimitBytes,
    close: () => t.close(),
  };
}
export type FuzzHarness = Awaited<ReturnType<typeof startFuzzHarness>>;
