import { useEffect, useReducer, useRef } from "react";

/** How often a clock re-reads the time: a whole-second boundary shows at most this late. */
export const CLOCK_TICK_MS = 250;

/**
 * A value derived from the current time, kept live: read on every render and re-read every `tickMs`
 * while `enabled`, re-rendering only when it changes — so `() => Math.floor(Date.now() / 1000)`
 * renders once a second, not four times.
 */
export function useClock<T>(read: () => T, { enabled = true, tickMs = CLOCK_TICK_MS } = {}): T {
  const value = read();
  const latest = useRef({ read, value });
  latest.current = { read, value };
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!enabled) return;
    const id = window.setInterval(() => {
      if (!Object.is(latest.current.read(), latest.current.value)) rerender();
    }, tickMs);
    return () => window.clearInterval(id);
  }, [enabled, tickMs]);
  return value;
}

/** Whole seconds left until `deadlineMs` (epoch ms), counting down live; 0 once it has passed. */
export function useSecondsLeft(deadlineMs: number | undefined): number {
  return useClock(
    () => (deadlineMs === undefined ? 0 : Math.max(0, Math.ceil((deadlineMs - Date.now()) / 1000))),
    { enabled: deadlineMs !== undefined },
  );
}
