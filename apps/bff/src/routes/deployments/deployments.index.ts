import { createRouter } from "../create-router.ts";
import { patchAuth } from "./deployment-auth.handlers.ts";
import { create, remove } from "./deployment-lifecycle.handlers.ts";
import { get, list } from "./deployments.handlers.ts";
import {
  changeAuth,
  createDeployment,
  deleteDeployment,
  getDeployment,
  listDeployments,
} from "./deployments.routes.ts";

export const createDeploymentsRouter = () =>
  createRouter()
    .openapi(listDeployments, list)
    .openapi(getDeployment, get)
    .openapi(changeAuth, patchAuth)
    .openapi(createDeployment, create)
    .openapi(deleteDeployment, remove);
