import path from "node:path";
import { ENTRA_SCORING_AUDIENCE } from "@keyturn/auth-domain";
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { armAuth } from "../control-plane/arm-auth.ts";
import { createIdpVerifier } from "../control-plane/idp-verifier.ts";
import { v2AdminRoutes } from "./admin.routes.ts";
import { requireApiVersion } from "./api-version.ts";
import { armOnError } from "./arm-error.ts";
import { changeRoutes } from "./changes.routes.ts";
import { credentialRoutes } from "./credentials.routes.ts";
import { EndpointStore } from "./endpoint-store.ts";
import { endpointRoutes } from "./endpoints.routes.ts";
import { operationRoutes } from "./operations.routes.ts";
import { ArmOperations } from "./operations.ts";
import { DEFAULT_ENDPOINT_ROLE_ASSIGNMENTS, type EndpointRoleAssignments, requireAction } from "./rbac.ts";
import { endpointScoringRoutes } from "./score.routes.ts";
import { seedEndpoints } from "./seed.ts";
import type { V2Context } from "./v2-context.ts";

const ARM_WORKSPACES =
  "/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.MachineLearningServices/workspaces";
const ENDPOINTS_BASE = `${ARM_WORKSPACES}/:ws/onlineEndpoints`;
const OPERATIONS_BASE = "/subscriptions/:sub/providers/Microsoft.MachineLearningServices/locations/:location";

export interface V2Options {
  endpointRoleAssignments?: EndpointRoleAssignments;
  /** The HTTPS listener's origin, once it listens (answers to a call over HTTPS name it). */
  httpsOrigin?: () => string | undefined;
}

export interface V2Plane {
  /** Mounts the v2 control plane, its operations and the endpoints' scoring URIs on `app`. */
  mount(app: Hono<AppEnv>): void;
  close(): Promise<void>;
}

/** Opens the v2 state (seeded beside the v1 workspaces on first start) and builds the v2 planes. */
export async function createV2Plane(emu: EmulatorContext, options: V2Options = {}): Promise<V2Plane> {
  // Beside the v1 state's folder, not in it: that folder holds its one file.
  const stateDir = path.join(emu.config.dataDir, "emulator-v2");
  const endpoints = await EndpointStore.open(stateDir, () => seedEndpoints(emu.store.listWorkspaces()));
  settleAfterRestart(endpoints);
  const v2: V2Context = {
    emu,
    endpoints,
    operations: new ArmOperations(emu.config.transitionDelayMs),
    assignments: options.endpointRoleAssignments ?? DEFAULT_ENDPOINT_ROLE_ASSIGNMENTS,
    mlTokens: createIdpVerifier({
      issuer: emu.config.idpIssuer,
      ca: emu.config.idpCa,
      audience: ENTRA_SCORING_AUDIENCE,
    }),
    origin: (c: Context) =>
      (new URL(c.req.url).protocol === "https:" ? options.httpsOrigin?.() : undefined) ?? emu.baseUrl(),
  };
  const onError = armOnError(emu.logger);

  const control = new Hono<AppEnv>()
    .use(bodyLimit({ maxSize: 256 * 1024 }))
    .use(armAuth(emu))
    .use(requireApiVersion("workspaces/onlineEndpoints"))
    .route("/", endpointRoutes(v2))
    .route("/", changeRoutes(v2))
    .route("/", credentialRoutes(v2));
  control.onError(onError);
  const operations = new Hono<AppEnv>()
    .use(armAuth(emu))
    .use(requireApiVersion("locations/mfeOperations"))
    .use(requireAction(v2.assignments, "read"))
    .route("/", operationRoutes(v2));
  operations.onError(onError);
  const scoring = endpointScoringRoutes(v2);
  scoring.onError(onError);
  const admin = v2AdminRoutes(v2);
  admin.onError(onError);

  return {
    mount(app) {
      app
        .route(ENDPOINTS_BASE, control)
        .route(OPERATIONS_BASE, operations)
        .route("/online", scoring)
        .route("/_emulator/online-endpoints", admin);
    },
    async close() {
      v2.operations.cancelAll();
      await endpoints.save();
      await v2.mlTokens.close();
    },
  };
}

/** Operations do not survive a restart: what they were doing is done. */
function settleAfterRestart(endpoints: EndpointStore): void {
  for (const endpoint of endpoints.list()) {
    if (endpoint.provisioningState === "Deleting") endpoints.delete(endpoint.id);
    else if (endpoint.provisioningState === "Creating" || endpoint.provisioningState === "Updating")
      endpoints.put({ ...endpoint, provisioningState: "Succeeded" });
  }
}
