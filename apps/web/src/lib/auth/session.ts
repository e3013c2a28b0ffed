import { useSyncExternalStore } from "react";

/**
 * Whether the sign-in has run out (no token can be had without the user), and asking the user to
 * sign in again. The sign-in popup must open from a click, so the api client's call waits for the
 * session dialog's answer, as a step-up does; the page (and any unsaved edit) stays.
 *
 * The state survives a reload in sessionStorage, beside MSAL's own cache, so that after a reload the
 * console still says the session expired instead of greeting the user as signed in.
 */
const EXPIRED_FLAG = "keyturn.sessionExpired";

type Listener = () => void;
const listeners = new Set<Listener>();
const notify = () => {
  for (const listener of listeners) listener();
};

function readFlag(): boolean {
  try {
    return window.sessionStorage.getItem(EXPIRED_FLAG) === "true";
  } catch {
    return false;
  }
}

function writeFlag(expired: boolean) {
  try {
    if (expired) window.sessionStorage.setItem(EXPIRED_FLAG, "true");
    else window.sessionStorage.removeItem(EXPIRED_FLAG);
  } catch {
    // Storage refused (private mode): the state still holds for this page.
  }
}

let expired = readFlag();
let asking: { promise: Promise<boolean>; resolve: (confirmed: boolean) => void } | null = null;
let renewer: (() => Promise<boolean>) | undefined;

export const isSessionExpired = () => expired;

export function markSessionExpired() {
  if (expired) return;
  expired = true;
  writeFlag(true);
  notify();
}

export function markSessionActive() {
  if (!expired) return;
  expired = false;
  writeFlag(false);
  notify();
}

/** Resolves `true` when the user chooses to sign in again, `false` when not. Concurrent asks share one. */
export function requestSessionRenewal(): Promise<boolean> {
  if (!asking) {
    let resolve!: (confirmed: boolean) => void;
    const promise = new Promise<boolean>((done) => {
      resolve = done;
    });
    asking = { promise, resolve };
    notify();
  }
  return asking.promise;
}

export function answerSessionRenewal(confirmed: boolean) {
  const current = asking;
  asking = null;
  current?.resolve(confirmed);
  notify();
}

/** What signs the user in again from a click (a popup); set once at startup by the sign-in code. */
export function setSessionRenewer(renew: (() => Promise<boolean>) | undefined) {
  renewer = renew;
}

/** Signs in again now (from a click); `true` once the session is back. */
export const renewSession = (): Promise<boolean> => renewer?.() ?? Promise.resolve(false);

function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const useSessionExpired = () =>
  useSyncExternalStore(
    subscribe,
    () => expired,
    () => false,
  );

/** Whether a call waits for the user's answer to "sign in again?". */
export const useSessionRenewalPending = () =>
  useSyncExternalStore(
    subscribe,
    () => asking !== null,
    () => false,
  );
