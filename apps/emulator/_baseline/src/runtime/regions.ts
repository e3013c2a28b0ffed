import { ALL_REGIONS, REGIONS, type Region, regionDistanceKm } from "@keyturn/auth-domain";

/** Token calls cross the distance between the workspace's region and the cluster's: 20 ms per 1000 km. */
const MS_PER_KM = 0.02;

/** Which regions are down (a demo and test switch; in memory, a restart brings every region up). */
export class RegionStatus {
  private readonly down = new Set<Region>();

  constructor(private readonly latencyScale: number) {}

  isDown(region: Region): boolean {
    return this.down.has(region);
  }

  setDown(region: Region, isDown: boolean): void {
    if (isDown) this.down.add(region);
    else this.down.delete(region);
  }

  clear(): void {
    this.down.clear();
  }

  list() {
    return ALL_REGIONS.map((region) => ({ region, name: REGIONS[region].name, down: this.down.has(region) }));
  }

  /** The extra latency of a token call from a workspace in `from` for a service running in `to`. */
  tokenLatencyMs(from: Region, to: Region): number {
    return Math.round(regionDistanceKm(from, to) * MS_PER_KM * this.latencyScale);
  }
}
