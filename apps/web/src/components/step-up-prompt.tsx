import { lazy, Suspense, useEffect } from "react";
import { useStepUpPending } from "../lib/auth/step-up-consent";

const loadDialog = () => import("./step-up-dialog");
const StepUpDialog = lazy(() => loadDialog().then((module) => ({ default: module.StepUpDialog })));

/** Shows the step-up dialog when the api client asks for one; its code is fetched after startup. */
export function StepUpPrompt() {
  const pending = useStepUpPending();
  useEffect(() => {
    const idle = window.setTimeout(() => void loadDialog(), 2000);
    return () => window.clearTimeout(idle);
  }, []);
  return pending ? (
    <Suspense fallback={null}>
      <StepUpDialog />
    </Suspense>
  ) : null;
}
