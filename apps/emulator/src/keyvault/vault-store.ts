import { randomBytes } from "node:crypto";
import path from "node:path";
import { readJsonIfExists, writeJsonAtomic } from "../state/atomic-file.ts";
import {
  type SecretRecord,
  type SecretVersionRecord,
  type VaultRecord,
  type VaultStateFile,
  VaultStateFileSchema,
} from "./vault-state.ts";

/** What a set carries besides the value (absent: Key Vault's defaults). */
export interface SecretInput {
  value: string;
  contentType?: string | null;
  tags?: Record<string, string> | null;
  enabled?: boolean | null;
  notBefore?: number | null;
  expires?: number | null;
}

/**
 * The vaults in memory, written through to `<stateDir>/vaults.json` atomically; writes are serialised
 * and coalesced as in the v1 store, and `save()` resolves once the file holds the change. Vault and
 * secret names compare without case, as Key Vault's.
 */
export class VaultStore {
  private vaults = new Map<string, VaultRecord>();
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  private constructor(private readonly file: string) {}

  static async open(stateDir: string, initial: () => VaultStateFile): Promise<VaultStore> {
    const store = new VaultStore(path.join(stateDir, "vaults.json"));
    const raw = await readJsonIfExists(store.file);
    const state = raw === undefined ? initial() : VaultStateFileSchema.parse(raw);
    store.vaults = new Map(state.vaults.map((v) => [v.name.toLowerCase(), v]));
    if (raw === undefined) await store.save();
    return store;
  }

  list(): VaultRecord[] {
    return [...this.vaults.values()];
  }

  vault(name: string): VaultRecord | undefined {
    return this.vaults.get(name.toLowerCase());
  }

  secret(vault: VaultRecord, name: string): SecretRecord | undefined {
    const key = name.toLowerCase();
    return vault.secrets.find((s) => s.name.toLowerCase() === key);
  }

  /** Adds a new version (the secret too, on its first set) and returns it; `save()` persists it. */
  setSecret(vault: VaultRecord, name: string, input: SecretInput, now: number): SecretVersionRecord {
    const version: SecretVersionRecord = {
      version: randomBytes(16).toString("hex"),
      value: input.value,
      contentType: input.contentType ?? null,
      tags: input.tags ?? null,
      enabled: input.enabled ?? true,
      notBefore: input.notBefore ?? null,
      expires: input.expires ?? null,
      created: now,
      updated: now,
    };
    const existing = this.secret(vault, name);
    if (existing) existing.versions.push(version);
    else vault.secrets.push({ name, versions: [version] });
    return version;
  }

  save(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.writing.then(() => {
      this.queued = null;
      const state: VaultStateFile = { version: 1, vaults: this.list() };
      return writeJsonAtomic(this.file, state);
    });
    this.queued = next;
    this.writing = next.catch(() => undefined);
    return next;
  }
}
