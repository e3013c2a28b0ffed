import { errors } from "jose";
import { EmulatorError } from "../errors.ts";
import { bearerCredential } from "../http/bearer.ts";
import { ServiceKeyPair } from "../secrets/service-keys.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import { ArmError } from "./arm-error.ts";
import { isAllowed } from "./rbac.ts";
import type { EndpointRecord } from "./state.ts";
import type { V2Context } from "./v2-context.ts";

function denied(code: string, message: string, presented: boolean) {
  const challenge = presented
    ? `Bearer realm="azureml", error="invalid_token", error_description="${message}"`
    : 'Bearer realm="azureml"';
  return new ArmError(401, code, message, { "WWW-Authenticate": challenge });
}

const claim = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Enforces an endpoint's auth mode on one scoring call: Key → either current key (constant-time);
 * AMLToken → a token of the endpoint's workspace for this endpoint, unexpired; AADToken → an Entra
 * access token for `https://ml.azure.com` whose principal holds `score/action` (403 otherwise).
 */
export async function authorizeEndpointCall(
  v2: V2Context,
  endpoint: EndpointRecord,
  workspace: WorkspaceRecord,
  header: string | undefined,
): Promise<void> {
  const credential = bearerCredential(header);
  if (credential === undefined)
    throw denied(
      "missing_credential",
      `This endpoint requires Authorization: Bearer <${endpoint.authMode === "Key" ? "key" : "token"}>.`,
      false,
    );
  if (endpoint.authMode === "Key") {
    if (new ServiceKeyPair(endpoint.primaryKey, endpoint.secondaryKey).matches(credential)) return;
    throw denied("key_auth_access_denied", "The key is not a current key of this endpoint.", true);
  }
  if (endpoint.authMode === "AMLToken") {
    const verdict = await v2.emu.tokens.verify(credential, workspace, endpoint.id);
    if (verdict === "valid") return;
    if (verdict === "expired")
      throw denied("token_expired", "The token has expired; get a new one with the token call.", true);
    throw denied("token_auth_access_denied", "The token is not valid for this endpoint.", true);
  }
  let payload: Awaited<ReturnType<V2Context["mlTokens"]["verify"]>>;
  try {
    payload = await v2.mlTokens.verify(credential);
  } catch (err) {
    if (err instanceof errors.JWTExpired)
      throw denied("token_expired", "The Entra access token has expired.", true);
    if (
      err instanceof errors.JOSEError &&
      !(err instanceof errors.JWKSTimeout) &&
      !(err instanceof errors.JWKSInvalid)
    )
      throw denied(
        "aad_token_access_denied",
        "The token is not a valid Entra access token for https://ml.azure.com.",
        true,
      );
    v2.emu.logger.warn({ err }, "could not verify an Entra token against the identity provider");
    throw new EmulatorError(
      503,
      "idp_unavailable",
      "The identity provider could not be reached to verify the token.",
    );
  }
  const principal = { appId: claim(payload.appid) ?? claim(payload.azp), objectId: claim(payload.oid) };
  // A user's token names the console as `azp`: the user (oid) is the caller then.
  const asUser = claim(payload.preferred_username) !== null;
  const caller = asUser ? { appId: null, objectId: principal.objectId } : principal;
  if (!isAllowed(v2.assignments, caller, "score/action")) {
    throw new ArmError(
      403,
      "AuthorizationFailed",
      `The caller '${caller.objectId ?? caller.appId}' does not have 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action' on endpoint '${endpoint.name}'.`,
    );
  }
}
