import type { IPublicClientApplication } from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import type { Auth } from "../lib/auth/auth";
import { AuthProvider } from "../lib/auth/auth-context";

const useStyles = makeStyles({ root: { minHeight: "100vh" } });

/** Theme and last-resort error boundary: what even the startup screens need. */
export function BaseProviders({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <ErrorBoundary>{children}</ErrorBoundary>
    </FluentProvider>
  );
}

/**
 * Sign-in state: MSAL for React, and Keyturn's `Auth` (sign in/out, tokens, step-up). i18n is
 * initialised before the first render (lib/i18n); TanStack Query is provided by the console.
 */
export function AuthProviders({
  msal,
  auth,
  children,
}: {
  msal: IPublicClientApplication;
  auth: Auth;
  children: ReactNode;
}) {
  return (
    <MsalProvider instance={msal}>
      <AuthProvider auth={auth}>{children}</AuthProvider>
    </MsalProvider>
  );
}
