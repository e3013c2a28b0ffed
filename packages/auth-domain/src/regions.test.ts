import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_REGIONS, isCrossRegionTokenRisk, REGIONS, regionDistanceKm } from "./regions.ts";

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
