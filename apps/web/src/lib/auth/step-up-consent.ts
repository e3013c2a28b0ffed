import { useSyncExternalStore } from "react";

/**
 * Asking the user before a step-up. The sign-in popup must open from a click (browsers block
 * popups otherwise), so the api client waits here until the step-up dialog is answered.
 */
type Listener = () => void;

let pending: { promise: Promise<boolean>; resolve: (confirmed: boolean) => void } | null = null;
const listeners = new Set<Listener>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Resolves `true` when the user confirms, `false` when they cancel. Concurrent asks share one dialog. */
export function requestStepUpConsent(): Promise<boolean> {
  if (!pending) {
    let resolve!: (confirmed: boolean) => void;
    const promise = new Promise<boolean>((done) => {
      resolve = done;
    });
    pending = { promise, resolve };
    notify();
  }
  return pending.promise;
}

export function answerStepUpConsent(confirmed: boolean) {
  const current = pending;
  pending = null;
  current?.resolve(confirmed);
  notify();
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether a step-up is waiting for the user's answer. */
export function useStepUpPending() {
  return useSyncExternalStore(
    subscribe,
    () => pending !== null,
    () => false,
  );
}
