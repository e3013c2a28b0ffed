import { type AnyRoute, createRoute, lazyRouteComponent } from "@tanstack/react-router";

/**
 * The way to v2: one v1 service's plan (`/deployments/$workspace/$name/migration`, linked from its
 * posture finding) and every service's plans for a lead (`/migration`). Readable by whoever reads
 * the inventory; creating an endpoint is the Operator's, and the BFF decides.
 */
export function migrationRoutes<P extends AnyRoute>(parent: P) {
  const plan = createRoute({
    getParentRoute: () => parent,
    path: "/deployments/$workspace/$name/migration",
    staticData: { permission: "inventory:read" },
    component: lazyRouteComponent(() => import("./migration"), "MigrationRoute"),
  });
  const fleet = createRoute({
    getParentRoute: () => parent,
    path: "/migration",
    staticData: { permission: "inventory:read" },
    component: lazyRouteComponent(() => import("./migration-plans"), "MigrationPlansRoute"),
  });
  return [plan, fleet] as const;
}
