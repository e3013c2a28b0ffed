// Every key value the emulator has held during this run, read directly from it (listkeys with the BFF's
// service principal) before and after each journey: the v1 services Keyturn manages (ACI and AKS) and
// the v2 online endpoints; values replaced by a rotation stay known. Tokens that journeys read or
// reveal are added too. One ledger per worker (the system is shared, workers: 1).
import { type EmulatedService, EmulatorError, emulator } from "./emulator.ts";

export interface KnownSecret {
  value: string;
  /** Where it came from, e.g. "ws-prod-eastus/churn-predictor Secondary key" (never the value). */
  label: string;
  kind: "key" | "token";
}

class SecretLedger {
  private readonly secrets = new Map<string, KnownSecret>();

  add(value: string | null | undefined, label: string, kind: KnownSecret["kind"]): void {
    if (!value || this.secrets.has(value)) return;
    this.secrets.set(value, { value, label, kind });
  }

  all(): KnownSecret[] {
    return [...this.secrets.values()];
  }

  /** Reads both keys of every v1 service and every v2 online endpoint. */
  async readFleet(): Promise<void> {
    await this.readServices();
    await this.readEndpoints();
  }

  /**
   * Both keys of every ACI and AKS service of every workspace. Services of the other kinds
   * (AKSENDPOINT, IOT, UNKNOWN, …) are listed read-only and hold no key Keyturn reads: their listkeys
   * answers 400, so they are not asked. A workspace whose region is down answers 503: its keys were
   * read before (and cannot change while it is down), so it is skipped.
   */
  private async readServices(): Promise<void> {
    for (const workspace of await emulator.workspaces()) {
      let services: Awaited<ReturnType<typeof emulator.services>>;
      try {
        services = await emulator.services(workspace.name);
      } catch (error) {
        skipGone(error);
        continue;
      }
      await Promise.all(
        services.filter(isManagedKind).map(async (service) => {
          const keys = await emulator.listKeys(workspace.name, service.name).catch(skipGone);
          if (!keys) return;
          const where = `${workspace.name}/${service.name}`;
          this.add(keys.primaryKey, `${where} Primary key`, "key");
          this.add(keys.secondaryKey, `${where} Secondary key`, "key");
        }),
      );
    }
  }

  /** Both keys of every v2 online endpoint (null keys, as an Entra-token endpoint may have, add nothing). */
  private async readEndpoints(): Promise<void> {
    const endpoints = await emulator.onlineEndpoints();
    await Promise.all(
      endpoints.map(async (endpoint) => {
        if (!endpoint.workspace) return;
        const keys = await emulator.endpointKeys(endpoint.workspace, endpoint.name).catch(skipGone);
        if (!keys) return;
        const where = `${endpoint.workspace}/${endpoint.name} (online endpoint)`;
        this.add(keys.primaryKey, `${where} Primary key`, "key");
        this.add(keys.secondaryKey, `${where} Secondary key`, "key");
      }),
    );
  }
}

const isManagedKind = (service: EmulatedService): boolean =>
  service.computeType === "ACI" || service.computeType === "AKS";

/** A service or endpoint deleted (404) or a region gone down (503) since the listing: nothing to read. */
function skipGone(error: unknown): undefined {
  if (error instanceof EmulatorError && (error.status === 404 || error.status === 503)) return undefined;
  throw error;
}

export const ledger = new SecretLedger();
