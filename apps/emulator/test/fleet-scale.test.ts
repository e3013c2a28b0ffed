import { ServiceListSchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { expectBody, expectError } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

describe("throttling bursts, in-flight counts and bulk fleets", () => {
  it("answers 429 with Retry-After to the next `count` calls only, then normally", async ({ cp, admin }) => {
    const set = await admin.setFaults({ list: { rate429: 1, retryAfterSeconds: 3, count: 2 } });
    expect(set.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await cp.list();
      expect(res.headers.get("retry-after")).toBe("3");
      await expectError(res, 429, "TooManyRequests");
    }
    await expectBody(await cp.list(), 200, ServiceListSchema);
    // The burst is spent: the table no longer holds it.
    expect(await (await admin.call("GET", "/faults")).json()).toEqual({});
  });

  it("counts the most requests and workspaces in flight at once", async ({ cp, admin }) => {
    await admin.setFaults({ list: { latencyMs: 200 } });
    await admin.resetInFlight();
    await Promise.all([cp.list(), cp.list(), cp.list()]);
    const view = await (await admin.inFlight()).json();
    // Three calls overlapped within the latency, all on the same workspace; none is left in flight.
    expect(view).toEqual({ requests: 0, maxRequests: 3, workspaces: 0, maxWorkspaces: 1 });
    await admin.clearFaults();
    expect(await (await admin.resetInFlight()).json()).toMatchObject({ maxRequests: 0, maxWorkspaces: 0 });
  });

  it("adds a large fleet at once, across regions, and tops it up rather than duplicating", async ({
    admin,
  }) => {
    const first = await (
      await admin.fleet({ workspaces: 30, servicesPerWorkspace: 4, prefix: "bulk" })
    ).json();
    expect(first).toMatchObject({ workspacesAdded: 30, servicesAdded: 120 });
    const again = await (
      await admin.fleet({ workspaces: 30, servicesPerWorkspace: 5, prefix: "bulk" })
    ).json();
    expect(again).toMatchObject({ workspacesAdded: 0, servicesAdded: 30 });
    const body = (await (await admin.regions()).json()) as { value: { workspaces: string[] }[] };
    const regions = body.value;
    const bulkRegions = regions.filter((r) => r.workspaces.some((w) => w.startsWith("bulk-")));
    expect(bulkRegions.length).toBeGreaterThan(5);
    await expectError(await admin.fleet({ workspaces: 0 }), 400, "validation_failed");
  });
});
