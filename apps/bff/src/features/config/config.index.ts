import { createRouter } from "../../routing/create-router.ts";
import { consoleConfig } from "./config.handlers.ts";
import { getConfig } from "./config.routes.ts";

export const createConfigRouter = () => createRouter().openapi(getConfig, consoleConfig);
