import { createRouter } from "../../routing/create-router.ts";
import { listAll } from "./workspaces.handlers.ts";
import { listWorkspacesRoute } from "./workspaces.routes.ts";

export const createWorkspacesRouter = () => createRouter().openapi(listWorkspacesRoute, listAll);
