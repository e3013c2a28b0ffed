import {
  DestinationsBodySchema,
  KeyDestinationListSchema,
  RotationAcceptedSchema,
  RotationListSchema,
  RotationSchema,
  RotationStartBodySchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";
import { problemResponse, z } from "../../routing/problem-responses.ts";
import { ENDPOINT_PATH } from "../endpoints/public.ts";

const RotationParamsSchema = DeploymentParamsSchema.extend({
  id: z
    .uuid()
    .openapi({ param: { name: "id", in: "path" }, example: "0b9f4d0e-3c1a-4d8e-9a55-0c1d2e3f4a5b" }),
});
const notFound = problemResponse("not_found: no such workspace, deployment or rotation.");

/**
 * The rotation and destination routes under one kind of deployment's path: v1 services
 * (/deployments/…) and v2 online endpoints (/endpoints/…) share one contract.
 */
function rotationRoutesAt<const B extends string>(base: B) {
  return {
    start: defineRoute({
      method: "post",
      path: `${base}/rotations` as `${B}/rotations`,
      tags: ["rotations"],
      summary: "Start a dual-key rotation (regenerate standby → verify → publish → grace → retire old)",
      description:
        "Answers 202 with the rotation's id and state at once; the steps run in the BFF (any replica " +
        "resumes them after a crash) and are followed with GET …/rotations/{id}. One rotation at a time per " +
        "deployment (409 `conflict`, across replicas). It runs as the rotation policy that governs the " +
        "deployment says (the most specific scope over the tags Azure reports, as the scheduler picks " +
        "it): `graceSeconds` defaults to the policy's (15 minutes when none governs), a person confirms " +
        "before the old key dies when the policy asks, and the rotation names the policy (`policyId`). " +
        "A `graceSeconds` below 300 is refused (400) in production. Only key-auth deployments (409 otherwise).",
      permission: "key:regenerate",
      audit: { action: "rotation.start", target: deniedTarget },
      request: {
        params: DeploymentParamsSchema,
        body: { required: false, content: { "application/json": { schema: RotationStartBodySchema } } },
      },
      responses: {
        202: {
          ...json("Accepted: the rotation runs; its status is at Location", RotationAcceptedSchema),
          headers: {
            Location: { description: "The rotation's status", schema: { type: "string" as const } },
          },
        },
        ...PROVIDER_PROBLEMS,
        409: problemResponse(
          "conflict: a rotation of this deployment is in progress, the deployment does not use key auth, or it has no scoring URI yet.",
        ),
      },
    }),

    list: defineRoute({
      method: "get",
      path: `${base}/rotations` as `${B}/rotations`,
      tags: ["rotations"],
      summary: "The deployment's rotations, newest first (at most 50), each with its steps",
      permission: "inventory:read",
      request: { params: DeploymentParamsSchema },
      responses: { 200: json("The rotations", RotationListSchema) },
    }),

    get: defineRoute({
      method: "get",
      path: `${base}/rotations/{id}` as `${B}/rotations/{id}`,
      tags: ["rotations"],
      summary:
        "One rotation: each step with times, who and outcome, the versions written, what callers should send",
      permission: "inventory:read",
      request: { params: RotationParamsSchema },
      responses: { 200: json("The rotation", RotationSchema), 404: notFound },
    }),

    cancel: defineRoute({
      method: "post",
      path: `${base}/rotations/{id}/cancel` as `${B}/rotations/{id}/cancel`,
      tags: ["rotations"],
      summary: "Cancel a rotation before its old key starts to die",
      description:
        "Allowed until the retire-old step starts: then 409 `rotation_not_cancellable` (the old key is " +
        "being regenerated, which cannot be undone), as for a rotation that is over. What was done stays " +
        "done: a regenerated standby keeps its new key, a published key stays published.",
      permission: "key:regenerate",
      audit: { action: "rotation.cancel", target: deniedTarget },
      request: { params: RotationParamsSchema },
      responses: {
        200: json("The cancelled rotation", RotationSchema),
        404: notFound,
        409: problemResponse(
          "rotation_not_cancellable: the old key is being regenerated, or the rotation is over.",
        ),
      },
    }),

    confirm: defineRoute({
      method: "post",
      path: `${base}/rotations/{id}/confirm` as `${B}/rotations/{id}/confirm`,
      tags: ["rotations"],
      summary: "Confirm a rotation waiting for a person, so its old key is retired",
      description:
        "Only when the rotation's policy asked for a confirmation and it is waiting for one (after its " +
        "grace period): else 409 `rotation_event_not_allowed`. Audited as rotation.step (step confirm).",
      permission: "key:regenerate",
      audit: { action: "rotation.step", target: deniedTarget },
      request: { params: RotationParamsSchema },
      responses: {
        200: json("The confirmed rotation (its old key is being retired)", RotationSchema),
        404: notFound,
        409: problemResponse("rotation_event_not_allowed: the rotation is not waiting for a confirmation."),
      },
    }),

    listDestinations: defineRoute({
      method: "get",
      path: `${base}/destinations` as `${B}/destinations`,
      tags: ["rotations"],
      summary:
        "Where the deployment's active key is published (Key Vault secrets), with the last version written",
      permission: "inventory:read",
      request: { params: DeploymentParamsSchema },
      responses: { 200: json("The destinations", KeyDestinationListSchema) },
    }),

    putDestinations: defineRoute({
      method: "put",
      path: `${base}/destinations` as `${B}/destinations`,
      tags: ["rotations"],
      summary: "Set the deployment's destinations; the active key is published to each at once",
      description:
        "The whole set (at most 10; an empty list removes them all). Each destination is written a new " +
        "secret version holding the key callers should send now, with the BFF's own identity. When a vault " +
        "refuses the write nothing is changed (502 `provider_rejected`): a configured secret always " +
        "holds a working key. Outside development only Key Vault hosts (or allowed hosts) over https.",
      permission: "settings:admin",
      audit: { action: "destination.change", target: deniedTarget },
      request: {
        params: DeploymentParamsSchema,
        body: { required: true, content: { "application/json": { schema: DestinationsBodySchema } } },
      },
      responses: {
        200: json("The destinations and the versions written", KeyDestinationListSchema),
        ...PROVIDER_PROBLEMS,
      },
    }),

    deleteDestinations: defineRoute({
      method: "delete",
      path: `${base}/destinations` as `${B}/destinations`,
      tags: ["rotations"],
      summary: "Stop publishing the deployment's key (the secrets keep their versions)",
      permission: "settings:admin",
      audit: { action: "destination.change", target: deniedTarget },
      request: { params: DeploymentParamsSchema },
      responses: { 204: { description: "No destinations any more" } },
    }),
  };
}

export const deploymentRotationRoutes = rotationRoutesAt(DEPLOYMENT_PATH);
export const endpointRotationRoutes = rotationRoutesAt(ENDPOINT_PATH);
export type RotationRoutes = typeof deploymentRotationRoutes;

export const {
  start: startRotation,
  list: listRotationsRoute,
  get: getRotation,
  cancel: cancelRotation,
  confirm: confirmRotation,
  listDestinations: listDestinationsRoute,
  putDestinations,
  deleteDestinations,
} = deploymentRotationRoutes;
