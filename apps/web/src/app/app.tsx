import { InteractionStatus } from "@azure/msal-browser";
import { useIsAuthenticated, useMsal } from "@azure/msal-react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../components/loading";
import type { StartedAuth } from "../lib/auth/start-auth";
import { AuthProviders, BaseProviders } from "./providers";
import { SignInPage } from "./sign-in-page";

let consoleModule: Promise<typeof import("./console")> | undefined;

/** Starts fetching the console's code; main.tsx calls it before sign-in starts up, to overlap both. */
export function preloadConsole() {
  consoleModule ??= import("./console");
  return consoleModule;
}

const Console = lazy(() => preloadConsole().then((module) => ({ default: module.Console })));

/** Signed in: the console. Signed out: the sign-in page. In between: a spinner. */
function Gate({ started }: { started: StartedAuth }) {
  const { t } = useTranslation();
  const { inProgress } = useMsal();
  const signedIn = useIsAuthenticated();

  if (signedIn) {
    return (
      <Suspense fallback={<Loading label={t("common.app.loading")} fullPage />}>
        <Console steppedUpByRedirect={started.steppedUpByRedirect} />
      </Suspense>
    );
  }
  if (inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect) {
    return <Loading label={t("common.app.loading")} fullPage />;
  }
  if (inProgress !== InteractionStatus.None)
    return <Loading label={t("common.signIn.inProgress")} fullPage />;
  return <SignInPage error={started.signInError} />;
}

export function App({ started }: { started: StartedAuth }) {
  return (
    <BaseProviders>
      <AuthProviders msal={started.msal} auth={started.auth}>
        <Gate started={started} />
      </AuthProviders>
    </BaseProviders>
  );
}
