import pino, { type DestinationStream, type Logger } from "pino";
import { traceLogFields } from "./telemetry/active-trace.ts";

/**
 * Field names whose values are secrets wherever they appear: anything ending in key, token, secret,
 * password, credential, authorization or cookie (`apiKey`, `accessToken`, `clientSecret`, `set-cookie`).
 * `keyType`, `tokenType`, `requestId` end otherwise and are kept.
 */
export const SECRET_FIELD =
  /(key|keys|token|tokens|secret|secrets|password|passwd|credential|credentials|authorization|cookie|cookies)$/i;

export const REDACTED = "[redacted]";

/** Known paths, redacted by pino itself (fast path); `scrub` catches the rest by name. */
const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["set-cookie"]',
  'res.headers["set-cookie"]',
  "headers.authorization",
  "headers.cookie",
  "*.authorization",
  "*.cookie",
  "*.password",
  "*.secret",
  "*.token",
  "*.key",
];

/** Deep copy with secret-named fields replaced; bounded depth so a cyclic or huge value cannot hang. */
export function scrub(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) {
    out[name] = SECRET_FIELD.test(name) ? REDACTED : scrub(inner, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  /** Default: stdout. Tests pass a stream to read the lines. */
  destination?: DestinationStream;
}

/**
 * JSON lines (one object per line; CR/LF and control characters inside values are escaped by JSON,
 * so no input can forge a log line), secrets redacted, ISO UTC time; `trace_id` and `span_id` of the
 * active span when tracing is on.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "keyturn-bff" },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: traceLogFields,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}
