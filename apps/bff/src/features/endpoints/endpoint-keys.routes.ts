import {
  EndpointKeyListSchema,
  EndpointKeyRegenerationSchema,
  KeyIdentifyRequestSchema,
  KeyIdentifyResultSchema,
  KeyRevealSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { deniedTarget } from "../../routing/deployment-path.ts";
import {
  ENDPOINT_PATH,
  ENDPOINT_PROBLEMS,
  EndpointIfMatchSchema,
  EndpointKeyParamsSchema,
  EndpointParamsSchema,
  json,
  PRECONDITION_PROBLEMS,
} from "./endpoint-path.ts";

const withEtag = <S>(description: string, schema: S) => ({
  ...json(description, schema),
  headers: {
    ETag: { description: "Strong ETag of the endpoint's keys", schema: { type: "string" as const } },
  },
});

const KEY_MODE = "Key-mode endpoints only (else 409 `conflict`).";

export const listEndpointKeys = defineRoute({
  method: "get",
  path: `${ENDPOINT_PATH}/keys`,
  tags: ["endpoints"],
  summary: "Metadata of the endpoint's two keys (fingerprint, age, last rotation) — never a value",
  description: KEY_MODE,
  permission: "inventory:read",
  request: { params: EndpointParamsSchema },
  responses: { 200: withEtag("The keys' metadata", EndpointKeyListSchema), ...ENDPOINT_PROBLEMS },
});

export const regenerateEndpointKey = defineRoute({
  method: "post",
  path: `${ENDPOINT_PATH}/keys/{keyType}/regenerate`,
  tags: ["endpoints"],
  summary: "Regenerate one key (If-Match with the keys' ETag); Azure's operation is followed to its end",
  description: `${KEY_MODE} Regenerations of an endpoint's keys are serialised across replicas.`,
  permission: "key:regenerate",
  audit: { action: "endpoint.key.regenerate", target: deniedTarget },
  request: { params: EndpointKeyParamsSchema, headers: EndpointIfMatchSchema },
  responses: {
    200: withEtag("The new key's metadata and the keys' new ETag", EndpointKeyRegenerationSchema),
    ...ENDPOINT_PROBLEMS,
    ...PRECONDITION_PROBLEMS,
  },
});

export const revealEndpointKey = defineRoute({
  method: "post",
  path: `${ENDPOINT_PATH}/keys/{keyType}/reveal`,
  tags: ["endpoints"],
  summary: "Reveal one key's value (step-up: a recent sign-in; audited; Cache-Control: no-store)",
  permission: "secret:reveal",
  stepUp: true,
  audit: { action: "endpoint.key.reveal", target: deniedTarget },
  request: { params: EndpointKeyParamsSchema },
  responses: { 200: json("The key's value", KeyRevealSchema), ...ENDPOINT_PROBLEMS },
});

export const identifyEndpointKey = defineRoute({
  method: "post",
  path: `${ENDPOINT_PATH}/keys/identify`,
  tags: ["endpoints"],
  summary: "Which of the endpoint's keys is this? Primary, Secondary or unknown (by fingerprint)",
  description: "The pasted key is compared by fingerprint in constant time; never echoed, logged or audited.",
  permission: "key:regenerate",
  audit: { action: "endpoint.key.identify", target: deniedTarget },
  request: {
    params: EndpointParamsSchema,
    body: { required: true, content: { "application/json": { schema: KeyIdentifyRequestSchema } } },
  },
  responses: { 200: json("The match", KeyIdentifyResultSchema), ...ENDPOINT_PROBLEMS },
});
