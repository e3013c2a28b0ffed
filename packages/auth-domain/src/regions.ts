import { z } from "zod";
import { safeText } from "./safe-text.ts";

/**
 * Azure's public regions, with their display names (English, and Spanish as the Azure portal shows
 * them: the one home of both) and approximate coordinates of their datacentres. Token fetching goes
 * through the workspace's region (seed: "the further apart, the slower"), so distance is part of the
 * domain. The list is of the public cloud only; a region it does not hold (a newer one, or a sovereign
 * cloud's) is still a region: see RegionNameSchema, and regionDistanceKm answers null for it.
 */
export const REGIONS = {
  // Americas
  eastus: { name: "East US", es: "Este de EE. UU.", lat: 37.37, lon: -79.82 },
  eastus2: { name: "East US 2", es: "Este de EE. UU. 2", lat: 36.67, lon: -78.39 },
  centralus: { name: "Central US", es: "Centro de EE. UU.", lat: 41.59, lon: -93.62 },
  northcentralus: { name: "North Central US", es: "Centro-norte de EE. UU.", lat: 41.88, lon: -87.63 },
  southcentralus: { name: "South Central US", es: "Centro-sur de EE. UU.", lat: 29.42, lon: -98.49 },
  westcentralus: { name: "West Central US", es: "Centro-oeste de EE. UU.", lat: 40.89, lon: -110.23 },
  westus: { name: "West US", es: "Oeste de EE. UU.", lat: 37.78, lon: -122.42 },
  westus2: { name: "West US 2", es: "Oeste de EE. UU. 2", lat: 47.23, lon: -119.85 },
  westus3: { name: "West US 3", es: "Oeste de EE. UU. 3", lat: 33.45, lon: -112.07 },
  centraluseuap: { name: "Central US EUAP", es: "Centro de EE. UU. EUAP", lat: 41.6, lon: -93.55 },
  eastus2euap: { name: "East US 2 EUAP", es: "Este de EE. UU. 2 EUAP", lat: 36.7, lon: -78.3 },
  canadacentral: { name: "Canada Central", es: "Centro de Canadá", lat: 43.65, lon: -79.38 },
  canadaeast: { name: "Canada East", es: "Este de Canadá", lat: 46.82, lon: -71.22 },
  mexicocentral: { name: "Mexico Central", es: "Centro de México", lat: 20.59, lon: -100.39 },
  brazilsouth: { name: "Brazil South", es: "Sur de Brasil", lat: -23.55, lon: -46.63 },
  brazilsoutheast: { name: "Brazil Southeast", es: "Sudeste de Brasil", lat: -22.9, lon: -43.21 },
  chilecentral: { name: "Chile Central", es: "Centro de Chile", lat: -33.45, lon: -70.67 },
  // Europe
  northeurope: { name: "North Europe", es: "Norte de Europa", lat: 53.35, lon: -6.26 },
  westeurope: { name: "West Europe", es: "Oeste de Europa", lat: 52.37, lon: 4.9 },
  uksouth: { name: "UK South", es: "Sur de Reino Unido", lat: 50.94, lon: -0.8 },
  ukwest: { name: "UK West", es: "Oeste de Reino Unido", lat: 53.43, lon: -3.08 },
  francecentral: { name: "France Central", es: "Centro de Francia", lat: 46.38, lon: 2.37 },
  francesouth: { name: "France South", es: "Sur de Francia", lat: 43.83, lon: 2.2 },
  germanywestcentral: { name: "Germany West Central", es: "Centro-oeste de Alemania", lat: 50.11, lon: 8.68 },
  germanynorth: { name: "Germany North", es: "Norte de Alemania", lat: 53.07, lon: 8.81 },
  swedencentral: { name: "Sweden Central", es: "Centro de Suecia", lat: 60.67, lon: 17.14 },
  norwayeast: { name: "Norway East", es: "Este de Noruega", lat: 59.91, lon: 10.75 },
  norwaywest: { name: "Norway West", es: "Oeste de Noruega", lat: 58.97, lon: 5.73 },
  switzerlandnorth: { name: "Switzerland North", es: "Norte de Suiza", lat: 47.45, lon: 8.56 },
  switzerlandwest: { name: "Switzerland West", es: "Oeste de Suiza", lat: 46.2, lon: 6.14 },
  italynorth: { name: "Italy North", es: "Norte de Italia", lat: 45.47, lon: 9.18 },
  polandcentral: { name: "Poland Central", es: "Centro de Polonia", lat: 52.23, lon: 21.01 },
  spaincentral: { name: "Spain Central", es: "Centro de España", lat: 40.43, lon: -3.42 },
  austriaeast: { name: "Austria East", es: "Este de Austria", lat: 48.21, lon: 16.37 },
  belgiumcentral: { name: "Belgium Central", es: "Centro de Bélgica", lat: 50.85, lon: 4.35 },
  denmarkeast: { name: "Denmark East", es: "Este de Dinamarca", lat: 55.68, lon: 12.57 },
  // Middle East and Africa
  uaenorth: { name: "UAE North", es: "Norte de Emiratos Árabes Unidos", lat: 25.27, lon: 55.32 },
  uaecentral: { name: "UAE Central", es: "Centro de Emiratos Árabes Unidos", lat: 24.47, lon: 54.37 },
  qatarcentral: { name: "Qatar Central", es: "Centro de Qatar", lat: 25.55, lon: 51.44 },
  israelcentral: { name: "Israel Central", es: "Centro de Israel", lat: 32.08, lon: 34.78 },
  southafricanorth: { name: "South Africa North", es: "Norte de Sudáfrica", lat: -25.73, lon: 28.22 },
  southafricawest: { name: "South Africa West", es: "Oeste de Sudáfrica", lat: -34.08, lon: 18.84 },
  // Asia Pacific
  centralindia: { name: "Central India", es: "Centro de la India", lat: 18.58, lon: 73.92 },
  southindia: { name: "South India", es: "Sur de la India", lat: 12.98, lon: 80.16 },
  westindia: { name: "West India", es: "Oeste de la India", lat: 19.09, lon: 72.87 },
  jioindiawest: { name: "Jio India West", es: "Jio India West", lat: 22.47, lon: 70.06 },
  jioindiacentral: { name: "Jio India Central", es: "Jio India Central", lat: 21.15, lon: 79.09 },
  southeastasia: { name: "Southeast Asia", es: "Sudeste de Asia", lat: 1.28, lon: 103.83 },
  eastasia: { name: "East Asia", es: "Este de Asia", lat: 22.27, lon: 114.19 },
  indonesiacentral: { name: "Indonesia Central", es: "Centro de Indonesia", lat: -6.21, lon: 106.85 },
  malaysiawest: { name: "Malaysia West", es: "Oeste de Malasia", lat: 3.14, lon: 101.69 },
  japaneast: { name: "Japan East", es: "Este de Japón", lat: 35.68, lon: 139.77 },
  japanwest: { name: "Japan West", es: "Oeste de Japón", lat: 34.69, lon: 135.5 },
  koreacentral: { name: "Korea Central", es: "Centro de Corea", lat: 37.57, lon: 126.98 },
  koreasouth: { name: "Korea South", es: "Sur de Corea", lat: 35.18, lon: 129.08 },
  australiaeast: { name: "Australia East", es: "Este de Australia", lat: -33.86, lon: 151.21 },
  australiasoutheast: { name: "Australia Southeast", es: "Sudeste de Australia", lat: -37.81, lon: 144.96 },
  australiacentral: { name: "Australia Central", es: "Centro de Australia", lat: -35.31, lon: 149.12 },
  australiacentral2: { name: "Australia Central 2", es: "Centro de Australia 2", lat: -35.35, lon: 149.24 },
  newzealandnorth: { name: "New Zealand North", es: "Norte de Nueva Zelanda", lat: -36.85, lon: 174.76 },
} as const;

/** A region of the list above. An answer from Azure is read with RegionNameSchema, which takes any. */
export const RegionSchema = z.enum(
  Object.keys(REGIONS) as [keyof typeof REGIONS, ...(keyof typeof REGIONS)[]],
);
export type Region = z.infer<typeof RegionSchema>;

export const ALL_REGIONS = RegionSchema.options;

/** True for a region of the list (an own key of REGIONS, never an inherited one such as `toString`). */
export function isKnownRegion(value: string | null | undefined): value is Region {
  return typeof value === "string" && Object.hasOwn(REGIONS, value);
}

/**
 * Azure writes a region as a name (`westus2`) and sometimes as its display name (`West US 2`): both
 * become the name, lowercase without spaces. Null for text that cannot be a region name.
 */
export function normalizeRegionName(value: string): string | null {
  const name = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  return /^[a-z][a-z0-9]{1,62}$/.test(name) ? name : null;
}

/**
 * Any region Azure may answer: one of the list, or one it does not hold (a newer region, a sovereign
 * cloud's), kept as its name. Only text that cannot be a region name (empty, a URL, punctuation) is
 * refused, since a region name may end up in a host name.
 */
export const RegionNameSchema = safeText().transform((value, ctx) => {
  const name = normalizeRegionName(value);
  if (name !== null) return name;
  ctx.addIssue({ code: "custom", message: "not a region name" });
  return z.NEVER;
});

/** The languages a region's display name is held in: the console's. */
export type RegionLanguage = "en" | "es";

/**
 * A region's display name as the Azure portal shows it in that language ("West US 2", "Oeste de EE. UU.
 * 2"); the name itself for a region the list does not hold. English by default (logs, the BFF's words).
 */
export function regionDisplayName(region: string, language: RegionLanguage = "en"): string {
  if (!isKnownRegion(region)) return region;
  return language === "es" ? REGIONS[region].es : REGIONS[region].name;
}

const EARTH_RADIUS_KM = 6371;

/**
 * Great-circle distance between two regions in kilometres (haversine); 0 for the same region. For a
 * region the list does not hold the distance is unknown: null (two listed regions always have one).
 */
export function regionDistanceKm(a: Region, b: Region): number;
export function regionDistanceKm(a: string, b: string): number | null;
export function regionDistanceKm(a: string, b: string): number | null {
  if (!isKnownRegion(a) || !isKnownRegion(b)) return null;
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
  /** Any region name: a region the list lacks is compared by name (only its distance is unknown). */
  workspaceRegion: string;
  clusterRegion: string | null;
}): boolean {
  return input.tokenAuth && input.clusterRegion !== null && input.clusterRegion !== input.workspaceRegion;
}
