import { parseEnvironment } from "@keyturn/app-config";
import { z } from "zod";
import { SERVICE_PRINCIPALS } from "./constants.ts";

// The only file that reads process.env (docs/conventions.md): everything else receives values.

const OriginSchema = z
  .string()
  .trim()
  .refine((value) => URL.parse(value)?.origin === value.replace(/\/$/, ""), {
    message: "must be an origin such as http://localhost:8080 (scheme, host, port; no path)",
  })
  .transform((value) => value.replace(/\/$/, ""));

export const ConsoleOriginsSchema = z.array(OriginSchema).min(1);

const OriginListSchema = z
  .string()
  .transform((value) => value.split(",").filter((part) => part.trim() !== ""))
  .pipe(ConsoleOriginsSchema);

/** Every variable dev-idp reads; the README's table is generated from the descriptions. */
export const EnvSchema = z.object({
  KEYTURN_IDP_PORT: z.coerce.number().int().min(0).max(65535).default(8443).meta({
    description:
      "port; the issuer is `https://localhost:<port>`. Listens on loopback only (127.0.0.1 and ::1).",
  }),
  KEYTURN_DATA_DIR: z.string().min(1).optional().meta({
    description: "shared data folder (repo root = the folder with `pnpm-workspace.yaml`)",
    shownDefault: "`<repo root>/.keyturn`",
  }),
  KEYTURN_CONSOLE_ORIGINS: OriginListSchema.default(["http://localhost:8080", "http://localhost:5173"]).meta({
    description: "console origins (production build, Vite dev): redirect URIs, post-logout URIs, CORS",
  }),
  KEYTURN_IDP_ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(86_400)
    .default(600)
    .meta({ description: "lifetime of access tokens (users and service principals)" }),
  KEYTURN_IDP_BFF_SECRET: z
    .string()
    .min(8)
    .default(SERVICE_PRINCIPALS.bff.defaultSecret)
    .meta({ description: "secret of `keyturn-bff`" }),
  KEYTURN_IDP_READER_SECRET: z
    .string()
    .min(8)
    .default(SERVICE_PRINCIPALS.reader.defaultSecret)
    .meta({ description: "secret of `keyturn-reader`" }),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .meta({ description: "pino level (`silent` to mute)" }),
});
export type Env = z.output<typeof EnvSchema>;

/** dev-idp's environment: a pure function of `source` (the process's environment by default). */
export function loadEnv(source: Readonly<Record<string, string | undefined>> = process.env): Env {
  return parseEnvironment(EnvSchema, source);
}
