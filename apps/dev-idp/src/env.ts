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

export const EnvSchema = z.object({
  KEYTURN_IDP_PORT: z.coerce.number().int().min(0).max(65535).default(8443),
  /** Default: `<repo root>/.keyturn` (see data-dir.ts). */
  KEYTURN_DATA_DIR: z.string().min(1).optional(),
  KEYTURN_CONSOLE_ORIGINS: OriginListSchema.default(["http://localhost:8080", "http://localhost:5173"]),
  KEYTURN_IDP_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(600),
  KEYTURN_IDP_BFF_SECRET: z.string().min(8).default(SERVICE_PRINCIPALS.bff.defaultSecret),
  KEYTURN_IDP_READER_SECRET: z.string().min(8).default(SERVICE_PRINCIPALS.reader.defaultSecret),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);
