import type { Logger } from "pino";

export interface IntervalJob {
  /** Runs now, then every interval (timers are unref'd: they never keep the process alive). */
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * A periodic job of this replica. Runs never overlap here; across replicas the job itself decides
 * whether to run (an advisory try-lock and a freshness check), so each period runs once.
 */
export function intervalJob(
  name: string,
  intervalMs: number,
  run: () => Promise<unknown>,
  logger: Logger,
): IntervalJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = run()
      .then((result) => logger.debug({ job: name, result }, "job ran"))
      .catch((err: unknown) => logger.error({ err, job: name }, "job failed"))
      .finally(() => {
        running = null;
      });
  };
  return {
    start() {
      if (timer || intervalMs <= 0) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
