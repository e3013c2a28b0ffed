import { existsSync, readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";
import { Agent, fetch as undiciFetch } from "undici";

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for the identity provider that also trusts `caFile` (the dev issuer's self-signed
 * certificate), besides the system roots. The file is read lazily on first use, so the BFF can start
 * before dev-idp has created it; when it does not exist the system roots alone are used (Entra).
 */
export function createIssuerFetch(caFile: string | null): FetchLike {
  let agent: Agent | undefined;
  const dispatcher = (): Agent | undefined => {
    if (agent || !caFile || !existsSync(caFile)) return agent;
    const pem = readFileSync(caFile, "utf8");
    agent = new Agent({ connect: { ca: [...rootCertificates, pem] } });
    return agent;
  };
  return async (url, init) => {
    const d = dispatcher();
    const response = await undiciFetch(url, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      ...(d ? { dispatcher: d } : {}),
    });
    return response as unknown as Response;
  };
}
