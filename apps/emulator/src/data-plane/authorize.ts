import { EmulatorError } from "../errors.ts";
import { bearerCredential } from "../http/bearer.ts";
import type { TokenVerdict, WorkspaceTokens } from "../secrets/workspace-tokens.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import type { ScoringTarget } from "./scoring-index.ts";

function denied(
  code: "missing_credential" | "key_auth_access_denied" | "token_auth_access_denied" | "token_expired",
  message: string,
) {
  const challenge =
    code === "missing_credential"
      ? 'Bearer realm="azureml"'
      : `Bearer realm="azureml", error="invalid_token", error_description="${message}"`;
  return new EmulatorError(401, code, message, { "WWW-Authenticate": challenge });
}

/** Where the token mode finds the service's workspace (its signing key); looked up in token mode only. */
export interface WorkspaceLookup {
  getWorkspace(id: string): WorkspaceRecord | undefined;
}

/**
 * Enforces the service's current auth settings on one scoring call: none → open; key → either key
 * (constant-time comparison, `ServiceKeyPair`); token → a token of this workspace for this service,
 * unexpired. Returns nothing when decided at once (the usual case), a promise only for a token seen
 * first.
 */
export function authorizeScoring(
  target: ScoringTarget,
  header: string | undefined,
  workspaces: WorkspaceLookup,
  tokens: WorkspaceTokens,
): undefined | Promise<void> {
  if (target.mode === "none") return;
  const credential = bearerCredential(header);
  if (credential === undefined) {
    throw denied("missing_credential", "This service requires Authorization: Bearer <key or token>.");
  }
  if (target.mode === "key") {
    if (target.keys.matches(credential)) return;
    throw denied("key_auth_access_denied", "The key is not a current key of this service.");
  }
  const workspace = workspaces.getWorkspace(target.service.workspaceId);
  if (!workspace) return enforceVerdict("invalid");
  const verdict = tokens.verify(credential, workspace, target.service.id);
  return typeof verdict === "string" ? enforceVerdict(verdict) : verdict.then(enforceVerdict);
}

function enforceVerdict(verdict: TokenVerdict): undefined {
  if (verdict === "valid") return;
  if (verdict === "expired") {
    throw denied("token_expired", "The token has expired; get a new one from the workspace.");
  }
  throw denied("token_auth_access_denied", "The token is not valid for this service.");
}
