import { createRouter } from "../../routing/create-router.ts";
import { verify } from "./enforcement.handlers.ts";
import { verifyEnforcement } from "./enforcement.routes.ts";

/** Negative checks of a deployment's scoring URI, run by the BFF. */
export const createEnforcementRouter = () => createRouter().openapi(verifyEnforcement, verify);
