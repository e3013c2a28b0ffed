import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { StepUpPrompt } from "../components/step-up-prompt";
import { AppToaster, useNotify } from "../components/toast";
import { createQueryClient } from "../lib/query-client";
import { SessionPrompt } from "./layout/session-prompt";
import { createAppRouter } from "./router";

/**
 * The signed-in console: server state (TanStack Query), the routed screens, toasts, and the
 * step-up and session-expired prompts. A chunk of its own, fetched while sign-in starts up (see app.tsx).
 */
export function Console({ steppedUpByRedirect = false }: { steppedUpByRedirect?: boolean }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <AppToaster />
      <RouterProvider router={router} />
      <StepUpPrompt />
      <SessionPrompt />
      {steppedUpByRedirect ? <StepUpReturnNotice /> : null}
    </QueryClientProvider>
  );
}

/** After a step-up that fell back to a redirect, the action could not be replayed: say so once. */
function StepUpReturnNotice() {
  const { t } = useTranslation();
  const notify = useNotify();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    notify.info(t("common.stepUp.redirected"));
  }, [notify, t]);
  return null;
}
