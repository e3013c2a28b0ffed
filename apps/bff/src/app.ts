import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { AuthFailureLimit } from "./auth/auth-failures.ts";
import { authenticate } from "./auth/authenticate.ts";
import { notFound, onError, validationHook } from "./errors/on-error.ts";
import { createAuditRouter } from "./features/audit/audit.index.ts";
import { auditSignIns } from "./features/audit/public.ts";
import { createConfigRouter } from "./features/config/config.index.ts";
import { createConnectionsRouter } from "./features/connections/connections.index.ts";
import { createDeploymentsRouter } from "./features/deployments/deployments.index.ts";
import { createDocsRouter } from "./features/docs/docs.index.ts";
import { createEndpointsRouter } from "./features/endpoints/endpoints.index.ts";
import { createEnforcementRouter } from "./features/enforcement/enforcement.index.ts";
import { createInventoryRouter } from "./features/inventory/inventory.index.ts";
import { createKeysRouter } from "./features/keys/keys.index.ts";
import { createMeRouter } from "./features/me/me.index.ts";
import { createMigrationRouter } from "./features/migration/migration.index.ts";
import { createPostureRouter } from "./features/posture/posture.index.ts";
import { createRegionsRouter } from "./features/regions/regions.index.ts";
import { createRotationsRouter } from "./features/rotations/rotations.index.ts";
import { createSnippetsRouter } from "./features/snippets/snippets.index.ts";
import { compressReads, serveSpa } from "./features/system/public.ts";
import { createSystemRouter } from "./features/system/system.index.ts";
import { createTestCallsRouter } from "./features/test-calls/test-calls.index.ts";
import { createTokensRouter } from "./features/tokens/tokens.index.ts";
import { createWebhooksRouter } from "./features/webhooks/webhooks.index.ts";
import { createWorkspacesRouter } from "./features/workspaces/workspaces.index.ts";
import { bodyLimit } from "./middleware/body-limit.ts";
import { corsPolicy } from "./middleware/cors.ts";
import { jsonDepthLimit } from "./middleware/json-depth.ts";
import { metricsMiddleware } from "./middleware/metrics.ts";
import { noStore } from "./middleware/no-store.ts";
import { rateLimit } from "./middleware/rate-limit.ts";
import { requestId } from "./middleware/request-id.ts";
import { requestLogger } from "./middleware/request-logger.ts";
import { requestTimeout } from "./middleware/request-timeout.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import { createProviderHealthRouter } from "./provider/provider-health.index.ts";
import { PERMISSION_EXTENSION } from "./routing/define-route.ts";
import { requestSpans } from "./telemetry/request-spans.ts";

export const API_VERSION = "0.1.0";

/**
 * The BFF as a Hono app. Order: trace span → request id → deps → log → metrics → security headers →
 * CORS → no-store → body limit → timeout, then on /api/*: authenticate (unless the route is public) →
 * sign-in audit (the first request of each sign-in) → rate limit → the route's own guards
 * (defineRoute) → validation → handler. Errors of every layer end in `onError`.
 */
export function createApp(deps: AppDeps) {
  const { config, logger } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(onError(logger));
  app.notFound(notFound);

  // Public paths are the routes declared `permission: "public"`, read back from the registry below.
  const publicPaths: RegExp[] = [];
  const isPublic = (path: string) => publicPaths.some((re) => re.test(path));
  app.use(
    "*",
    requestSpans(),
    requestId(),
    provide(deps),
    requestLogger({ logger }),
    metricsMiddleware(deps.metrics),
    securityHeaders({
      production: config.mode === "production",
      connectSrc: [new URL(config.auth.issuer).origin],
    }),
    corsPolicy({ origins: config.corsOrigins }),
    noStore({ isPublic }),
    bodyLimit({ maxBytes: config.bodyLimitBytes }),
    requestTimeout({ ms: config.requestTimeoutMs }),
  );

  app.use(
    "/api/*",
    authenticate({
      verifier: deps.verifier,
      isPublic,
      // Invalid tokens per client address: the per-user limit below only sees authenticated callers.
      failures: new AuthFailureLimit({ ...config.authFailures, trustedProxyHops: config.trustedProxyHops }),
    }),
    // Each sign-in's first request writes its `session.seen` record (503 and no request if it cannot).
    auditSignIns(),
    rateLimit({ ...config.rateLimit, trustedProxyHops: config.trustedProxyHops }),
    jsonDepthLimit(),
  );
  // JSON answers to reads are gzipped (decision 013).
  app.use("/api/*", compressReads());

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "An access token for the Keyturn API audience (Entra ID, or dev-idp locally).",
  });

  const routes = app
    .route("/", createSystemRouter())
    .route("/api", createMeRouter())
    .route("/api", createConfigRouter())
    .route("/api", createWorkspacesRouter())
    .route("/api", createDeploymentsRouter())
    .route("/api", createKeysRouter())
    .route("/api", createRotationsRouter())
    .route("/api", createTokensRouter())
    .route("/api", createRegionsRouter())
    .route("/api", createTestCallsRouter())
    .route("/api", createEnforcementRouter())
    .route("/api", createSnippetsRouter())
    .route("/api", createEndpointsRouter())
    .route("/api", createProviderHealthRouter())
    .route("/api", createAuditRouter())
    .route("/api", createPostureRouter())
    .route("/api", createConnectionsRouter())
    .route("/api", createInventoryRouter())
    .route("/api", createMigrationRouter())
    .route("/api", createWebhooksRouter())
    .route(
      "/api",
      createDocsRouter(() => openApiDocument(app)),
    );

  publicPaths.push(...declaredPublicPaths(app));
  // The embedded default (`pnpm start`) serves the built SPA too; tests never do.
  if (config.mode !== "test") serveSpa(app, config.webDistDir, logger);
  return routes;
}

/** The app's type, for the SPA's typed client (`hc<AppType>`); see client-types.ts. */
export type AppType = ReturnType<typeof createApp>;

function provide(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async function provide(c, next) {
    c.set("deps", deps);
    c.set("logger", deps.logger);
    await next();
  };
}

export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Keyturn BFF",
      version: API_VERSION,
      description:
        "Console API for Azure ML web-service authentication. Every operation names its permission in " +
        `\`${PERMISSION_EXTENSION}\`; errors are RFC 9457 problem+json with a stable \`code\`.`,
    },
  });
}

/** Matchers for the paths of operations declared public (`{param}` matches one segment). */
function declaredPublicPaths(app: OpenAPIHono<AppEnv>): RegExp[] {
  return app.openAPIRegistry.definitions.flatMap((def) => {
    if (def.type !== "route" || (def.route as Record<string, unknown>)[PERMISSION_EXTENSION] !== "public")
      return [];
    const pattern = def.route.path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("");
    return [new RegExp(`^${pattern}$`)];
  });
}
