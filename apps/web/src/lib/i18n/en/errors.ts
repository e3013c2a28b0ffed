import type { ProblemCode } from "../../api-client";

/** Each problem code of the BFF (auth-domain's `ErrorCodeSchema`) in plain words, never the server's title. */
export const errors = {
  token_auth_requires_aks: "Token authentication is only available for AKS services, not ACI.",
  key_and_token_auth_together: "Key and token authentication cannot be on at the same time.",
  token_auth_requires_key_off:
    "To turn token authentication on, turn key authentication off in the same change.",
  invalid_key_type: "The key must be Primary or Secondary.",
  weak_key:
    "The key is too weak: it needs 16 to 256 characters, not one character repeated, and no spaces or control characters.",
  token_auth_not_enabled: "Token authentication is not on for this service, so no token can be issued.",
  endpoint_auth_required:
    "An online endpoint always authenticates its callers: choose Key, AML token or Entra token.",
  invalid_endpoint_auth_mode: "The auth mode of an online endpoint must be Key, AMLToken or AADToken.",
  entra_token_auth_requires_managed:
    "Entra token authentication is available on managed online endpoints only, not on Kubernetes endpoints.",
  rotation_event_not_allowed:
    "That step of the rotation cannot happen now; reload to see where the rotation is.",
  rotation_not_cancellable:
    "The rotation can no longer be cancelled: the old key is already being regenerated.",
  validation_failed: "Some of the information sent is not valid.",
  unauthenticated: "Your sign-in has expired. Sign in again to continue.",
  insufficient_user_authentication: "This action needs a recent sign-in. Sign in again to continue.",
  forbidden: "Your role does not allow this action.",
  not_found: "This item no longer exists, or you cannot see it.",
  conflict: "This item was changed at the same time by someone else. Reload and try again.",
  precondition_required: "The change was sent without the version it applies to. Reload and try again.",
  precondition_failed: "Someone changed this item since you opened it. Reload to see the latest version.",
  payload_too_large: "What was sent is too large.",
  headers_too_large: "What was sent is too large (its headers). Sign in again and retry.",
  unsupported_media_type: "The request was sent in a format the server does not accept.",
  rate_limited: "Too many requests in a short time. Wait a moment and try again.",
  secret_reentry_required:
    "The connection's address or token issuer changed, so its client secret must be entered again.",
  provider_throttled: "The Azure ML workspace is busy. Wait a moment and try again.",
  provider_unavailable: "The Azure ML workspace cannot be reached right now.",
  provider_timeout: "The Azure ML workspace took too long to answer.",
  provider_rejected: "The Azure ML workspace refused the request.",
  workspace_region_down: "The region of the workspace is down, so no token can be issued until it is back.",
  operation_failed: "The operation on the workspace failed.",
  credential_refused:
    "The identity provider refused the client ID or client secret of the workspace connection. An administrator can correct it in Settings.",
  provider_host_not_allowed:
    "The connection names a host the console is not allowed to send its credential to. An administrator of the server can allow it.",
  provider_redirect_refused:
    "The connection's endpoint answered with a redirect. The console never follows a redirect with the connection's credential.",
  webhook_address_not_allowed:
    "The webhook's address is inside the server's own network (loopback, link-local or private). Use a public address.",
  audit_unavailable: "The audit log cannot be written right now, so nothing was changed.",
  internal_error: "Something went wrong on our side. Try again in a moment.",
  network_error: "Keyturn cannot be reached. Check your connection and try again.",
} as const satisfies Record<ProblemCode, string>;
