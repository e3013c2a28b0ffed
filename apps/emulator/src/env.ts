import { existsSync } from "node:fs";
import path from "node:path";
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

export const EnvSchema = z.object({
  KEYTURN_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  /** Default: `<repo root>/.keyturn`. */
  KEYTURN_DATA_DIR: z.string().min(1).optional(),
  KEYTURN_IDP_ISSUER: z.url().default("https://localhost:8443"),
  /** Default: `<dataDir>/dev-idp/tls/cert.pem`. */
  KEYTURN_IDP_CA_FILE: z.string().min(1).optional(),
  KEYTURN_EMULATOR_TRANSITION_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1500),
  KEYTURN_EMULATOR_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** Multiplies the token call's distance latency (20 ms per 1000 km); 0 turns it off. */
  KEYTURN_EMULATOR_REGION_LATENCY_SCALE: z.coerce.number().min(0).max(100).default(1),
  KEYTURN_EMULATOR_ROLE_ASSIGNMENTS: RoleAssignmentsSchema.default({
    "keyturn-bff": "Contributor",
    "keyturn-reader": "Reader",
  }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The validated environment, parsed once on first use (a bad value stops the process with its name). */
export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

/** Walks up from this module to the folder holding pnpm-workspace.yaml (the repo root). */
export function findRepoRoot(start: string = import.meta.dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${start}`);
    dir = parent;
  }
}

export function defaultDataDir(): string {
  return path.resolve(env().KEYTURN_DATA_DIR ?? path.join(findRepoRoot(), ".keyturn"));
}
