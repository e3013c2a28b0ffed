import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPUTE_TARGETS } from "./compute.ts";
import {
  DEPLOYMENT_KINDS,
  DeploymentKindSchema,
  ENDPOINT_COMPUTE_TYPES,
  generationOf,
  isEndpointKind,
  isServiceKind,
  SDK_V1_SUPPORT_ENDED_ON,
  SUCCESSOR_KIND,
} from "./deployment-kinds.ts";

const kind = fc.constantFrom(...DEPLOYMENT_KINDS);

describe("deployment kinds", () => {
  it("are the v1 compute targets and the v2 compute types, each once", () => {
    expect(DEPLOYMENT_KINDS).toEqual(["ACI", "AKS", "Managed", "Kubernetes"]);
    expect(new Set(DEPLOYMENT_KINDS).size).toBe(DEPLOYMENT_KINDS.length);
  });

  it("each belong to exactly one generation: the v1 targets to v1, the endpoint types to v2", () => {
    fc.assert(
      fc.property(kind, (k) => {
        expect(isServiceKind(k)).toBe((COMPUTE_TARGETS as readonly string[]).includes(k));
        expect(isEndpointKind(k)).toBe((ENDPOINT_COMPUTE_TYPES as readonly string[]).includes(k));
        expect(isServiceKind(k)).not.toBe(isEndpointKind(k));
        expect(generationOf(k)).toBe(isServiceKind(k) ? "v1" : "v2");
      }),
    );
  });

  it("refuses other spellings (Azure's computeType is exact)", () => {
    for (const other of ["aci", "managed", "AzureMLCompute", "K8s", ""])
      expect(DeploymentKindSchema.safeParse(other).success).toBe(false);
  });
});

describe("SUCCESSOR_KIND", () => {
  it("sends ACI to a managed endpoint and AKS to a Kubernetes endpoint, always a v2 kind", () => {
    expect(SUCCESSOR_KIND).toEqual({ ACI: "Managed", AKS: "Kubernetes" });
    for (const target of COMPUTE_TARGETS) expect(generationOf(SUCCESSOR_KIND[target])).toBe("v2");
  });

  it("records the end of SDK v1 support as an ISO date", () => {
    expect(SDK_V1_SUPPORT_ENDED_ON).toBe("2026-06-30");
    expect(new Date(`${SDK_V1_SUPPORT_ENDED_ON}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
      SDK_V1_SUPPORT_ENDED_ON,
    );
  });
});
