import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Me } from "@keyturn/api-contract";
import { knownRoles, permissionsOf } from "@keyturn/auth-domain";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { vi } from "vitest";
import { AppToaster } from "../components/toast";
import type { Auth } from "../lib/auth/auth";
import { AuthProvider } from "../lib/auth/auth-context";
import { meQueryKey } from "../lib/auth/get-me";

/** `/api/me` for a user holding `roles` (the known ones, as the BFF answers), with the domain's permissions. */
export function meWithRoles(roles: readonly string[]): Me {
  return {
    oid: "00000000-0000-4000-8000-000000000001",
    tid: null,
    name: "Test User",
    username: "test@keyturn.test",
    roles: knownRoles(roles),
    permissions: permissionsOf(roles),
    authTime: null,
  };
}

export function fakeAuth(): Auth {
  return {
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    getAccessToken: vi.fn(async () => "test-token"),
    stepUp: vi.fn(async () => "fresh-token"),
  };
}

/** A query client for tests: no retries, and `/api/me` already answered. */
export function testQueryClient(me?: Me) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  if (me) queryClient.setQueryData(meQueryKey, me);
  return queryClient;
}

export function TestProviders({
  children,
  queryClient = testQueryClient(),
  auth = fakeAuth(),
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  auth?: Auth;
}) {
  return (
    <FluentProvider theme={webLightTheme}>
      <AuthProvider auth={auth}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AuthProvider>
    </FluentProvider>
  );
}

/** `toaster`: also render the console's toaster, for what says how a change went in a toast. */
export function renderWithProviders(
  ui: ReactElement,
  options: { me?: Me; auth?: Auth; toaster?: boolean } = {},
) {
  const queryClient = testQueryClient(options.me);
  const auth = options.auth ?? fakeAuth();
  return {
    queryClient,
    auth,
    ...render(
      <TestProviders queryClient={queryClient} auth={auth}>
        {ui}
        {options.toaster ? <AppToaster /> : null}
      </TestProviders>,
    ),
  };
}
