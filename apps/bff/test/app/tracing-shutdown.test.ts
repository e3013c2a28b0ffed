import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BffProcess, bffEnv, serveJwks, spawnBff } from "../support/bff-process.ts";
import { type OtlpReceiver, startOtlpReceiver } from "../support/otlp-receiver.ts";
import { bearer } from "../support/test-app.ts";
import { createTestIssuer } from "../support/test-issuer.ts";

// The BFF as an operator runs it, with OTEL_* in its environment: the spans of the last requests,
// still waiting for their batch, reach the collector because SIGTERM exports them before the exit.

let receiver: OtlpReceiver;
let jwks: Awaited<ReturnType<typeof serveJwks>>;
let dataDir: string;
let bff: BffProcess | undefined;
const issuer = await createTestIssuer();

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  jwks = await serveJwks(issuer.jwks);
  dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bff-tracing-"));
});
afterAll(async () => {
  await bff?.kill();
  await jwks?.close();
  await receiver?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("a BFF process with tracing configured", () => {
  it("exports the last requests' spans on SIGTERM, with the trace ids its log lines carry", async () => {
    bff = spawnBff(
      bffEnv(dataDir, {
        KEYTURN_AUTH_JWKS_URL: jwks.url,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_HEADERS: "x-collector-key=collector-secret-9c1e",
        OTEL_SERVICE_NAME: "keyturn-bff-test",
        // Longer than the test: only the shutdown's export can bring the spans.
        OTEL_BSP_SCHEDULE_DELAY: "600000",
      }),
    );
    const url = await bff.ready;
    const me = await fetch(`${url}/api/me?debug=1`, { headers: bearer(await issuer.tokenFor("admin")) });
    expect(me.status).toBe(200);
    expect(receiver.spans).toHaveLength(0);

    expect(await bff.stop()).toBe(0);
    const server = receiver.spans.find((span) => span.name === "GET /api/me");
    expect(server?.resource["service.name"]).toBe("keyturn-bff-test");
    expect(server?.attributes["url.full"]).toBe(`${url}/api/me`);
    expect(receiver.exports[0]?.path).toBe("/v1/traces");
    expect(receiver.exports[0]?.headers["x-collector-key"]).toBe("collector-secret-9c1e");

    const lines = bff
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = lines.find((line) => line.msg === "request" && line.route === "/api/me");
    expect(request).toMatchObject({ trace_id: server?.traceId, span_id: server?.spanId });
    expect(bff.stdout()).not.toContain("collector-secret-9c1e");
    expect(lines.find((line) => typeof line.url === "string" && line.tracing !== undefined)?.tracing).toBe(
      true,
    );
  });
});
