import { describe, expect, it } from "vitest";
import { queryKeys } from "../../lib/query-keys";
import { deploymentSubject, endpointSubject, rotationKeys, rotationPath } from "./rotation-subject";

describe("rotation subject", () => {
  it("puts a v1 service's routes under /api/deployments and an endpoint's under /api/endpoints", () => {
    expect(rotationPath(deploymentSubject("ws-prod", "churn"), "rotations")).toBe(
      "/api/deployments/ws-prod/churn/rotations",
    );
    expect(rotationPath(endpointSubject("ws-prod", "churn"), "rotations", "r1", "cancel")).toBe(
      "/api/endpoints/ws-prod/churn/rotations/r1/cancel",
    );
    expect(rotationPath(endpointSubject("ws prod", "a/b"), "destinations")).toBe(
      "/api/endpoints/ws%20prod/a%2Fb/destinations",
    );
  });

  it("keys each generation's queries under its own feature's prefix, never the other's", () => {
    const v1 = rotationKeys(deploymentSubject("ws-prod", "churn"));
    const v2 = rotationKeys(endpointSubject("ws-prod", "churn"));
    // The keys panel of each generation reads the same key the rotation invalidates when it is over.
    expect(v1.keys).toEqual(queryKeys.deployments.keys("ws-prod", "churn"));
    expect(v2.keys).toEqual(queryKeys.endpoints.keys("ws-prod", "churn"));
    for (const key of [v2.keys, v2.rotations, v2.rotation("r1"), v2.destinations]) {
      expect(key.slice(0, 1)).toEqual(queryKeys.endpoints.all);
    }
    // A service and an endpoint of the same name never share a cached answer.
    expect(v1.rotations).not.toEqual(v2.rotations);
    expect(v1.destinations).not.toEqual(v2.destinations);
    // One rotation's key extends the list's: invalidating the list reloads both.
    expect(v2.rotation("r1").slice(0, v2.rotations.length)).toEqual(v2.rotations);
  });
});
