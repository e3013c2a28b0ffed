import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { adminRoutes } from "./admin/admin.routes.ts";
import type { AppEnv, EmulatorContext } from "./context.ts";
import { armAuth } from "./control-plane/arm-auth.ts";
import { authSettingsRoutes } from "./control-plane/auth-settings.routes.ts";
import { discoveryRoutes } from "./control-plane/discovery.routes.ts";
import { gatewayFaults } from "./control-plane/gateway-faults.ts";
import { keyRoutes } from "./control-plane/keys.routes.ts";
import { operationRoutes } from "./control-plane/operations.routes.ts";
import { serviceRoutes } from "./control-plane/services.routes.ts";
import { tokenRoutes } from "./control-plane/token.routes.ts";
import { workspaceRoutes } from "./control-plane/workspaces.routes.ts";
import { scoringRoutes } from "./data-plane/score.routes.ts";
import { notFoundHandler, onError } from "./http/on-error.ts";

// The patterns of azureml-rest's `workspacesPath` and `modelManagementBase` (the tests call the
// emulator through those helpers, so a drift between the two fails them).
const ARM_WORKSPACES =
  "/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.MachineLearningServices/workspaces";
const V1_BASE = `/modelmanagement/v1.0${ARM_WORKSPACES}/:ws`;

/**
 * The emulator's HTTP surface: the v1 control plane, ARM workspaces, each workspace's discovery
 * document, the data plane and /_emulator. `mountFirst` adds routes ahead of these (the v2 planes,
 * whose paths lie under ARM's workspaces and must not meet the workspace routes' middleware first).
 */
export function createApp(ctx: EmulatorContext, mountFirst?: (app: Hono<AppEnv>) => void) {
  const v1 = new Hono<AppEnv>()
    .use(gatewayFaults(ctx))
    .use(armAuth(ctx))
    .route("/", serviceRoutes(ctx))
    .route("/", authSettingsRoutes(ctx))
    .route("/", keyRoutes(ctx))
    .route("/", tokenRoutes(ctx))
    .route("/", operationRoutes(ctx));

  const app = new Hono<AppEnv>();
  app.use(ctx.inFlight.middleware());
  mountFirst?.(app);
  app
    .use("/modelmanagement/*", bodyLimit({ maxSize: 256 * 1024 }))
    .use("/_emulator/*", bodyLimit({ maxSize: 64 * 1024 }))
    .route(V1_BASE, v1)
    .route(ARM_WORKSPACES, workspaceRoutes(ctx))
    .route("/discovery", discoveryRoutes(ctx))
    .route("/_emulator", adminRoutes(ctx))
    .route("/", scoringRoutes(ctx));
  app.onError(onError(ctx.logger));
  app.notFound(notFoundHandler);
  return app;
}
