import { parseEnvironment, resolveDataDir } from "@keyturn/app-config";
import { z } from "zod";

// The only file that reads process.env (docs/conventions.md): everything else receives values.

export const ROLE_NAMES = ["Contributor", "Reader"] as const;
export type WorkspaceRole = (typeof ROLE_NAMES)[number];

/** "appid=Role,appid=Role" → { appid: Role }. */
const RoleAssignmentsSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((pair) => pair.trim())
      .filter((pair) => pair !== "")
      .map((pair) => pair.split("=").map((part) => part.trim())),
  )
  .pipe(z.array(z.tuple([z.string().min(1), z.enum(ROLE_NAMES)])))
  .transform((pairs) => Object.fromEntries(pairs) as Record<string, WorkspaceRole>);

/** Every variable the emulator reads; the README's table is generated from the descriptions. */
export const EnvSchema = z.object({
  KEYTURN_EMULATOR_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(8090)
    .meta({ description: "port on 127.0.0.1 (`0` = any free port)" }),
  KEYTURN_EMULATOR_HTTPS_PORT: z.coerce.number().int().min(0).max(65535).default(8091).meta({
    description: "HTTPS port on localhost (`0` = any free port), with dev-idp's certificate",
  }),
  KEYTURN_DATA_DIR: z.string().min(1).optional().meta({
    description: "shared data folder; the emulator uses `emulator/` and `emulator-v2/` in it",
    shownDefault: "`<repo root>/.keyturn`",
  }),
  KEYTURN_IDP_ISSUER: z
    .url()
    .default("https://localhost:8443")
    .meta({ description: "issuer whose access tokens the control plane accepts" }),
  KEYTURN_IDP_CA_FILE: z.string().min(1).optional().meta({
    description: "CA to trust for the issuer's HTTPS; read on the first token check, not at start",
    shownDefault: "`<dataDir>/dev-idp/tls/cert.pem`",
  }),
  KEYTURN_EMULATOR_TRANSITION_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(1500)
    .meta({ description: "how long a new service stays `Transitioning`" }),
  KEYTURN_EMULATOR_TOKEN_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(3600)
    .meta({ description: "lifetime of data-plane tokens (`refreshAfter` at half)" }),
  KEYTURN_EMULATOR_REGION_LATENCY_SCALE: z.coerce.number().min(0).max(100).default(1).meta({
    description: "multiplies the token call's distance latency (20 ms per 1000 km); `0` turns it off",
  }),
  KEYTURN_EMULATOR_ROLE_ASSIGNMENTS: RoleAssignmentsSchema.default({
    "keyturn-bff": "Contributor",
    "keyturn-reader": "Reader",
  }).meta({
    description: "application id → workspace role",
    shownDefault: "`keyturn-bff=Contributor,keyturn-reader=Reader`",
  }),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .meta({ description: "pino level (nothing is logged per request)" }),
});
export type Env = z.output<typeof EnvSchema>;

/** The emulator's environment: a pure function of `source` (the process's environment by default). */
export function loadEnv(source: Readonly<Record<string, string | undefined>> = process.env): Env {
  return parseEnvironment(EnvSchema, source);
}

export const dataDirOf = (e: Env): string => resolveDataDir(e.KEYTURN_DATA_DIR);
