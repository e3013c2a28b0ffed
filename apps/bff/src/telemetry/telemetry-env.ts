import { z } from "zod";

// The OpenTelemetry variables the BFF reads (the standard names), spread into env.ts's schema. Tracing
// is off unless an endpoint is set: then the SDK starts (telemetry/tracing.ts), else nothing does.

const describe = (description: string, shownDefault?: string) =>
  shownDefault === undefined ? { description } : { description, shownDefault };

/** `OTEL_EXPORTER_OTLP_HEADERS`: `name=value` pairs, comma-separated, values URL-encoded (the spec's format). */
const HeaderListSchema = z
  .string()
  .transform((value) => value.split(",").filter((part) => part.trim() !== ""))
  .pipe(
    z.array(
      z
        .string()
        .regex(/^\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+\s*=.*$/, "name=value pairs, comma-separated")
        .transform((pair) => {
          const at = pair.indexOf("=");
          return [pair.slice(0, at).trim(), decodeURIComponent(pair.slice(at + 1).trim())] as const;
        }),
    ),
  )
  .transform((pairs) => Object.fromEntries(pairs) as Record<string, string>);

const HttpUrlSchema = z.url({ protocol: /^https?$/ });

export const TelemetryEnvSchema = {
  OTEL_EXPORTER_OTLP_ENDPOINT: HttpUrlSchema.optional().meta(
    describe("OTLP/HTTP collector; traces are sent to `<url>/v1/traces`", "unset: no tracing"),
  ),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: HttpUrlSchema.optional().meta(
    describe("the traces URL itself (wins over `OTEL_EXPORTER_OTLP_ENDPOINT`)", "unset"),
  ),
  OTEL_EXPORTER_OTLP_HEADERS: HeaderListSchema.optional().meta(
    describe("headers sent to the collector (`name=value,…`, e.g. its API key); never logged", "none"),
  ),
  OTEL_SERVICE_NAME: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default("keyturn-bff")
    .meta(describe("`service.name` of the spans")),
  OTEL_TRACES_SAMPLER_ARG: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(1)
    .meta(describe("share of new traces recorded (a caller's `traceparent` decision is followed)")),
  OTEL_SDK_DISABLED: z
    .enum(["true", "false"])
    .optional()
    .meta(describe("`true`: no tracing even with an endpoint", "`false`")),
};

const TelemetryEnvObject = z.object(TelemetryEnvSchema);
type TelemetryEnv = z.output<typeof TelemetryEnvObject>;

/** Where and how spans are exported; null: tracing off (no SDK, the API's no-op tracer). */
export type TelemetryConfig = {
  tracesUrl: string;
  headers: Record<string, string>;
  serviceName: string;
  sampleRatio: number;
} | null;

export function toTelemetryConfig(e: TelemetryEnv): TelemetryConfig {
  const base = e.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, "");
  const tracesUrl =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base === undefined ? undefined : `${base}/v1/traces`);
  if (tracesUrl === undefined || e.OTEL_SDK_DISABLED === "true") return null;
  return {
    tracesUrl,
    headers: e.OTEL_EXPORTER_OTLP_HEADERS ?? {},
    serviceName: e.OTEL_SERVICE_NAME,
    sampleRatio: e.OTEL_TRACES_SAMPLER_ARG,
  };
}
