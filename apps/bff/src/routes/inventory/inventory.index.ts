import { createRouter } from "../create-router.ts";
import { syncNow } from "./inventory.handlers.ts";
import { syncInventoryRoute } from "./inventory.routes.ts";

export const createInventoryRouter = () => createRouter().openapi(syncInventoryRoute, syncNow);
