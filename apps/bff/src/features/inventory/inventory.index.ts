import { createRouter } from "../../routing/create-router.ts";
import { list, syncNow } from "./inventory.handlers.ts";
import { listDeployments, syncInventoryRoute } from "./inventory.routes.ts";

export const createInventoryRouter = () =>
  createRouter().openapi(listDeployments, list).openapi(syncInventoryRoute, syncNow);
