/** A BFF path from raw segments, each percent-encoded: `apiPath("deployments", ws, name, "keys")`. */
export function apiPath(...segments: string[]): string {
  return `/api/${segments.map(encodeURIComponent).join("/")}`;
}
