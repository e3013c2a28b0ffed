import { createRouter } from "../../routing/create-router.ts";
import { listComputes } from "./computes.handlers.ts";
import { listComputesRoute } from "./computes.routes.ts";
import { listAll } from "./workspaces.handlers.ts";
import { listWorkspacesRoute } from "./workspaces.routes.ts";

export const createWorkspacesRouter = () =>
  createRouter().openapi(listWorkspacesRoute, listAll).openapi(listComputesRoute, listComputes);
