/** A readiness check: resolves when the dependency is usable, rejects otherwise. */
export type ReadinessCheck = (signal: AbortSignal) => Promise<void>;

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, "ok" | "failed">;
}

/**
 * The checks behind /readyz. Modules register their own (the database now; the workspace connection
 * later): `deps.readiness.register("workspace", (signal) => provider.ping(signal))`.
 */
export class Readiness {
  readonly #checks = new Map<string, ReadinessCheck>();

  constructor(private readonly timeoutMs = 2_000) {}

  register(name: string, check: ReadinessCheck): void {
    if (this.#checks.has(name)) throw new Error(`readiness check "${name}" is already registered`);
    this.#checks.set(name, check);
  }

  /** Runs every check in parallel, each bounded by the timeout. */
  async run(): Promise<ReadinessReport> {
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
