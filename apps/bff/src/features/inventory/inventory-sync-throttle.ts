import { setTimeout as delay } from "node:timers/promises";
import { ApiError } from "../../errors/api-error.ts";

/** A workspace throttled this many times in one sync is given up for this run (its rows are kept). */
export const THROTTLED_TRIES = 4;
/** The longest Retry-After a sync waits out; a longer one gives the workspace up for this run. */
export const MAX_THROTTLE_WAIT_MS = 120_000;

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => delay(ms);

/**
 * How long a failed workspace listing asks the sync to hold off: the Retry-After of a throttling
 * answer (the client already waited out the short ones; this one was longer or came back), else
 * undefined (not throttled: the workspace fails for this run).
 */
export function throttledWaitMs(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.code !== "provider_throttled") return undefined;
  const seconds = Number(error.headers["Retry-After"] ?? "5");
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 5) * 1000;
}

/**
 * One pause shared by the sync's workers: a throttling answer is about the connection's identity, not
 * one workspace, so every worker holds off until its Retry-After has passed before the next call.
 */
export function throttleGate(sleep: Sleep) {
  let pause: Promise<void> = Promise.resolve();
  return {
    /** Resolves once every Retry-After asked so far has passed. */
    ready: () => pause,
    hold(ms: number) {
      const previous = pause;
      pause = Promise.all([previous, sleep(ms)]).then(() => {});
    },
  };
}
