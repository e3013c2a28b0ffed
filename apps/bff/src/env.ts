import path from "node:path";
import { ConfigError, findRepoRoot, parseEnvironment, resolveDataDir } from "@keyturn/app-config";
import { z } from "zod";
import { HOST_PATTERN } from "./provider/allowed-hosts.ts";
import { TelemetryEnvSchema, toTelemetryConfig } from "./telemetry/telemetry-env.ts";

// The only file that reads process.env (docs/conventions.md). Everything else receives a `Config`.

export { ConfigError, findRepoRoot };

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const Base64KeySchema = (minBytes: number, exactBytes?: number) =>
  z
    .string()
    .trim()
    .transform((value) => Buffer.from(value, "base64"))
    .refine(
      (bytes) => (exactBytes === undefined ? bytes.length >= minBytes : bytes.length === exactBytes),
      exactBytes === undefined
        ? `must be base64 of at least ${minBytes} bytes`
        : `must be base64 of exactly ${exactBytes} bytes`,
    );

const OriginListSchema = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim().replace(/\/$/, "")))
  .transform((parts) => parts.filter((part) => part !== ""))
  .pipe(z.array(z.url({ protocol: /^https?$/ })));

/** Comma-separated host names, `*.` allowed before a name of two labels or more. */
const HostListSchema = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim().toLowerCase()))
  .transform((parts) => parts.filter((part) => part !== ""))
  .pipe(z.array(z.string().regex(HOST_PATTERN, "a host name, or *. and a name of two labels or more")));

const BooleanSchema = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const describe = (description: string, shownDefault?: string) =>
  shownDefault === undefined ? { description } : { description, shownDefault };
const Int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every variable the BFF reads; the README's table is generated from these descriptions. */
export const EnvSchema = z.object({
  NODE_ENV: z.string().optional().meta(describe("`production` makes `production` the default mode")),
  KEYTURN_MODE: z
    .enum(["development", "production", "test"])
    .optional()
    .meta(
      describe(
        "`production`: serves the SPA, sends HSTS, no seed, Azure hosts only",
        "`development` (`production` if `NODE_ENV=production`)",
      ),
    ),
  KEYTURN_BFF_PORT: Int(0, 65535).default(8080).meta(describe("port; `0` picks a free port")),
  KEYTURN_BFF_HOST: z
    .string()
    .min(1)
    .default("localhost")
    .meta(describe("host name or address to listen on")),
  KEYTURN_DATA_DIR: z
    .string()
    .min(1)
    .optional()
    .meta(
      describe("shared data folder, found by walking up to `pnpm-workspace.yaml`", "`<repo root>/.keyturn`"),
    ),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .meta(describe("`postgres://…` → node-postgres pool", "unset → PGlite in `<dataDir>/bff/pglite`")),
  KEYTURN_AUTH_ISSUER: z
    .url()
    .default("https://localhost:8443")
    .meta(describe("token `iss`; Entra: `https://login.microsoftonline.com/<tenant>/v2.0`")),
  KEYTURN_AUTH_AUDIENCE: z
    .string()
    .min(1)
    .default("api://keyturn")
    .meta(describe("token `aud`; Entra v2: the API's client id")),
  KEYTURN_AUTH_JWKS_URL: z
    .url()
    .optional()
    .meta(describe("the issuer's signing keys", "from `<issuer>/.well-known/openid-configuration`")),
  KEYTURN_IDP_CA_FILE: z
    .string()
    .min(1)
    .optional()
    .meta(
      describe(
        "extra CA for the issuer's TLS, read lazily; ignored if absent",
        "`<dataDir>/dev-idp/tls/cert.pem`",
      ),
    ),
  KEYTURN_STEP_UP_MAX_AGE_SECONDS: Int(30, 86_400)
    .default(600)
    .meta(describe("`auth_time` age allowed on step-up routes")),
  KEYTURN_MASTER_KEY: Base64KeySchema(32, 32)
    .optional()
    .meta(
      describe(
        "base64 of 32 bytes: AES-256-GCM key for stored secrets",
        "file `<dataDir>/bff/master.key` (created, 0600)",
      ),
    ),
  KEYTURN_FINGERPRINT_PEPPER: Base64KeySchema(16)
    .optional()
    .meta(describe("base64 of ≥ 16 bytes", "file `<dataDir>/bff/fingerprint.pepper` (created, 0600)")),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info").meta(describe("pino levels, `silent`")),
  KEYTURN_CORS_ORIGINS: OriginListSchema.default([]).meta(
    describe("comma-separated origins allowed by CORS", "empty = CORS closed (the SPA is same-origin)"),
  ),
  KEYTURN_RATE_LIMIT_PER_MINUTE: Int(1, 1_000_000)
    .default(600)
    .meta(describe("requests per minute per user (token bucket), per replica")),
  KEYTURN_RATE_LIMIT_BURST: Int(1, 100_000).default(100).meta(describe("the bucket's size")),
  KEYTURN_AUTH_FAILURES_PER_MINUTE: Int(1, 1_000_000)
    .default(10)
    .meta(describe("how fast the invalid-token budget of a client address refills")),
  KEYTURN_AUTH_FAILURES_BURST: Int(1, 100_000)
    .default(20)
    .meta(describe("invalid access tokens allowed at once per client address, per replica; then 429")),
  KEYTURN_BODY_LIMIT_BYTES: Int(1024, 50_000_000)
    .default(100 * 1024)
    .meta(describe("largest request body (413 above)")),
  KEYTURN_REQUEST_TIMEOUT_MS: Int(100, 600_000).default(30_000).meta(describe("deadline of a request (504)")),
  KEYTURN_SHUTDOWN_DEADLINE_MS: Int(100, 600_000)
    .default(25_000)
    .meta(describe("on SIGTERM: time for in-flight requests and jobs to finish, then exit 1")),
  KEYTURN_TRUSTED_PROXY_HOPS: Int(0, 10)
    .default(0)
    .meta(describe("load balancers in front whose `X-Forwarded-For` entry is trusted")),
  KEYTURN_WEB_DIST_DIR: z
    .string()
    .min(1)
    .optional()
    .meta(describe("the SPA build served in production", "`<repo root>/apps/web/dist`")),
  KEYTURN_SEED_DEFAULT_CONNECTION: BooleanSchema.optional().meta(
    describe("seed the emulator connection on first start", "`true` unless production"),
  ),
  KEYTURN_EMULATOR_URL: z
    .url()
    .default("http://127.0.0.1:8090")
    .meta(describe("base URL of the seeded connection")),
  KEYTURN_EMULATOR_HTTPS_URL: z
    .url()
    .default("https://localhost:8091")
    .meta(describe("the emulator's HTTPS origin: the seeded deployments' Key Vault destinations")),
  KEYTURN_IDP_BFF_SECRET: z
    .string()
    .min(8)
    .default("keyturn-bff-dev-secret")
    .meta(describe("dev-idp secret of `keyturn-bff`, stored encrypted in the seed")),
  KEYTURN_IDP_READER_SECRET: z
    .string()
    .min(8)
    .default("keyturn-reader-dev-secret")
    .meta(describe("dev-idp secret of `keyturn-reader` (Reader: token calls), stored encrypted in the seed")),
  KEYTURN_PROVIDER_CREDENTIAL: z
    .enum(["dev-idp", "azure-identity"])
    .optional()
    .meta(
      describe(
        "`dev-idp`: client credentials from the connection's issuer; `azure-identity`: @azure/identity",
        "`dev-idp` (`azure-identity` in production)",
      ),
    ),
  KEYTURN_ALLOWED_PROVIDER_HOSTS: HostListSchema.default([]).meta(
    describe(
      "production: hosts allowed besides Azure public cloud (`*.` = one label); https only there",
      "none: `management.azure.com`, `*.api.azureml.ms`, Entra",
    ),
  ),
  KEYTURN_PROVIDER_TIMEOUT_MS: Int(100, 120_000)
    .default(10_000)
    .meta(describe("deadline of one workspace call")),
  KEYTURN_WORKSPACE_CACHE_SECONDS: Int(0, 86_400)
    .default(60)
    .meta(describe("how long a connection's workspace list is reused")),
  KEYTURN_INVENTORY_SYNC_SECONDS: Int(0, 86_400)
    .default(300)
    .meta(describe("inventory sync period (`0`: at start only); one replica runs each period")),
  KEYTURN_INVENTORY_SYNC_CONCURRENCY: Int(1, 64)
    .default(4)
    .meta(describe("workspaces the inventory sync lists at once (bounds the calls in flight to Azure)")),
  KEYTURN_OPERATION_WAIT_MS: Int(0, 600_000)
    .default(20_000)
    .meta(describe("how long create/delete and v2 endpoint writes wait for the operation (then 202)")),
  KEYTURN_OPERATION_POLL_MS: Int(10, 60_000).default(1_000).meta(describe("poll interval of that operation")),
  KEYTURN_CONSOLE_AUTHORITY: z
    .url({ protocol: /^https$/ })
    .optional()
    .meta(describe("`GET /api/config` `auth.authority` (https)", "`KEYTURN_AUTH_ISSUER`")),
  KEYTURN_CONSOLE_CLIENT_ID: z
    .string()
    .min(1)
    .default("keyturn-console")
    .meta(describe("the SPA's client id")),
  KEYTURN_CONSOLE_SCOPES: z
    .string()
    .optional()
    .meta(describe("comma-separated", "`<audience>/access_as_user`")),
  KEYTURN_CONSOLE_PROTOCOL_MODE: z
    .enum(["OIDC", "AAD"])
    .optional()
    .meta(describe("MSAL `protocolMode`", "`AAD` for login.microsoftonline.com, else `OIDC`")),
  KEYTURN_CONSOLE_KNOWN_AUTHORITIES: z
    .string()
    .optional()
    .meta(describe("comma-separated", "the authority's host")),
  KEYTURN_AUDIT_CHECKPOINT_KEY: z
    .string()
    .min(1)
    .optional()
    .meta(
      describe(
        "Ed25519 PKCS#8 (PEM, `\\n` escapes allowed, or base64 DER); replicas must share it",
        "file `<dataDir>/bff/checkpoint-ed25519.pem` (created, 0600)",
      ),
    ),
  KEYTURN_ROTATION_SCHEDULE_SECONDS: Int(0, 86_400)
    .default(300)
    .meta(describe("rotation policies' schedule period (`0`: off); one replica runs each period")),
  KEYTURN_ROTATIONS_PER_WORKSPACE: Int(1, 50)
    .default(2)
    .meta(describe("the schedule starts none in a workspace with this many rotations running")),
  KEYTURN_AUDIT_CHECKPOINT_MINUTES: Int(0, 10_080)
    .default(15)
    .meta(describe("signed audit checkpoints, one per period across replicas; `0`: none")),
  ...TelemetryEnvSchema,
});

export type Mode = "development" | "production" | "test";
type Env = z.output<typeof EnvSchema>;
type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** The environment as the BFF uses it; every default that depends on another value is decided here. */
function toConfig(e: Env) {
  const mode: Mode = e.KEYTURN_MODE ?? (e.NODE_ENV === "production" ? "production" : "development");
  const dataDir = resolveDataDir(e.KEYTURN_DATA_DIR);
  const bffDir = path.join(dataDir, "bff");
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: "postgres", url: e.DATABASE_URL }
    : { kind: "pglite", dataDir: path.join(bffDir, "pglite") };
  return {
    mode,
    port: e.KEYTURN_BFF_PORT,
    host: e.KEYTURN_BFF_HOST,
    dataDir,
    database,
    auth: {
      issuer: e.KEYTURN_AUTH_ISSUER.replace(/\/$/, ""),
      audience: e.KEYTURN_AUTH_AUDIENCE,
      /** null: discovered from `<issuer>/.well-known/openid-configuration`. */
      jwksUrl: e.KEYTURN_AUTH_JWKS_URL ?? null,
      /** PEM file trusted (besides the system CAs) for the issuer's TLS; read lazily, may not exist. */
      caFile: path.resolve(e.KEYTURN_IDP_CA_FILE ?? path.join(dataDir, "dev-idp", "tls", "cert.pem")),
      clockToleranceSeconds: 30,
      stepUpMaxAgeSeconds: e.KEYTURN_STEP_UP_MAX_AGE_SECONDS,
    },
    secrets: {
      masterKey: e.KEYTURN_MASTER_KEY ?? null,
      masterKeyFile: path.join(bffDir, "master.key"),
      pepper: e.KEYTURN_FINGERPRINT_PEPPER ?? null,
      pepperFile: path.join(bffDir, "fingerprint.pepper"),
    },
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.KEYTURN_CORS_ORIGINS,
    rateLimit: { perMinute: e.KEYTURN_RATE_LIMIT_PER_MINUTE, burst: e.KEYTURN_RATE_LIMIT_BURST },
    /** Failed authentications per client address (auth/auth-failures.ts). */
    authFailures: { perMinute: e.KEYTURN_AUTH_FAILURES_PER_MINUTE, burst: e.KEYTURN_AUTH_FAILURES_BURST },
    bodyLimitBytes: e.KEYTURN_BODY_LIMIT_BYTES,
    requestTimeoutMs: e.KEYTURN_REQUEST_TIMEOUT_MS,
    shutdownDeadlineMs: e.KEYTURN_SHUTDOWN_DEADLINE_MS,
    trustedProxyHops: e.KEYTURN_TRUSTED_PROXY_HOPS,
    webDistDir: path.resolve(e.KEYTURN_WEB_DIST_DIR ?? path.join(findRepoRoot(), "apps", "web", "dist")),
    seed: {
      defaultConnection: e.KEYTURN_SEED_DEFAULT_CONNECTION ?? mode !== "production",
      emulatorUrl: e.KEYTURN_EMULATOR_URL.replace(/\/$/, ""),
      emulatorHttpsUrl: e.KEYTURN_EMULATOR_HTTPS_URL.replace(/\/$/, ""),
      bffClientSecret: e.KEYTURN_IDP_BFF_SECRET,
      readerClientSecret: e.KEYTURN_IDP_READER_SECRET,
    },
    provider: {
      credential: e.KEYTURN_PROVIDER_CREDENTIAL ?? (mode === "production" ? "azure-identity" : "dev-idp"),
      /** Production: allowed besides Azure's public cloud (provider/allowed-hosts.ts). */
      allowedHosts: e.KEYTURN_ALLOWED_PROVIDER_HOSTS,
      timeoutMs: e.KEYTURN_PROVIDER_TIMEOUT_MS,
      workspaceCacheMs: e.KEYTURN_WORKSPACE_CACHE_SECONDS * 1000,
      /** 0: the inventory is synced at start only. */
      syncIntervalMs: e.KEYTURN_INVENTORY_SYNC_SECONDS * 1000,
      /** Workspaces one sync lists at once. */
      syncConcurrency: e.KEYTURN_INVENTORY_SYNC_CONCURRENCY,
      operationWaitMs: e.KEYTURN_OPERATION_WAIT_MS,
      operationPollMs: e.KEYTURN_OPERATION_POLL_MS,
    },
    console: consoleAuth(e),
    rotations: {
      /** 0: the schedule of rotation policies never starts a rotation. */
      scheduleIntervalMs: e.KEYTURN_ROTATION_SCHEDULE_SECONDS * 1000,
      perWorkspace: e.KEYTURN_ROTATIONS_PER_WORKSPACE,
    },
    audit: {
      /** The checkpoint key from env (PEM or base64 DER), or null: the file below. */
      checkpointKey: e.KEYTURN_AUDIT_CHECKPOINT_KEY ?? null,
      checkpointKeyFile: path.join(bffDir, "checkpoint-ed25519.pem"),
      /** 0: no scheduled checkpoints. */
      checkpointIntervalMs: e.KEYTURN_AUDIT_CHECKPOINT_MINUTES * 60_000,
    },
    /** OpenTelemetry traces (telemetry/tracing.ts); null: off. */
    telemetry: toTelemetryConfig(e),
  };
}

/** The environment schema and what it becomes: `Config` is derived from it, never written twice. */
export const ConfigSchema = EnvSchema.transform(toConfig);
export type Config = z.output<typeof ConfigSchema>;
export type ProviderConfig = Config["provider"];
export type AuditConfig = Config["audit"];
/** What the SPA needs to sign in (GET /api/config); MSAL's names. */
export type ConsoleAuthConfig = Config["console"];

/**
 * Builds the config from an environment (default: process.env); an empty variable counts as unset.
 * `fallback` stands in for variables the environment leaves unset (the production bundle's own layout).
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  fallback: Readonly<Record<string, string>> = {},
): Config {
  const set = Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== "");
  return parseEnvironment(ConfigSchema, { ...fallback, ...Object.fromEntries(set) });
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");

function consoleAuth(e: Env) {
  const authority = (e.KEYTURN_CONSOLE_AUTHORITY ?? e.KEYTURN_AUTH_ISSUER).replace(/\/$/, "");
  const host = new URL(authority).host;
  const scopes = list(e.KEYTURN_CONSOLE_SCOPES);
  const knownAuthorities = list(e.KEYTURN_CONSOLE_KNOWN_AUTHORITIES);
  return {
    authority,
    clientId: e.KEYTURN_CONSOLE_CLIENT_ID,
    scopes: scopes.length > 0 ? scopes : [`${e.KEYTURN_AUTH_AUDIENCE.replace(/\/$/, "")}/access_as_user`],
    protocolMode:
      e.KEYTURN_CONSOLE_PROTOCOL_MODE ??
      (host === "login.microsoftonline.com" ? ("AAD" as const) : ("OIDC" as const)),
    knownAuthorities: knownAuthorities.length > 0 ? knownAuthorities : [host],
  };
}
