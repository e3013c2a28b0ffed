import { type AppRouteHandler, createRouter } from "../../routing/create-router.ts";
import * as destinations from "./destinations.handlers.ts";
import * as policies from "./policies.handlers.ts";
import {
  createRotationPolicy,
  deleteRotationPolicy,
  getRotationPolicy,
  listRotationPolicies,
  previewRotationPolicy,
  updateRotationPolicy,
} from "./policies.routes.ts";
import { confirmFor } from "./rotation-confirm.ts";
import { deploymentSubject, endpointSubject, type RotationSubject } from "./rotation-subject.ts";
import { cancelFor, getFor, listFor, startFor } from "./rotations.handlers.ts";
import { deploymentRotationRoutes, endpointRotationRoutes, type RotationRoutes } from "./rotations.routes.ts";

/** One kind's handlers; an endpoint's routes differ from a v1 service's by their path only. */
const handlersFor = (subject: RotationSubject) => ({
  start: startFor(subject),
  list: listFor(subject),
  get: getFor(subject),
  cancel: cancelFor(subject),
  confirm: confirmFor(subject),
  listDestinations: destinations.listFor(subject),
  putDestinations: destinations.putFor(subject),
  deleteDestinations: destinations.removeFor(subject),
});
const v1 = handlersFor(deploymentSubject);
// The handlers are typed against the v1 routes; the endpoint routes' params, bodies and answers are the same.
const v2 = handlersFor(endpointSubject) as unknown as {
  [K in keyof RotationRoutes]: AppRouteHandler<(typeof endpointRotationRoutes)[K]>;
};
const r1 = deploymentRotationRoutes;
const r2 = endpointRotationRoutes;

/**
 * Key rotations of a deployment (a v1 service or a v2 online endpoint in Key mode), the Key Vault
 * destinations its active key is published to, and the rotation policies that schedule them.
 */
export const createRotationsRouter = () =>
  createRouter()
    .openapi(r1.start, v1.start)
    .openapi(r1.list, v1.list)
    .openapi(r1.get, v1.get)
    .openapi(r1.cancel, v1.cancel)
    .openapi(r1.confirm, v1.confirm)
    .openapi(r1.listDestinations, v1.listDestinations)
    .openapi(r1.putDestinations, v1.putDestinations)
    .openapi(r1.deleteDestinations, v1.deleteDestinations)
    .openapi(r2.start, v2.start)
    .openapi(r2.list, v2.list)
    .openapi(r2.get, v2.get)
    .openapi(r2.cancel, v2.cancel)
    .openapi(r2.confirm, v2.confirm)
    .openapi(r2.listDestinations, v2.listDestinations)
    .openapi(r2.putDestinations, v2.putDestinations)
    .openapi(r2.deleteDestinations, v2.deleteDestinations)
    .openapi(listRotationPolicies, policies.list)
    .openapi(createRotationPolicy, policies.create)
    .openapi(getRotationPolicy, policies.get)
    .openapi(updateRotationPolicy, policies.update)
    .openapi(deleteRotationPolicy, policies.remove)
    .openapi(previewRotationPolicy, policies.preview);
