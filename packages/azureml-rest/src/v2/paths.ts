import { type WorkspaceRef, workspacesPath } from "../paths.ts";

/** The newest stable api-version of the onlineEndpoints ARM spec, the one every v2 call sends. */
export const ONLINE_ENDPOINTS_API_VERSION = "2026-07-01";

/** One URL-encoded path segment; the empty and dot segments are refused (a resolver would collapse them). */
function segment(value: string): string {
  if (value === "" || value === "." || value === "..")
    throw new RangeError(`"${value}" cannot be a path segment`);
  return encodeURIComponent(value);
}

const query = `?api-version=${ONLINE_ENDPOINTS_API_VERSION}`;
const endpoints = (ref: WorkspaceRef) =>
  `${workspacesPath(ref.subscriptionId, ref.resourceGroup)}/${segment(ref.workspace)}/onlineEndpoints`;
const endpoint = (ref: WorkspaceRef, name: string) => `${endpoints(ref)}/${segment(name)}`;

/** ARM paths (with their api-version) of a workspace's online endpoints. */
export const v2Paths = {
  endpoints: (ref: WorkspaceRef) => endpoints(ref) + query,
  endpoint: (ref: WorkspaceRef, name: string) => endpoint(ref, name) + query,
  listKeys: (ref: WorkspaceRef, name: string) => `${endpoint(ref, name)}/listKeys${query}`,
  regenerateKeys: (ref: WorkspaceRef, name: string) => `${endpoint(ref, name)}/regenerateKeys${query}`,
  token: (ref: WorkspaceRef, name: string) => `${endpoint(ref, name)}/token${query}`,
};
