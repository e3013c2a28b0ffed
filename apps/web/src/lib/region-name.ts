import { REGIONS, type Region } from "@keyturn/auth-domain";

/** An Azure region's display name ("West Europe") from auth-domain's table; the id if unknown. */
export function regionName(region: string): string {
  return (REGIONS as Record<string, { name: string } | undefined>)[region]?.name ?? region;
}

export const isKnownRegion = (region: string | null | undefined): region is Region =>
  typeof region === "string" && Object.hasOwn(REGIONS, region);
