import {
  ConnectionBodySchema,
  ConnectionListSchema,
  ConnectionSchema,
  ConnectionTestSchema,
  ConnectionUpdateSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse } from "../../routing/deployment-path.ts";
import { preconditionResponses, problemResponse } from "../../routing/problem-responses.ts";
import { IfMatchHeaderSchema } from "../deployments/public.ts";
import { ConnectionParamsSchema } from "./connections.schemas.ts";

const PRECONDITIONS = preconditionResponses("the connection's");
const NOT_FOUND = { 404: problemResponse("not_found: no such connection.") } as const;
const REFUSED_BODY = {
  400: problemResponse(
    "validation_failed: the body breaks a rule (see `errors`); secret_reentry_required: the address or token issuer changed, so the client secret(s) must be sent again; provider_host_not_allowed: a host the console may not send a credential to (production).",
  ),
} as const;
const withEtag = (description: string) => ({
  ...jsonResponse(description, ConnectionSchema),
  headers: { ETag: { description: "Strong ETag of the connection", schema: { type: "string" as const } } },
});
const audit = { action: "connection.change" as const };

export const listConnections = defineRoute({
  method: "get",
  path: "/connections",
  tags: ["settings"],
  summary: "Workspace connections: where the console reaches Azure ML, with which principal (no secret)",
  permission: "settings:admin",
  responses: { 200: jsonResponse("The connections, by name", ConnectionListSchema) },
});

export const createConnection = defineRoute({
  method: "post",
  path: "/connections",
  tags: ["settings"],
  summary: "Add a connection (the credential is encrypted at rest); audited as connection.change",
  permission: "settings:admin",
  audit,
  request: { body: { required: true, content: { "application/json": { schema: ConnectionBodySchema } } } },
  responses: {
    201: withEtag("The new connection"),
    ...REFUSED_BODY,
    409: problemResponse("conflict: a connection with this name exists."),
  },
});

export const updateConnection = defineRoute({
  method: "put",
  path: "/connections/{id}",
  tags: ["settings"],
  summary: "Change a connection (If-Match required); audited as connection.change",
  permission: "settings:admin",
  audit,
  request: {
    params: ConnectionParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { "application/json": { schema: ConnectionUpdateSchema } } },
  },
  responses: {
    200: withEtag("The changed connection"),
    ...REFUSED_BODY,
    409: problemResponse("conflict: a connection with this name exists."),
    ...NOT_FOUND,
    ...PRECONDITIONS,
  },
});

export const deleteConnection = defineRoute({
  method: "delete",
  path: "/connections/{id}",
  tags: ["settings"],
  summary: "Remove a connection and its inventory rows (If-Match required); audited as connection.change",
  permission: "settings:admin",
  audit,
  request: { params: ConnectionParamsSchema, headers: IfMatchHeaderSchema },
  responses: { 204: { description: "Removed" }, ...NOT_FOUND, ...PRECONDITIONS },
});

export const testConnection = defineRoute({
  method: "post",
  path: "/connections/{id}/test",
  tags: ["settings"],
  summary: "List the connection's workspaces now, with its stored credential",
  permission: "settings:admin",
  request: { params: ConnectionParamsSchema },
  responses: {
    200: jsonResponse("The workspaces the connection reaches", ConnectionTestSchema),
    ...NOT_FOUND,
    502: problemResponse(
      "credential_refused: the identity provider refused the client id or secret; provider_unavailable / provider_rejected: the endpoint could not be reached or refused; provider_redirect_refused: it answered a redirect (never followed with a credential); provider_host_not_allowed: a host the console may not send a credential to.",
    ),
  },
});
