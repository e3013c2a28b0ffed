import { isKnownRegion, normalizeRegionName } from "@keyturn/auth-domain";

// A provider call's names for spans and metric labels, from closed sets only: the URL's values
// (subscription, resource group, workspace and service names) and its query never become a label.

/** Resources under a workspace: the segment after each is a name. */
const COLLECTIONS = new Set(["services", "operations", "computes", "onlineendpoints", "deployments"]);
/** Actions on a resource. */
const ACTIONS = new Set(["listkeys", "regeneratekeys", "token", "getlogs"]);
const MAX_TOKENS = 6;

function segmentsOf(url: string): string[] {
  try {
    return new URL(url).pathname.split("/").filter((part) => part !== "");
  } catch {
    return [];
  }
}

/** `services/{}/listkeys` from the segments after a workspace's name; null for any unknown word. */
function template(rest: string[]): string | null {
  const out: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = (rest[i] ?? "").toLowerCase();
    if (COLLECTIONS.has(word)) {
      out.push(word);
      if (i + 1 < rest.length) {
        out.push("{}");
        i++;
      }
    } else if (ACTIONS.has(word)) out.push(word);
    else return null;
  }
  return out.length <= MAX_TOKENS ? out.join("/") : null;
}

/**
 * The operation a provider URL names: `v1 services/{}/listkeys` (model management), `arm
 * onlineendpoints/{}/token`, `arm workspaces` (the listing), `identity token`, `identity discovery`,
 * `workspace discovery`; `other` for anything else.
 */
export function providerOperation(url: string): string {
  const segments = segmentsOf(url);
  const lower = segments.map((part) => part.toLowerCase());
  const last = lower.at(-1);
  const at = lower.lastIndexOf("workspaces");
  if (last === "openid-configuration") return "identity discovery";
  if (last === "discovery") return "workspace discovery";
  if (at === -1) return last === "token" ? "identity token" : "other";
  const api = lower[0] === "modelmanagement" ? "v1" : "arm";
  if (at === lower.length - 1) return `${api} workspaces`;
  const rest = template(segments.slice(at + 2));
  if (rest === null) return "other";
  return `${api} ${rest === "" ? "workspace" : rest}`;
}

/** The workspace a provider URL is about (the segment after `workspaces`), if any. */
export function workspaceOfUrl(url: string): string | undefined {
  const segments = segmentsOf(url);
  const at = segments.findLastIndex((part) => part.toLowerCase() === "workspaces");
  const name = at === -1 ? undefined : segments[at + 1];
  if (name === undefined) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

/** A region as a span attribute: its name, or `other` for text that cannot be one; `none`: no workspace. */
export const regionName = (region: string | undefined) =>
  region === undefined ? "none" : (normalizeRegionName(region) ?? "other");

/** A region as a metric label: a region of the domain's list, `other`, or `none` (bounded). */
export function regionLabel(region: string | undefined): string {
  const name = regionName(region);
  return name === "none" || isKnownRegion(name) ? name : "other";
}
