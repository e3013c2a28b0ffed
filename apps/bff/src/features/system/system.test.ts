import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { typedClient } from "../../../test/support/typed-client.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await openPglite();
});
afterAll(() => db.close());

describe("system routes", () => {
  it("GET /healthz answers while the process lives", async () => {
    const client = typedClient(createTestApp({ db }).app);
    const response = await client.healthz.$get();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("GET /readyz checks the database and every registered check", async () => {
    const { app, deps } = createTestApp({ db });
    const client = typedClient(app);
    const ready = await client.readyz.$get();
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok" } });
    deps.readiness.register("workspace", async () => {
      throw new Error("unreachable");
    });
    const notReady = await client.readyz.$get();
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      status: "unavailable",
      checks: { database: "ok", workspace: "failed" },
    });
  });

  it("GET /metrics exposes Prometheus text", async () => {
    const client = typedClient(createTestApp({ db }).app);
    await client.healthz.$get();
    const response = await client.metrics.$get();
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toContain(
      'keyturn_http_requests_total{method="GET",route="/healthz",status="200"} 1',
    );
  });
});
