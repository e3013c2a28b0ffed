import { notUnderstood } from "./errors.ts";

/**
 * Resolves a path or a link the provider gave (nextLink, Operation-Location) against a base host.
 * A link to another host is re-based onto ours, so the bearer token is never sent anywhere else
 * (and an emulator that names itself `localhost` while we call `127.0.0.1` still works).
 */
export function resolveLink(link: string, base: string, label: string): string {
  const root = base.replace(/\/+$/, "");
  if (link.startsWith("/")) return root + link;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw notUnderstood(label, "a link is not a URL");
  }
  const origin = new URL(root).origin;
  return url.origin === origin ? url.href : origin + url.pathname + url.search;
}

/**
 * The operation id of an Operation-Location: its last path segment, as the Azure SDK takes it
 * (`…/operations/{id}`, with or without a query), or null when the location has no path.
 */
export function operationIdFrom(location: string): string | null {
  let path: string;
  try {
    path = new URL(location, "http://relative.invalid").pathname;
  } catch {
    return null;
  }
  const last = path.split("/").filter(Boolean).pop();
  if (!last) return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}
