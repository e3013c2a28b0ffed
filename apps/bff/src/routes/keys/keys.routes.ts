import { defineRoute } from "../define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  KeyParamsSchema,
  PROVIDER_PROBLEMS,
} from "../deployment-path.ts";
import {
  IdentifyBodySchema,
  IdentifyResultSchema,
  KeyListSchema,
  KeyRevealSchema,
  RegenerationSchema,
} from "./keys.schemas.ts";

export const listKeys = defineRoute({
  method: "get",
  path: `${DEPLOYMENT_PATH}/keys`,
  tags: ["keys"],
  summary: "Metadata of the Primary and Secondary keys (fingerprint, age, last rotation) — never a value",
  permission: "inventory:read",
  request: { params: DeploymentParamsSchema },
  responses: { 200: json("The keys' metadata", KeyListSchema), ...PROVIDER_PROBLEMS },
});

export const regenerateKey = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/keys/{keyType}/regenerate`,
  tags: ["keys"],
  summary: "Regenerate one key (the other is untouched); waits for the workspace's operation",
  description:
    "keyType is case-normalised (`primary` → `Primary`); anything else is 400 `invalid_key_type`. " +
    "Regenerations of the same key are serialised (per deployment and key type, across replicas).",
  permission: "key:regenerate",
  audit: { action: "key.regenerate", target: deniedTarget },
  request: { params: KeyParamsSchema },
  responses: { 200: json("The new key's metadata", RegenerationSchema), ...PROVIDER_PROBLEMS },
});

export const revealKey = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/keys/{keyType}/reveal`,
  tags: ["keys"],
  summary: "Reveal one key's value (step-up: a recent sign-in; audited; Cache-Control: no-store)",
  permission: "secret:reveal",
  stepUp: true,
  audit: { action: "key.reveal", target: deniedTarget },
  request: { params: KeyParamsSchema },
  responses: { 200: json("The key's value", KeyRevealSchema), ...PROVIDER_PROBLEMS },
});

export const identifyKey = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/keys/identify`,
  tags: ["keys"],
  summary: "Which key of the deployment is this? Primary, Secondary or unknown (by fingerprint)",
  description:
    "The pasted key is compared by fingerprint in constant time; it is never echoed, logged or audited.",
  permission: "key:regenerate",
  audit: { action: "key.identify", target: deniedTarget },
  request: {
    params: DeploymentParamsSchema,
    body: { required: true, content: { "application/json": { schema: IdentifyBodySchema } } },
  },
  responses: { 200: json("The match", IdentifyResultSchema), ...PROVIDER_PROBLEMS },
});
