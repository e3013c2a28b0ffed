import { createHash } from "node:crypto";
import type { Service } from "@keyturn/azureml-rest";

/**
 * A strong ETag (RFC 9110 §8.8.3) of a deployment's auth-relevant state: the provider's updatedTime
 * (normalised, so `+00:00` and `Z` agree) and both auth flags. Any change through any client moves
 * updatedTime; the flags make a change visible even if a provider kept the time.
 */
export function deploymentEtag(
  service: Pick<Service, "updatedTime" | "authEnabled" | "aadAuthEnabled">,
): string {
  const basis = `${Date.parse(service.updatedTime)}|${service.authEnabled ? 1 : 0}|${service.aadAuthEnabled ? 1 : 0}`;
  return `"${createHash("sha256").update(basis).digest("base64url").slice(0, 27)}"`;
}

export type IfMatch = { kind: "missing" } | { kind: "any" } | { kind: "tags"; tags: string[] };

/** Parses If-Match: absent, `*`, or a list of entity tags (weak ones kept as written: they never match). */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === "") return { kind: "missing" };
  if (header.trim() === "*") return { kind: "any" };
  const tags = header.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return { kind: "tags", tags };
}

/** Strong comparison (RFC 9110 §13.1.1): a weak tag never matches. */
export function ifMatchSatisfied(ifMatch: IfMatch, current: string): boolean {
  if (ifMatch.kind === "any") return true;
  return ifMatch.kind === "tags" && ifMatch.tags.some((tag) => !tag.startsWith("W/") && tag === current);
}
