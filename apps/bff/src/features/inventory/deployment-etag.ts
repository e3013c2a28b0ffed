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
