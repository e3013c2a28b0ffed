import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.ts";
import { ArmError } from "./arm-error.ts";

/** Azure's RBAC actions on online endpoints (`Microsoft.MachineLearningServices/workspaces/onlineEndpoints/…`). */
export const ENDPOINT_ACTIONS = [
  "read",
  "write",
  "delete",
  "listKeys/action",
  "regenerateKeys/action",
  "token/action",
  "score/action",
] as const;
export type EndpointAction = (typeof ENDPOINT_ACTIONS)[number];

export const ACTION_PREFIX = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/";
export const actionName = (action: EndpointAction) => `${ACTION_PREFIX}${action}`;

/**
 * The roles the emulator knows, by the online-endpoint actions they grant. Contributor and "AzureML
 * Data Scientist" hold every one; the built-in Reader holds only `read` (so, unlike v1, no AML
 * tokens); the custom role is the console's least-privilege reader: `read` and `token/action`.
 */
export const ENDPOINT_ROLES = {
  Contributor: ENDPOINT_ACTIONS,
  "AzureML Data Scientist": ENDPOINT_ACTIONS,
  Reader: ["read"],
  "Keyturn Endpoint Reader": ["read", "token/action"],
} as const satisfies Record<string, readonly EndpointAction[]>;
export type EndpointRole = keyof typeof ENDPOINT_ROLES;

/**
 * Principal (application id, or a user's object id) → role on every workspace's online endpoints.
 * The BFF is Contributor, the embedded reader holds the custom reader role, and of the dev-idp
 * users the operator may score (AADToken endpoints) and the lead may only read.
 */
export const DEFAULT_ENDPOINT_ROLE_ASSIGNMENTS: Readonly<Record<string, EndpointRole>> = {
  "keyturn-bff": "Contributor",
  "keyturn-reader": "Keyturn Endpoint Reader",
  "39c6c800-1fef-4f79-ae9a-597ba70f2901": "AzureML Data Scientist",
  "fb63473e-693e-4cd9-8266-455fa6ac14bf": "Reader",
};

export type EndpointRoleAssignments = Readonly<Record<string, EndpointRole>>;

/** Whether a principal (by application id, then object id) may perform an action. */
export function isAllowed(
  assignments: EndpointRoleAssignments,
  principal: { appId: string | null; objectId: string | null },
  action: EndpointAction,
): boolean {
  const role =
    (principal.appId !== null && Object.hasOwn(assignments, principal.appId)
      ? assignments[principal.appId]
      : undefined) ??
    (principal.objectId !== null && Object.hasOwn(assignments, principal.objectId)
      ? assignments[principal.objectId]
      : undefined);
  return role !== undefined && (ENDPOINT_ROLES[role] as readonly string[]).includes(action);
}

/** ARM's 403 `AuthorizationFailed`, naming the action and the scope (never whether the resource exists). */
export function authorizationFailed(
  who: string,
  objectId: string | null,
  action: EndpointAction,
  scope: string,
) {
  return new ArmError(
    403,
    "AuthorizationFailed",
    `The client '${who}' with object id '${objectId ?? who}' does not have authorization to perform action '${actionName(action)}' over scope '${scope}' or the scope is invalid.`,
  );
}

/** Requires the ARM caller (armAuth's principal) to hold `action` on the request's scope. */
export function requireAction(assignments: EndpointRoleAssignments, action: EndpointAction) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { appId, objectId } = c.var.principal;
    if (!isAllowed(assignments, { appId, objectId }, action)) {
      throw authorizationFailed(
        appId,
        objectId,
        action,
        c.req.path.replace(/\/(listKeys|regenerateKeys|token)$/, ""),
      );
    }
    await next();
  });
}
