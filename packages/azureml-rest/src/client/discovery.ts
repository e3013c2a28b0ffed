import { DiscoveryDocumentSchema } from "../workspace.ts";
import { notUnderstood } from "./errors.ts";
import type { Http } from "./http.ts";
import { parseAnswer } from "./parse.ts";
import type { TtlCache } from "./ttl-cache.ts";

/** What discovery needs of a workspace: its ARM id (the cache key) and its discovery URL. */
export interface DiscoverableWorkspace {
  id: string;
  properties?: { discoveryUrl?: string | null | undefined } | null | undefined;
}

/** The `api` of a discovery document → the host the v1 paths go to (no trailing slash, no query). */
export function apiHostOf(api: string): string {
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw notUnderstood("discoverApiHost", "api is not a URL");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password)
    throw notUnderstood("discoverApiHost", "api is not an http(s) URL without credentials");
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.origin}${path}`;
}

/**
 * A workspace's model-management host: GET its discovery document (without the bearer token: it is
 * public, and on another host) and take its `api`. Kept per workspace for a bounded time. Null when
 * the workspace names no discovery URL (the emulator serves everything on its own URL).
 */
export function discoverApiHost(
  http: Http,
  cache: TtlCache<string, string>,
  workspace: DiscoverableWorkspace,
): Promise<string | null> {
  const url = workspace.properties?.discoveryUrl;
  if (!url) return Promise.resolve(null);
  return cache.get(`${workspace.id}\n${url}`, async () => {
    const answer = await http.send({
      label: "discoverApiHost",
      method: "GET",
      url,
      retry: "read",
      anonymous: true,
    });
    const document = parseAnswer(DiscoveryDocumentSchema, answer.json, "discoverApiHost", answer.status);
    return apiHostOf(document.api);
  });
}
