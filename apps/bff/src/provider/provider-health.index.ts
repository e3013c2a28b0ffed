import { createRouter } from "../routing/create-router.ts";
import { providerHealthView } from "./provider-health.handlers.ts";
import { getProviderHealth } from "./provider-health.routes.ts";

/** `GET /api/system/provider-health` (Admin): each workspace region's latest provider probe. */
export const createProviderHealthRouter = () => createRouter().openapi(getProviderHealth, providerHealthView);
