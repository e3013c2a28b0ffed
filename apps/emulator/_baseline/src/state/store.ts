import path from "node:path";
import { readJsonIfExists, writeJsonAtomic } from "./atomic-file.ts";
import {
  type OperationRecord,
  type ServiceRecord,
  type StateFile,
  StateFileSchema,
  type WorkspaceRecord,
} from "./schema.ts";

export type StoreEvent =
  | { kind: "service"; id: string; service: ServiceRecord | undefined }
  | { kind: "reset" };

/** Operations kept for polling; older finished ones are dropped. */
const MAX_OPERATIONS = 2000;

/**
 * The emulator's state in memory, written through to `<stateDir>/state.json` atomically after each
 * change. Writes are serialised and coalesced: a change made while a write runs is carried by the
 * next one, and `save()` resolves once the file holds the change.
 */
export class Store {
  private workspaces = new Map<string, WorkspaceRecord>();
  private services = new Map<string, ServiceRecord>();
  private operations = new Map<string, OperationRecord>();
  private listeners: ((event: StoreEvent) => void)[] = [];
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  private constructor(private readonly file: string) {}

  /** Opens the state in `stateDir`, or starts from `initial()` (and writes it) when there is none. */
  static async open(stateDir: string, initial: () => StateFile): Promise<Store> {
    const store = new Store(path.join(stateDir, "state.json"));
    const raw = await readJsonIfExists(store.file);
    const state = raw === undefined ? initial() : StateFileSchema.parse(raw);
    store.load(state);
    if (raw === undefined) await store.save();
    return store;
  }

  subscribe(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Replaces everything (reset to the seed). */
  async replace(state: StateFile): Promise<void> {
    this.load(state);
    this.emit({ kind: "reset" });
    await this.save();
  }

  listWorkspaces(): WorkspaceRecord[] {
    return [...this.workspaces.values()];
  }

  getWorkspace(id: string): WorkspaceRecord | undefined {
    return this.workspaces.get(id);
  }

  /** ARM treats subscription and resource group names case-insensitively. */
  findWorkspace(subscriptionId: string, resourceGroup: string, name: string): WorkspaceRecord | undefined {
    const sub = subscriptionId.toLowerCase();
    const rg = resourceGroup.toLowerCase();
    for (const w of this.workspaces.values()) {
      if (w.name === name && w.subscriptionId.toLowerCase() === sub && w.resourceGroup.toLowerCase() === rg) {
        return w;
      }
    }
    return undefined;
  }

  putWorkspace(workspace: WorkspaceRecord): void {
    this.workspaces.set(workspace.id, workspace);
  }

  listServices(workspaceId?: string): ServiceRecord[] {
    const all = [...this.services.values()];
    return workspaceId === undefined ? all : all.filter((s) => s.workspaceId === workspaceId);
  }

  getService(id: string): ServiceRecord | undefined {
    return this.services.get(id);
  }

  putService(service: ServiceRecord): void {
    this.services.set(service.id, service);
    this.emit({ kind: "service", id: service.id, service });
  }

  deleteService(id: string): void {
    this.services.delete(id);
    this.emit({ kind: "service", id, service: undefined });
  }

  getOperation(id: string): OperationRecord | undefined {
    return this.operations.get(id);
  }

  putOperation(operation: OperationRecord): void {
    this.operations.set(operation.id, operation);
    if (this.operations.size > MAX_OPERATIONS) {
      const oldest = this.operations.keys().next().value;
      if (oldest !== undefined) this.operations.delete(oldest);
    }
  }

  save(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.writing.then(() => {
      this.queued = null;
      return writeJsonAtomic(this.file, this.snapshot());
    });
    this.queued = next;
    this.writing = next.catch(() => undefined);
    return next;
  }

  private snapshot(): StateFile {
    return {
      version: 1,
      workspaces: this.listWorkspaces(),
      services: this.listServices(),
      operations: [...this.operations.values()],
    };
  }

  private load(state: StateFile): void {
    this.workspaces = new Map(state.workspaces.map((w) => [w.id, w]));
    this.services = new Map(state.services.map((s) => [s.id, s]));
    this.operations = new Map(state.operations.map((o) => [o.id, o]));
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
