import { createRouter } from "../../routing/create-router.ts";
import { testCall, token } from "./endpoint-calls.handlers.ts";
import { getEndpointToken, runEndpointTestCall, verifyEndpointEnforcement } from "./endpoint-calls.routes.ts";
import { verify } from "./endpoint-enforcement.handlers.ts";
import { identify, list as listKeys, reveal } from "./endpoint-keys.handlers.ts";
import {
  identifyEndpointKey,
  listEndpointKeys,
  regenerateEndpointKey,
  revealEndpointKey,
} from "./endpoint-keys.routes.ts";
import { regenerate } from "./endpoint-regenerate.handlers.ts";
import { snippets } from "./endpoint-snippets.handlers.ts";
import { getEndpointSnippets } from "./endpoint-snippets.routes.ts";
import { get, list, putAuth } from "./endpoints.handlers.ts";
import { changeEndpointAuth, getEndpoint, listEndpoints } from "./endpoints.routes.ts";

export const createEndpointsRouter = () =>
  createRouter()
    .openapi(listEndpoints, list)
    .openapi(getEndpoint, get)
    .openapi(changeEndpointAuth, putAuth)
    .openapi(listEndpointKeys, listKeys)
    .openapi(identifyEndpointKey, identify)
    .openapi(regenerateEndpointKey, regenerate)
    .openapi(revealEndpointKey, reveal)
    .openapi(getEndpointToken, token)
    .openapi(runEndpointTestCall, testCall)
    .openapi(verifyEndpointEnforcement, verify)
    .openapi(getEndpointSnippets, snippets);
