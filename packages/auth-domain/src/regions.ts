import { z } from "zod";

/**
 * Azure regions Keyturn knows, with approximate coordinates. Token fetching goes through the
 * workspace's region (seed: "the further apart, the slower"), so distance is part of the domain.
 */
export const REGIONS = {
  eastus: { name: "East US", lat: 37.37, lon: -79.82 },
  eastus2: { name: "East US 2", lat: 36.67, lon: -78.39 },
  centralus: { name: "Central US", lat: 41.59, lon: -93.62 },
  westus2: { name: "West US 2", lat: 47.23, lon: -119.85 },
  canadacentral: { name: "Canada Central", lat: 43.65, lon: -79.38 },
  brazilsouth: { name: "Brazil South", lat: -23.55, lon: -46.63 },
  northeurope: { name: "North Europe", lat: 53.35, lon: -6.26 },
  westeurope: { name: "West Europe", lat: 52.37, lon: 4.9 },
  uksouth: { name: "UK South", lat: 50.94, lon: -0.8 },
  francecentral: { name: "France Central", lat: 46.38, lon: 2.37 },
  swedencentral: { name: "Sweden Central", lat: 60.67, lon: 17.14 },
  centralindia: { name: "Central India", lat: 18.58, lon: 73.92 },
  southeastasia: { name: "Southeast Asia", lat: 1.28, lon: 103.83 },
  japaneast: { name: "Japan East", lat: 35.68, lon: 139.77 },
  australiaeast: { name: "Australia East", lat: -33.86, lon: 151.21 },
} as const;

export const RegionSchema = z.enum(
  Object.keys(REGIONS) as [keyof typeof REGIONS, ...(keyof typeof REGIONS)[]],
);
export type Region = z.infer<typeof RegionSchema>;

export const ALL_REGIONS = RegionSchema.options;

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two regions in kilometres (haversine); 0 for the same region. */
export function regionDistanceKm(a: Region, b: Region): number {
  if (a === b) return 0;
  const p = REGIONS[a];
  const q = REGIONS[b];
  const rad = Math.PI / 180;
  const dLat = (q.lat - p.lat) * rad;
  const dLon = (q.lon - p.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/**
 * The seed's recommendation as a rule: token auth with the workspace and the cluster in different
 * regions is a risk (a workspace-region outage stops token fetching, and fetches are slower).
 */
export function isCrossRegionTokenRisk(input: {
  tokenAuth: boolean;
  workspaceRegion: Region;
  clusterRegion: Region | null;
}): boolean {
  return input.tokenAuth && input.clusterRegion !== null && input.clusterRegion !== input.workspaceRegion;
}
