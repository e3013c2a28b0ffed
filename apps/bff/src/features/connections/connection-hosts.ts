import type { CredentialInput } from "@keyturn/auth-domain";
import type { Config } from "../../env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { hostPolicy, hostRefusal } from "../../provider/allowed-hosts.ts";

/**
 * Production: a connection names only hosts the console may send a credential to — its address and
 * a client secret's authority. Refused with 400 `provider_host_not_allowed` naming the host; the
 * same policy is checked again on every request that carries a credential (provider/guarded-fetch.ts).
 */
export function assertAllowedHosts(
  config: Config,
  body: { baseUrl: string; credential?: CredentialInput | undefined },
): void {
  const policy = hostPolicy(config);
  const places: Array<[path: string, url: string]> = [["baseUrl", body.baseUrl]];
  if (body.credential?.kind === "client_secret") {
    places.push(["credential.authority", body.credential.authority]);
  }
  const errors = places.flatMap(([path, url]) => {
    const why = hostRefusal(policy, url);
    return why === null ? [] : [{ path, message: why }];
  });
  if (errors.length === 0) return;
  throw new ApiError(400, "provider_host_not_allowed", {
    detail: `The connection names a host the console may not send its credential to: ${errors.map((e) => e.message).join("; ")}.`,
    errors,
  });
}
