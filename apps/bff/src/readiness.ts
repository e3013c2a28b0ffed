/** A readiness check: resolves when the dependency is usable, rejects otherwise. */
export type ReadinessCheck = (signal: AbortSignal) => Promise<void>;

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, "ok" | "failed">;
}

/**
 * The checks behind /readyz: whether this replica can serve (its database reachable, its migrations
 * applied), never whether a workspace or its region answers — a region outage must not take every
 * replica out of the load balancer. After `drain()` (shutdown) it answers not ready at once.
 */
export class Readiness {
  readonly #checks = new Map<string, ReadinessCheck>();
  #draining = false;

  constructor(private readonly timeoutMs = 2_000) {}

  register(name: string, check: ReadinessCheck): void {
    if (this.#checks.has(name)) throw new Error(`readiness check "${name}" is already registered`);
    this.#checks.set(name, check);
  }

  /** From now on this replica is leaving: not ready, without running the checks. */
  drain(): void {
    this.#draining = true;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Runs every check in parallel, each bounded by the timeout. */
  async run(): Promise<ReadinessReport> {
    if (this.#draining) return { ready: false, checks: { shutdown: "failed" } };
    const entries = await Promise.all(
      [...this.#checks].map(async ([name, check]) => {
        const controller = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            reject(new Error("timed out"));
            controller.abort();
          }, this.timeoutMs);
        });
        try {
          await Promise.race([check(controller.signal), timedOut]);
          return [name, "ok"] as const;
        } catch {
          return [name, "failed"] as const;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    return { ready: entries.every(([, status]) => status === "ok"), checks };
  }
}
