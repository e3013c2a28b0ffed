import { createRouter } from "../../routing/create-router.ts";
import { identify, list, reveal } from "./keys.handlers.ts";
import { identifyKey, listKeys, regenerateKey, revealKey } from "./keys.routes.ts";
import { regenerate } from "./regenerate.handlers.ts";

/** Keys of a deployment: metadata, regenerate, reveal (step-up), identify. */
export const createKeysRouter = () =>
  createRouter()
    .openapi(listKeys, list)
    .openapi(identifyKey, identify)
    .openapi(regenerateKey, regenerate)
    .openapi(revealKey, reveal);
