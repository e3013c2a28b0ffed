import path from "node:path";
import { readJsonIfExists, writeJsonAtomic } from "../state/atomic-file.ts";
import { type EndpointRecord, type V2StateFile, V2StateFileSchema } from "./state.ts";

/**
 * The online endpoints in memory, written through to `<stateDir>/online-endpoints.json` atomically
 * after each change; writes are serialised and coalesced as in the v1 store.
 */
export class EndpointStore {
  private endpoints = new Map<string, EndpointRecord>();
  /** `{name}.{region}` (lowercase) → id: a name is unique within a region, as its DNS label is. */
  private byHost = new Map<string, string>();
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  private constructor(private readonly file: string) {}

  /** Opens the state in `stateDir`, or starts from `initial()` (and writes it) when there is none. */
  static async open(stateDir: string, initial: () => V2StateFile): Promise<EndpointStore> {
    const store = new EndpointStore(path.join(stateDir, "online-endpoints.json"));
    const raw = await readJsonIfExists(store.file);
    const state = raw === undefined ? initial() : V2StateFileSchema.parse(raw);
    for (const endpoint of state.endpoints) store.index(endpoint);
    if (raw === undefined) await store.save();
    return store;
  }

  /** Replaces every endpoint (back to the seed). */
  async replace(state: V2StateFile): Promise<void> {
    this.endpoints.clear();
    this.byHost.clear();
    for (const endpoint of state.endpoints) this.index(endpoint);
    await this.save();
  }

  list(workspaceId?: string): EndpointRecord[] {
    const all = [...this.endpoints.values()];
    return workspaceId === undefined ? all : all.filter((e) => e.workspaceId === workspaceId);
  }

  /** ARM ids are case-insensitive. */
  get(id: string): EndpointRecord | undefined {
    return this.endpoints.get(id.toLowerCase());
  }

  /** The endpoint that answers at `{name}.{region}.inference.ml.azure.com`, if any. */
  findByHost(name: string, region: string): EndpointRecord | undefined {
    const id = this.byHost.get(`${name}.${region}`.toLowerCase());
    return id === undefined ? undefined : this.get(id);
  }

  put(endpoint: EndpointRecord): void {
    this.index(endpoint);
    void this.save().catch(() => undefined);
  }

  delete(id: string): void {
    const endpoint = this.get(id);
    if (endpoint) this.byHost.delete(`${endpoint.name}.${endpoint.location}`.toLowerCase());
    this.endpoints.delete(id.toLowerCase());
    void this.save().catch(() => undefined);
  }

  private index(endpoint: EndpointRecord): void {
    this.endpoints.set(endpoint.id.toLowerCase(), endpoint);
    this.byHost.set(`${endpoint.name}.${endpoint.location}`.toLowerCase(), endpoint.id);
  }

  save(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.writing.then(() => {
      this.queued = null;
      const state: V2StateFile = { version: 1, endpoints: this.list() };
      return writeJsonAtomic(this.file, state);
    });
    this.queued = next;
    this.writing = next.catch(() => undefined);
    return next;
  }
}
