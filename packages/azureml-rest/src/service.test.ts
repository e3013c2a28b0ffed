import { ALL_REGIONS, COMPUTE_TARGETS } from "@keyturn/auth-domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CreateServiceBodySchema, ServiceListSchema, ServiceSchema } from "./service.ts";
import { WIRE } from "./wire-fixtures.ts";

const aks = JSON.parse(WIRE.aksService);
const aci = JSON.parse(WIRE.aciService);

describe("ServiceSchema", () => {
  it("parses the documented service objects, keeping the contract's fields and dropping the rest", () => {
    const parsed = ServiceSchema.parse(aks);
    expect(parsed).toMatchObject({
      name: "diabetes-aks",
      computeType: "AKS",
      authEnabled: false,
      aadAuthEnabled: true,
    });
    expect(parsed).not.toHaveProperty("imageId");
    expect(ServiceSchema.parse(aci)).toMatchObject({
      computeType: "ACI",
      location: "westeurope",
      state: "Transitioning",
    });
  });

  it("parses any documented state, target and auth flags, and keeps them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Transitioning", "Healthy", "Unhealthy", "Failed", "Unschedulable"),
        fc.constantFrom(...COMPUTE_TARGETS),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.constantFrom(...ALL_REGIONS), { nil: null }),
        (state, computeType, authEnabled, aadAuthEnabled, location) => {
          const s = { ...aci, state, computeType, authEnabled, aadAuthEnabled, location };
          expect(ServiceSchema.parse(s)).toEqual(s);
        },
      ),
    );
  });

  it("refuses an answer without the auth flags, with a non-boolean flag, or an unknown target", () => {
    for (const field of ["authEnabled", "aadAuthEnabled", "name", "scoringUri", "createdTime"]) {
      const { [field]: _dropped, ...rest } = aks;
      expect(ServiceSchema.safeParse(rest).success).toBe(false);
    }
    expect(ServiceSchema.safeParse({ ...aks, authEnabled: "true" }).success).toBe(false);
    expect(ServiceSchema.safeParse({ ...aks, computeType: "AMLCOMPUTE" }).success).toBe(false);
    expect(ServiceSchema.safeParse({ ...aks, location: "mars" }).success).toBe(false);
    expect(ServiceSchema.safeParse({ ...aks, state: "Running" }).success).toBe(false);
  });

  it("parses a page of services, with or without nextLink", () => {
    expect(ServiceListSchema.parse({ value: [aks, aci], nextLink: "https://next" }).value).toHaveLength(2);
    expect(ServiceListSchema.parse({ value: [] }).nextLink).toBeUndefined();
  });
});

describe("CreateServiceBodySchema", () => {
  const body = JSON.parse(WIRE.createService);

  it("parses the documented create body and ignores the wider Azure fields", () => {
    const parsed = CreateServiceBodySchema.parse(body);
    expect(parsed).toMatchObject({ name: "fraud-aks", authEnabled: true, aadAuthEnabled: false });
    expect(parsed).not.toHaveProperty("models");
  });

  it("accepts exactly 3–32 lowercase letters, digits and dashes, starting with a letter and not ending in a dash", () => {
    const name = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."az09-"), minLength: 1, maxLength: 34 }),
      fc.string({ unit: fc.constantFrom(..."abz09-A_."), maxLength: 40 }),
    );
    fc.assert(
      fc.property(name, (n) => {
        const ok = /^[a-z][a-z0-9-]*[a-z0-9]$/.test(n) && n.length >= 3 && n.length <= 32;
        expect(CreateServiceBodySchema.safeParse({ ...body, name: n }).success).toBe(ok);
      }),
    );
    for (const [n, ok] of [
      ["ab", false],
      ["abc", true],
      ["a".repeat(32), true],
      ["a".repeat(33), false],
      ["ab-", false],
    ])
      expect(CreateServiceBodySchema.safeParse({ ...body, name: n }).success).toBe(ok);
  });

  it("refuses initial keys shorter than 16 characters", () => {
    const keys = { primaryKey: "short", secondaryKey: "fake-secondary-key-value-01" };
    expect(CreateServiceBodySchema.safeParse({ ...body, keys }).success).toBe(false);
  });
});
