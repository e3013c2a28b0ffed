import type { Permission } from "@keyturn/auth-domain";
import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type ErrorComponentProps,
  lazyRouteComponent,
  type RouterHistory,
  redirect,
} from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../components/error-view";
import { Loading } from "../components/loading";
import { parseAuditFilters } from "../features/audit/filters";
import { deploymentsQueryOptions } from "../features/inventory/api/get-deployments";
import { parseInventoryFilters } from "../features/inventory/filters";
import { parsePostureSearch } from "../features/posture/search";
import { loadLaterMessages } from "../lib/i18n/i18n";
import { AppShell } from "./layout/app-shell";
import { parseDeploymentSearch } from "./routes/deployment-search";
import { parseEndpointSearch } from "./routes/endpoint-search";
import { migrationRoutes } from "./routes/migration-routes";
import { NotFoundRoute } from "./routes/not-found";
import { SCREENS } from "./screens";

export interface RouterContext {
  queryClient: QueryClient;
}

declare module "@tanstack/react-router" {
  interface StaticDataRouteOption {
    /** The permission a route needs; the shell shows "not allowed" without it. */
    permission?: Permission;
  }
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

/** The first screen's strings are bundled; any other screen waits for the rest (loaded once). */
const FIRST_SCREEN_PATHS = new Set(["/", SCREENS.inventory.path]);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  beforeLoad: ({ location }) => (FIRST_SCREEN_PATHS.has(location.pathname) ? undefined : loadLaterMessages()),
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: SCREENS.inventory.path, replace: true });
  },
});

// Screens are split into their own chunks, fetched on first visit (or on link hover/focus).
const inventoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SCREENS.inventory.path,
  staticData: { permission: SCREENS.inventory.permission },
  // Filters and order live in the address bar; the first page is fetched while the chunk loads.
  validateSearch: parseInventoryFilters,
  loaderDeps: ({ search }) => parseInventoryFilters(search),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchInfiniteQuery(deploymentsQueryOptions(deps));
  },
  component: lazyRouteComponent(() => import("./routes/inventory"), "InventoryRoute"),
});

const postureRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SCREENS.posture.path,
  staticData: { permission: SCREENS.posture.permission },
  // The findings' filters (severity, rule, workspace) live in the address bar.
  validateSearch: parsePostureSearch,
  component: lazyRouteComponent(() => import("./routes/posture"), "PostureRoute"),
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SCREENS.audit.path,
  staticData: { permission: SCREENS.audit.permission },
  // Filters live in the address bar (`/audit?outcome=denied`).
  validateSearch: parseAuditFilters,
  component: lazyRouteComponent(() => import("./routes/audit"), "AuditRoute"),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SCREENS.settings.path,
  staticData: { permission: SCREENS.settings.permission },
  component: lazyRouteComponent(() => import("./routes/settings"), "SettingsRoute"),
});

const newDeploymentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SCREENS.newDeployment.path,
  staticData: { permission: SCREENS.newDeployment.permission },
  component: lazyRouteComponent(() => import("./routes/new-deployment"), "NewDeploymentRoute"),
});

const deploymentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/deployments/$workspace/$name",
  staticData: { permission: "inventory:read" },
  validateSearch: parseDeploymentSearch,
  component: lazyRouteComponent(() => import("./routes/deployment"), "DeploymentRoute"),
});

const endpointRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/endpoints/$workspace/$name",
  staticData: { permission: "inventory:read" },
  validateSearch: parseEndpointSearch,
  component: lazyRouteComponent(() => import("./routes/endpoint"), "EndpointRoute"),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  inventoryRoute,
  postureRoute,
  auditRoute,
  settingsRoute,
  newDeploymentRoute,
  deploymentRoute,
  endpointRoute,
  ...migrationRoutes(rootRoute),
]);

function RouteError({ error, reset }: ErrorComponentProps) {
  return <ErrorView error={error} onRetry={reset} />;
}

function RoutePending() {
  const { t } = useTranslation();
  return <Loading label={t("common.app.loading")} />;
}

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    defaultPreload: "intent",
    // Route loaders read through TanStack Query, which owns caching and freshness.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultPendingComponent: RoutePending,
    defaultNotFoundComponent: NotFoundRoute,
    scrollRestoration: true,
  });
}
