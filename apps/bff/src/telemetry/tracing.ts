import { randomUUID } from "node:crypto";
import { context, propagation, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource, resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { TelemetryConfig } from "./telemetry-env.ts";
import { TraceContextPropagator } from "./trace-context.ts";

/** The process's tracing: flush before a test reads the collector, shut down when the process leaves. */
export interface Tracing {
  readonly enabled: boolean;
  /** Exports the spans ended so far. */
  flush(): Promise<void>;
  /** Exports what is left, then unregisters the SDK (a later start may register another). */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, flush: async () => {}, shutdown: async () => {} };

/** How long one export may take: a collector that does not answer never holds a shutdown long. */
const EXPORT_TIMEOUT_MS = 10_000;

/**
 * Starts the OpenTelemetry SDK when the config names a collector: a NodeTracerProvider exporting in
 * batches over OTLP/HTTP, registered as the process's tracer, context manager and W3C trace-context
 * propagator. With a null config nothing starts: the API's tracer records nothing and costs next to
 * nothing, so the spans the code opens anyway are free.
 */
export function startTracing(config: TelemetryConfig): Tracing {
  if (config === null) return OFF;
  const exporter = new OTLPTraceExporter({
    url: config.tracesUrl,
    headers: config.headers,
    timeoutMillis: EXPORT_TIMEOUT_MS,
  });
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: config.serviceName,
        // One per process, so the spans of replicas behind one service name stay apart.
        "service.instance.id": randomUUID(),
      }),
    ),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors: [new BatchSpanProcessor(exporter, { exportTimeoutMillis: EXPORT_TIMEOUT_MS })],
  });
  provider.register({ propagator: new TraceContextPropagator() });
  return {
    enabled: true,
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      try {
        await provider.shutdown();
      } finally {
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
}
