import { ALL_REGIONS, COMPUTE_TARGETS } from "@keyturn/auth-domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CreateServiceBodySchema,
  isManagedComputeType,
  KNOWN_COMPUTE_TYPES,
  OtherKindServiceSchema,
  ServiceListSchema,
  ServiceSchema,
} from "./service.ts";
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

  it("refuses an answer without what Keyturn acts on: name, key auth flag, creation time", () => {
    for (const field of ["authEnabled", "name", "createdTime"]) {
      const { [field]: _dropped, ...rest } = aks;
      expect(ServiceSchema.safeParse(rest).success).toBe(false);
    }
    expect(ServiceSchema.safeParse({ ...aks, authEnabled: "true" }).success).toBe(false);
    expect(ServiceSchema.safeParse({ ...aks, aadAuthEnabled: "true" }).success).toBe(false);
    // A kind Keyturn does not manage is read by OtherKindServiceSchema instead.
    expect(ServiceSchema.safeParse({ ...aks, computeType: "AMLCOMPUTE" }).success).toBe(false);
  });

  it("keeps a state the documented list lacks, as reported", () => {
    expect(ServiceSchema.parse({ ...aks, state: "Deleting" }).state).toBe("Deleting");
    expect(ServiceSchema.safeParse({ ...aks, state: "" }).success).toBe(false);
  });

  it("keeps a region Keyturn's list lacks, reads a display name as a name, and drops a non-region", () => {
    expect(ServiceSchema.parse({ ...aci, location: "usgovvirginia" }).location).toBe("usgovvirginia");
    expect(ServiceSchema.parse({ ...aci, location: "West US 3" }).location).toBe("westus3");
    expect(ServiceSchema.parse({ ...aci, location: "https://evil.example/" }).location).toBeNull();
  });

  it("reads an ACI answer without aadAuthEnabled as token auth off (ACI has none)", () => {
    const { aadAuthEnabled: _absent, ...azureAci } = aci;
    expect(ServiceSchema.parse(azureAci).aadAuthEnabled).toBe(false);
    expect(ServiceSchema.parse({ ...azureAci, aadAuthEnabled: null }).aadAuthEnabled).toBe(false);
  });

  it("reads an AKS answer without location, and one without scoringUri while it deploys", () => {
    const { scoringUri: _notYet, ...deploying } = aks;
    const parsed = ServiceSchema.parse(deploying);
    expect(parsed.location).toBeUndefined();
    expect(parsed.scoringUri).toBeNull();
    expect(parsed.computeName).toBe("aks-prod");
  });

  it("takes the creation time for an absent updatedTime", () => {
    const { updatedTime: _absent, ...noUpdate } = aks;
    expect(ServiceSchema.parse(noUpdate).updatedTime).toBe(aks.createdTime);
    expect(ServiceSchema.parse({ ...noUpdate, updatedTime: null }).updatedTime).toBe(aks.createdTime);
  });

  it("reads .NET times (seven fraction digits, an offset or none: UTC)", () => {
    const parsed = ServiceSchema.parse({
      ...aks,
      createdTime: "2025-03-01T09:30:00.1234567+00:00",
      updatedTime: "2025-06-15T12:00:00.1234567",
    });
    expect(parsed.createdTime).toBe("2025-03-01T09:30:00.1234567+00:00");
    expect(parsed.updatedTime).toBe("2025-06-15T12:00:00.1234567Z");
    expect(Date.parse(parsed.updatedTime)).toBe(Date.parse("2025-06-15T12:00:00.123Z"));
  });

  it("drops a shown-only field of another shape and still reads the service", () => {
    const parsed = ServiceSchema.parse({ ...aci, description: 42, kvTags: ["x"], swaggerUri: {} });
    expect(parsed).toMatchObject({ name: "diabetes-aci", description: undefined, kvTags: undefined });
  });

  it("parses a page of services, with or without nextLink", () => {
    expect(ServiceListSchema.parse({ value: [aks, aci], nextLink: "https://next" }).value).toHaveLength(2);
    expect(ServiceListSchema.parse({ value: [] }).nextLink).toBeUndefined();
  });
});

describe("OtherKindServiceSchema", () => {
  it("reads any other kind with only its name and kind, the rest null", () => {
    for (const computeType of ["AKSENDPOINT", "IOT", "AMLCOMPUTE", "UNKNOWN", "MIR", "SOMETHINGNEW"]) {
      expect(OtherKindServiceSchema.parse({ name: "x", computeType })).toEqual({
        name: "x",
        computeType,
        state: null,
        computeName: null,
        scoringUri: null,
        location: null,
        createdTime: null,
        updatedTime: null,
      });
    }
  });

  it("keeps what it has of the common fields, and refuses an item without name or kind", () => {
    const endpoint = {
      name: "ep",
      computeType: "AKSENDPOINT",
      state: "Healthy",
      computeName: "aks-prod",
      scoringUri: "http://20.1.2.3/api/v1/service/ep/score",
      createdTime: "2025-01-01T00:00:00Z",
      variants: [{ name: "v1" }],
    };
    expect(OtherKindServiceSchema.parse(endpoint)).toMatchObject({
      state: "Healthy",
      computeName: "aks-prod",
      createdTime: "2025-01-01T00:00:00Z",
    });
    expect(OtherKindServiceSchema.safeParse({ computeType: "IOT" }).success).toBe(false);
    expect(OtherKindServiceSchema.safeParse({ name: "x" }).success).toBe(false);
  });
});

describe("computeType", () => {
  it("knows the published kinds and MIR, and manages exactly ACI and AKS", () => {
    expect([...KNOWN_COMPUTE_TYPES].sort()).toEqual(
      ["ACI", "AKS", "AKSENDPOINT", "AMLCOMPUTE", "IOT", "MIR", "UNKNOWN"].sort(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...KNOWN_COMPUTE_TYPES), fc.string()), (kind) => {
        expect(isManagedComputeType(kind)).toBe(kind === "ACI" || kind === "AKS");
      }),
    );
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
