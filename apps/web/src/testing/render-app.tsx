import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { createAppRouter } from "../app/router";
import { fakeAuth, meWithRoles, TestProviders, testQueryClient } from "./render";

/** The whole console (router, shell, the screen at `path`) for a user holding `roles`. */
export function renderApp(path: string, roles: readonly string[]) {
  const queryClient = testQueryClient(meWithRoles(roles));
  const auth = fakeAuth();
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  render(
    <TestProviders queryClient={queryClient} auth={auth}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { router, auth, queryClient };
}
