import { ResourceNameSchema } from "@keyturn/api-contract";
import { safeText } from "@keyturn/auth-domain";
import { problemResponse, z } from "../../routing/problem-responses.ts";

// The path of the routes on one v2 online endpoint: /endpoints/{workspace}/{name}/…

export const ENDPOINT_PATH = "/endpoints/{workspace}/{name}";

export const EndpointParamsSchema = z.strictObject({
  workspace: ResourceNameSchema.meta({ param: { name: "workspace", in: "path" }, example: "ws-prod-eastus" }),
  name: ResourceNameSchema.meta({ param: { name: "name", in: "path" }, example: "churn-online" }),
});

/** keyType is any string here: the handler case-normalises it (auth-domain) or answers 400. */
export const EndpointKeyParamsSchema = EndpointParamsSchema.extend({
  keyType: safeText()
    .min(1)
    .max(32)
    .openapi({ param: { name: "keyType", in: "path" }, example: "Secondary" }),
});

export const EndpointIfMatchSchema = z.object({
  "if-match": safeText().max(500).optional().openapi({ description: "The current ETag (required)." }),
});

/** What a route that calls the workspace can answer besides the platform's problems. */
export const ENDPOINT_PROBLEMS = {
  404: problemResponse("not_found: no such workspace or endpoint."),
  409: problemResponse("conflict: the endpoint is not in a state or mode that allows this."),
  502: problemResponse(
    "provider_unavailable / provider_rejected: Azure could not be reached or refused; credential_refused: the identity provider refused the connection's credential.",
  ),
} as const;

export const PRECONDITION_PROBLEMS = {
  412: problemResponse("precondition_failed: If-Match is not the current ETag (read again)."),
  428: problemResponse("precondition_required: send If-Match with the current ETag."),
} as const;

export const json = <S>(description: string, schema: S) => ({
  description,
  content: { "application/json": { schema } },
});

/** The key metadata store's name for an endpoint: `/` is in no v1 service name, so none collides. */
export const endpointKeyOwner = (name: string) => `endpoint/${name}`;
