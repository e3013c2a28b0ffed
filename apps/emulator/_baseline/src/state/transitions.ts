import type { Store } from "./store.ts";

/**
 * Finishes deployments: a created service is Transitioning until its `readyAt`, then Healthy, and its
 * operation Succeeded. Timers are re-armed from the persisted `readyAt` after a restart.
 */
export class Transitions {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly store: Store) {}

  /** Arms a timer for every Transitioning service (on start and after a reset). */
  resumeAll(): void {
    this.cancelAll();
    for (const service of this.store.listServices()) {
      if (service.state === "Transitioning" && service.readyAt !== null)
        this.arm(service.id, service.readyAt);
    }
  }

  arm(serviceId: string, readyAt: number): void {
    clearTimeout(this.timers.get(serviceId));
    const timer = setTimeout(() => void this.complete(serviceId), Math.max(0, readyAt - Date.now()));
    timer.unref();
    this.timers.set(serviceId, timer);
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async complete(serviceId: string): Promise<void> {
    this.timers.delete(serviceId);
    const service = this.store.getService(serviceId);
    if (service?.state !== "Transitioning") return;
    const now = new Date().toISOString();
    this.store.putService({
      ...service,
      state: "Healthy",
      updatedTime: now,
      readyAt: null,
      pendingOperationId: null,
    });
    const operation = service.pendingOperationId
      ? this.store.getOperation(service.pendingOperationId)
      : undefined;
    if (operation) this.store.putOperation({ ...operation, state: "Succeeded", endTime: now });
    await this.store.save();
  }
}
