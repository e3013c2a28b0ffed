import type { ClientSecretCredentialOptions } from "@azure/identity";
import type { FetchLike } from "../http/issuer-fetch.ts";
import { type HostPolicy, hostRefusal } from "./allowed-hosts.ts";

export type DestinationRefusal = "provider_host_not_allowed" | "provider_redirect_refused";

/** A request carrying a credential that was not sent, or a redirect that was not followed. */
export class DestinationRefusedError extends Error {
  override name = "DestinationRefusedError";
  constructor(
    readonly code: DestinationRefusal,
    /** A sentence for the operator: names a host, never a credential. */
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * The one check before a token or a secret leaves the BFF (the workspace client's fetch, the token
 * requests of both credential kinds): throws unless `url` may receive it under `policy`.
 */
export function assertDestination(policy: HostPolicy, url: string): void {
  const why = hostRefusal(policy, url);
  if (why === null) return;
  const detail = `The console does not send the connection's credential there: ${why}.`;
  throw new DestinationRefusedError("provider_host_not_allowed", detail);
}

const isRedirect = (status: number) => status >= 300 && status < 400;

function redirectRefused(url: string, status: number): DestinationRefusedError {
  const detail = `${new URL(url).host} answered a redirect (${status}); the console does not follow redirects with the connection's credential.`;
  return new DestinationRefusedError("provider_redirect_refused", detail);
}

/**
 * A fetch for requests that carry a credential (a bearer token, a client secret): the destination is
 * checked first, and a redirect is never followed (the credential would go along) but refused.
 */
export function guardedFetch(policy: HostPolicy, inner: FetchLike): typeof fetch {
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (input instanceof Request) throw new TypeError("guardedFetch takes a URL, not a Request");
    const url = String(input);
    assertDestination(policy, url);
    const response = await inner(url, { ...init, redirect: "manual" });
    if (isRedirect(response.status) || response.type === "opaqueredirect") {
      await response.body?.cancel().catch(() => {});
      throw redirectRefused(url, response.status);
    }
    return response;
  };
  return guarded as typeof fetch;
}

type PipelinePolicy = NonNullable<ClientSecretCredentialOptions["additionalPolicies"]>[number]["policy"];

/**
 * The same guard for @azure/identity's own HTTP pipeline (its requests carry the client secret):
 * every try, a redirected one too, is checked, and a redirect answer is refused.
 */
export function identityGuard(policy: HostPolicy) {
  const guard: PipelinePolicy = {
    name: "keyturnDestinationGuard",
    async sendRequest(request, next) {
      assertDestination(policy, request.url);
      const response = await next(request);
      if (isRedirect(response.status)) throw redirectRefused(request.url, response.status);
      return response;
    },
  };
  return {
    additionalPolicies: [{ policy: guard, position: "perRetry" as const }],
    redirectOptions: { maxRetries: 0 },
  } satisfies Pick<ClientSecretCredentialOptions, "additionalPolicies" | "redirectOptions">;
}
