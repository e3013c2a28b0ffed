import { createRouter } from "../../routing/create-router.ts";
import { get, reveal } from "./tokens.handlers.ts";
import { getToken, revealToken } from "./tokens.routes.ts";

/** Workspace tokens of a deployment: metadata (cached until refreshAfter) and the step-up reveal. */
export const createTokensRouter = () => createRouter().openapi(getToken, get).openapi(revealToken, reveal);
