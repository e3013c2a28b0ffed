import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_REGIONS,
  isCrossRegionTokenRisk,
  isKnownRegion,
  REGIONS,
  RegionNameSchema,
  RegionSchema,
  regionDisplayName,
  regionDistanceKm,
} from "./regions.ts";

const region = fc.constantFrom(...ALL_REGIONS);
const EPSILON_KM = 1e-6;

describe("regionDistanceKm", () => {
  it("is symmetric", () => {
    fc.assert(
      fc.property(region, region, (a, b) => {
        expect(regionDistanceKm(a, b)).toBeCloseTo(regionDistanceKm(b, a), 9);
      }),
    );
  });

  it("is zero iff the regions are the same, and positive and finite otherwise", () => {
    fc.assert(
      fc.property(region, region, (a, b) => {
        const d = regionDistanceKm(a, b);
        expect(Number.isFinite(d)).toBe(true);
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("satisfies the triangle inequality", () => {
    fc.assert(
      fc.property(region, region, region, (a, b, c) => {
        expect(regionDistanceKm(a, c)).toBeLessThanOrEqual(
          regionDistanceKm(a, b) + regionDistanceKm(b, c) + EPSILON_KM,
        );
      }),
    );
  });

  it("is a great-circle distance: at most half the Earth's circumference, and plausible for known pairs", () => {
    fc.assert(fc.property(region, region, (a, b) => regionDistanceKm(a, b) <= Math.PI * 6371 + EPSILON_KM));
    // London–Amsterdam-ish and Virginia–Tokyo-ish, within 10 %.
    expect(regionDistanceKm("uksouth", "westeurope")).toBeGreaterThan(350);
    expect(regionDistanceKm("uksouth", "westeurope")).toBeLessThan(450);
    expect(regionDistanceKm("eastus", "japaneast") / 10_900).toBeCloseTo(1, 1);
  });

  it("knows a name and valid coordinates for every region", () => {
    for (const r of ALL_REGIONS) {
      const { name, lat, lon } = REGIONS[r];
      expect(name.length).toBeGreaterThan(0);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
  });
});

describe("isCrossRegionTokenRisk", () => {
  it("is true exactly when token auth is on and the cluster region is known and differs", () => {
    fc.assert(
      fc.property(fc.boolean(), region, fc.option(region, { nil: null }), (tokenAuth, ws, cluster) => {
        const expected = tokenAuth && cluster !== null && cluster !== ws;
        expect(isCrossRegionTokenRisk({ tokenAuth, workspaceRegion: ws, clusterRegion: cluster })).toBe(
          expected,
        );
      }),
    );
  });
});

describe("the region list", () => {
  it("holds Azure's public regions, those the old short list lacked included", () => {
    for (const r of ["westus", "westus3", "southcentralus", "northcentralus", "eastasia", "koreacentral"])
      expect(RegionSchema.safeParse(r).success).toBe(true);
    expect(ALL_REGIONS.length).toBeGreaterThanOrEqual(60);
  });

  it("is a list of own keys: an inherited property name is not a region", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty"])
      expect(isKnownRegion(name)).toBe(false);
    expect(isKnownRegion(null)).toBe(false);
    expect(isKnownRegion("westus")).toBe(true);
  });
});

describe("RegionNameSchema", () => {
  it("reads a region the list does not hold as its name: never a parse failure", () => {
    for (const r of ["usgovvirginia", "chinaeast2", "saudiarabiaeast", "germanycentral"])
      expect(RegionNameSchema.parse(r)).toBe(r);
  });

  it("reads a display name as the region's name", () => {
    expect(RegionNameSchema.parse("West US 2")).toBe("westus2");
    expect(RegionNameSchema.parse(" East US ")).toBe("eastus");
    expect(RegionNameSchema.parse("UK South")).toBe("uksouth");
  });

  it("keeps every listed region as it is", () => {
    for (const r of ALL_REGIONS) expect(RegionNameSchema.parse(r)).toBe(r);
  });

  it("refuses text that cannot be a region name (it may end up in a host name)", () => {
    for (const bad of ["", " ", "evil.example/", "west.us", "a", "9east", "x".repeat(64), "west/us"])
      expect(RegionNameSchema.safeParse(bad).success).toBe(false);
  });
});

describe("an unknown region", () => {
  it("has an unknown distance (null) to any region, itself included", () => {
    fc.assert(
      fc.property(region, (r) => {
        expect(regionDistanceKm("usgovvirginia", r)).toBeNull();
        expect(regionDistanceKm(r, "chinaeast2")).toBeNull();
      }),
    );
    expect(regionDistanceKm("usgovvirginia", "usgovvirginia")).toBeNull();
  });

  it("is shown by its name", () => {
    expect(regionDisplayName("usgovvirginia")).toBe("usgovvirginia");
    expect(regionDisplayName("usgovvirginia", "es")).toBe("usgovvirginia");
    expect(regionDisplayName("westus")).toBe("West US");
  });
});

describe("regionDisplayName", () => {
  it("names a region as the Azure portal does in English (the default) and in Spanish", () => {
    expect(regionDisplayName("eastus")).toBe("East US");
    expect(regionDisplayName("eastus", "en")).toBe("East US");
    expect(regionDisplayName("eastus", "es")).toBe("Este de EE. UU.");
    expect(regionDisplayName("westeurope", "es")).toBe("Oeste de Europa");
    expect(regionDisplayName("southcentralus", "es")).toBe("Centro-sur de EE. UU.");
    expect(regionDisplayName("westus2", "es")).toBe("Oeste de EE. UU. 2");
  });

  it("gives each listed region its own name in each language", () => {
    for (const language of ["en", "es"] as const) {
      const names = ALL_REGIONS.map((r) => regionDisplayName(r, language));
      expect(names.every((name) => name.trim() === name && name.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(ALL_REGIONS.length);
    }
  });
});
