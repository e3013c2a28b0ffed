import { type AuthMode, authMode } from "@keyturn/auth-domain";
import type { ServiceState } from "@keyturn/azureml-rest";
import { ServiceKeyPair } from "../secrets/service-keys.ts";
import type { ServiceRecord } from "../state/schema.ts";
import type { Store } from "../state/store.ts";
import { scoringKey } from "./scoring-paths.ts";

/** What the hot path needs of a service, precomputed on each change so a request does no parsing. */
export interface ScoringTarget {
  service: ServiceRecord;
  state: ServiceState;
  mode: AuthMode;
  /** Both current keys, ready for a constant-time comparison; rebuilt on every change (regeneration). */
  keys: ServiceKeyPair;
}

/** Scoring endpoint key → target, kept in step with the store. */
export class ScoringIndex {
  private readonly byKey = new Map<string, ScoringTarget>();
  private readonly keyById = new Map<string, string>();

  constructor(private readonly store: Store) {
    this.rebuild();
    store.subscribe((event) => {
      if (event.kind === "reset") this.rebuild();
      else if (event.service) this.upsert(event.service);
      else this.remove(event.id);
    });
  }

  get(key: string): ScoringTarget | undefined {
    return this.byKey.get(key);
  }

  private rebuild(): void {
    this.byKey.clear();
    this.keyById.clear();
    for (const service of this.store.listServices()) this.upsert(service);
  }

  private upsert(service: ServiceRecord): void {
    this.remove(service.id);
    const key = scoringKey(service);
    if (key === null) return;
    this.keyById.set(service.id, key);
    this.byKey.set(key, {
      service,
      state: service.state,
      mode: authMode({ keyAuth: service.authEnabled, tokenAuth: service.aadAuthEnabled }),
      keys: new ServiceKeyPair(service.primaryKey, service.secondaryKey),
    });
  }

  private remove(id: string): void {
    const key = this.keyById.get(id);
    if (key === undefined) return;
    this.byKey.delete(key);
    this.keyById.delete(id);
  }
}
