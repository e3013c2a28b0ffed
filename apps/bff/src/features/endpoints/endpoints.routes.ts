import {
  EndpointAuthBodySchema,
  EndpointDetailSchema,
  EndpointListQuerySchema,
  EndpointListSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { deniedTarget } from "../../routing/deployment-path.ts";
import {
  ENDPOINT_PATH,
  ENDPOINT_PROBLEMS,
  EndpointIfMatchSchema,
  EndpointParamsSchema,
  json,
  PRECONDITION_PROBLEMS,
} from "./endpoint-path.ts";

const detail = (description: string) => ({
  ...json(description, EndpointDetailSchema),
  headers: { ETag: { description: "Strong ETag of the endpoint", schema: { type: "string" as const } } },
});

export const listEndpoints = defineRoute({
  method: "get",
  path: "/endpoints",
  tags: ["endpoints"],
  summary: "Every v2 online endpoint (managed and Kubernetes) of every workspace, read from Azure now",
  description:
    "A workspace whose endpoints cannot be listed is named in `unreadable` with its problem's code; " +
    "the others are answered. `workspace`, `kind` (Managed, Kubernetes) and `authMode` (Key, AMLToken, " +
    "AADToken) narrow the list.",
  permission: "inventory:read",
  request: { query: EndpointListQuerySchema },
  responses: { 200: json("The endpoints", EndpointListSchema), ...ENDPOINT_PROBLEMS },
});

export const getEndpoint = defineRoute({
  method: "get",
  path: ENDPOINT_PATH,
  tags: ["endpoints"],
  summary:
    "One online endpoint, read from Azure: kind, auth mode, region, state, traffic, ETag (refreshes its inventory row; a 404 removes it)",
  permission: "inventory:read",
  request: { params: EndpointParamsSchema },
  responses: { 200: detail("The endpoint"), ...ENDPOINT_PROBLEMS },
});

export const changeEndpointAuth = defineRoute({
  method: "put",
  path: `${ENDPOINT_PATH}/auth`,
  tags: ["endpoints"],
  summary: "Change the endpoint's auth mode (If-Match; validated by the domain; a PUT of the endpoint)",
  description:
    "The mode is read and validated by auth-domain before any call (400 `invalid_endpoint_auth_mode`, " +
    "`endpoint_auth_required`, `entra_token_auth_requires_managed`). Under the endpoint's lock: a fresh " +
    "read, the ETag comparison (412), then the whole endpoint PUT back with the new mode and its " +
    "long-running operation followed for at most the operation wait (then 202, the endpoint as it reads). " +
    "The endpoint's inventory row is refreshed from the answer, so `GET /api/deployments` shows the mode at once.",
  permission: "deployment:write",
  audit: { action: "endpoint.auth.change", target: deniedTarget },
  request: {
    params: EndpointParamsSchema,
    headers: EndpointIfMatchSchema,
    body: { required: true, content: { "application/json": { schema: EndpointAuthBodySchema } } },
  },
  responses: {
    200: detail("The endpoint with its new mode and ETag"),
    202: detail("Azure accepted the change and still applies it: the endpoint as it reads now"),
    ...ENDPOINT_PROBLEMS,
    ...PRECONDITION_PROBLEMS,
  },
});
