import { createRouter } from "../../routing/create-router.ts";
import { patchAuth } from "./deployment-auth.handlers.ts";
import { create, remove } from "./deployment-lifecycle.handlers.ts";
import { get } from "./deployments.handlers.ts";
import { changeAuth, createDeployment, deleteDeployment, getDeployment } from "./deployments.routes.ts";

export const createDeploymentsRouter = () =>
  createRouter()
    .openapi(getDeployment, get)
    .openapi(changeAuth, patchAuth)
    .openapi(createDeployment, create)
    .openapi(deleteDeployment, remove);
