import { lazy, Suspense } from "react";
import { useSessionRenewalPending } from "../../lib/auth/session";

const SessionExpiredDialog = lazy(() =>
  import("./session-expired-dialog").then((module) => ({ default: module.SessionExpiredDialog })),
);

/** Shows the "session expired" dialog while a call waits for the user to sign in again. */
export function SessionPrompt() {
  const pending = useSessionRenewalPending();
  return pending ? (
    <Suspense fallback={null}>
      <SessionExpiredDialog />
    </Suspense>
  ) : null;
}
