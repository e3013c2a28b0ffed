import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { memoryLog, testConfig } from "../../test/support/test-app.ts";
import type { StartedBff } from "../index.ts";
import { createLogger } from "../logger.ts";
import { startTracing } from "../telemetry/tracing.ts";
import { shutdownWithin } from "./graceful-shutdown.ts";

// A collector that takes the connection and never answers: the shutdown still ends within its
// deadline with the drain's exit code, and says the last spans were not exported.

describe("shutdownWithin with tracing on", () => {
  it("bounds the last export by the deadline, and a stuck collector is no failed shutdown", async () => {
    const held: ServerResponse[] = [];
    const collector = createServer((_request, response) => held.push(response));
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    const { port } = collector.address() as AddressInfo;
    const tracing = startTracing(
      testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` }).telemetry,
    );
    trace.getTracer("test").startSpan("last request").end();
    const log = memoryLog();
    const drained = { drain: async () => {} } as unknown as StartedBff;
    try {
      const code = await shutdownWithin(
        drained,
        300,
        createLogger({ level: "info", destination: log.stream }),
        tracing,
      );
      expect(code).toBe(0);
      expect(log.lines.map((line) => line.msg)).toEqual([
        "shutdown: drained",
        "shutdown: the last spans were not exported",
      ]);
    } finally {
      for (const response of held) response.destroy();
      collector.close();
    }
  });
});
