import { lazy, Suspense, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { toApiProblem } from "../lib/api-client";

/**
 * Outcome messages ("Key regenerated", "The workspace refused the request"). Toasts are queued
 * here and shown by the Fluent Toaster, which is loaded after the first render (it is not needed
 * before), so nothing sent early is lost.
 */
export type ToastIntent = "success" | "info" | "warning" | "error";

export interface ToastMessage {
  id: number;
  intent: ToastIntent;
  title: string;
  body?: string | undefined;
}

let queue: ToastMessage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function push(intent: ToastIntent, title: string, body?: string) {
  queue = [...queue, { id: nextId++, intent, title, body }];
  for (const listener of listeners) listener();
}

/** For the toaster: takes the waiting messages out of the queue. */
export function takeToasts(): ToastMessage[] {
  const taken = queue;
  queue = [];
  for (const listener of listeners) listener(); // the count is 0 again: the next push must change it
  return taken;
}

export function usePendingToastCount() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => queue.length,
    () => 0,
  );
}

/** `notify.success(t("…"))` with translated text; `notify.error(error)` says any error in plain words. */
export function useNotify() {
  const { t } = useTranslation();
  return {
    success: (title: string, body?: string) => push("success", title, body),
    info: (title: string, body?: string) => push("info", title, body),
    warning: (title: string, body?: string) => push("warning", title, body),
    error: (error: unknown) => {
      const problem = toApiProblem(error);
      const reference = problem.requestId
        ? t("common.errorView.reference", { id: problem.requestId })
        : undefined;
      push("error", t(`errors.${problem.code}`), reference);
    },
  };
}

const Toaster = lazy(() => import("./toaster").then((module) => ({ default: module.QueueToaster })));

/** Mounted once in the app providers. */
export function AppToaster() {
  return (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  );
}
