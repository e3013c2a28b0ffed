import type { IPublicClientApplication } from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import type { Auth } from "../lib/auth/auth";
import { AuthProvider } from "../lib/auth/auth-context";

/** Theme and last-resort error boundary: what even the startup screens need. */
export function BaseProviders({ children }: { children: ReactNode }) {
  // No className here: Fluent puts the provider's classes on every portal too (toasts, tooltips),
  // so a min-height would cover the page. Each screen sets its own height.
  return (
    <FluentProvider theme={webLightTheme}>
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
