import {
  KeyIdentifyRequestSchema,
  KeyIdentifyResultSchema,
  KeyListSchema,
  KeyRegenerationSchema,
  KeyRevealSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  KeyParamsSchema,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";
import { problemResponse } from "../../routing/problem-responses.ts";
import { KeysIfMatchHeaderSchema } from "./keys.schemas.ts";

const withEtag = <S>(description: string, schema: S) => ({
  ...json(description, schema),
  headers: {
    ETag: { description: "Strong ETag of the deployment's keys", schema: { type: "string" as const } },
  },
});

export const listKeys = defineRoute({
  method: "get",
  path: `${DEPLOYMENT_PATH}/keys`,
  tags: ["keys"],
  summary: "Metadata of the Primary and Secondary keys (fingerprint, age, last rotation) — never a value",
  permission: "inventory:read",
  request: { params: DeploymentParamsSchema },
  responses: { 200: withEtag("The keys' metadata and their ETag", KeyListSchema), ...PROVIDER_PROBLEMS },
});

export const regenerateKey = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/keys/{keyType}/regenerate`,
  tags: ["keys"],
  summary: "Regenerate one key (the other is untouched); waits for the workspace's operation",
  description:
    "keyType is case-normalised (`primary` → `Primary`); anything else is 400 `invalid_key_type`. " +
    "If-Match with the keys' ETag (from GET …/keys) is required: 428 without it (or with `*`), 412 " +
    "with the current ETag when a key changed since. Regenerations of a deployment's keys are " +
    "serialised (across replicas) and the ETag is compared under that lock, against a fresh read: " +
    "two regenerations sent with the same ETag → exactly one succeeds.",
  permission: "key:regenerate",
  audit: { action: "key.regenerate", target: deniedTarget },
  request: { params: KeyParamsSchema, headers: KeysIfMatchHeaderSchema },
  responses: {
    200: withEtag("The new key's metadata and the keys' new ETag", KeyRegenerationSchema),
    ...PROVIDER_PROBLEMS,
    412: problemResponse("precondition_failed: If-Match is not the keys' current ETag (read them again)."),
    428: problemResponse("precondition_required: send If-Match with the keys' ETag."),
  },
});

export const revealKey = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/keys/{keyType}/reveal`,
  tags: ["keys"],
  summary: "Reveal one key's value (step-up: a recent sign-in; audited; Cache-Control: no-store)",
  description:
    "Not one-time: every reveal needs a recent sign-in and writes its own audit records (intent, then " +
    "success or failed), and its answer is never cached (decision 008).",
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
    body: { required: true, content: { "application/json": { schema: KeyIdentifyRequestSchema } } },
  },
  responses: { 200: json("The match", KeyIdentifyResultSchema), ...PROVIDER_PROBLEMS },
});
