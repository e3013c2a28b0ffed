// Calls to dev-idp from the test process over https, trusting only its own CA (no global TLS flag).
import { request } from "node:https";
import { readSystemInfo } from "./system-info.ts";

/** The Azure management scope (dev-idp's MANAGEMENT_SCOPE): the emulator's control plane wants it. */
const MANAGEMENT_SCOPE = "https://management.azure.com/.default";

/** dev-idp's service principals with their well-known development secrets (dev-idp's constants.ts). */
export const SERVICE_PRINCIPALS = {
  /** Contributor on every emulated workspace: lists keys. */
  bff: { clientId: "keyturn-bff", secret: "keyturn-bff-dev-secret" },
  /** Reader: may get tokens, never keys. */
  reader: { clientId: "keyturn-reader", secret: "keyturn-reader-dev-secret" },
} as const;

type Principal = keyof typeof SERVICE_PRINCIPALS;

export function httpsText(
  url: URL,
  ca: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        ca,
        method: body === undefined ? "GET" : "POST",
        headers:
          body === undefined ? headers : { "content-type": "application/x-www-form-urlencoded", ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

let tokenEndpoint: string | undefined;
const tokens = new Map<string, { value: string; expiresAtMs: number }>();

/**
 * A client-credentials access token of one of dev-idp's service principals, for the emulator: its
 * control plane by default, or another audience's scope (Key Vault's `https://vault.azure.net/.default`).
 */
export async function servicePrincipalToken(principal: Principal, scope = MANAGEMENT_SCOPE): Promise<string> {
  const held = tokens.get(`${principal} ${scope}`);
  if (held && held.expiresAtMs - 60_000 > Date.now()) return held.value;
  const { idpIssuer, idpCaPem } = await readSystemInfo();
  if (!tokenEndpoint) {
    const discovery = await httpsText(new URL(`${idpIssuer}/.well-known/openid-configuration`), idpCaPem);
    tokenEndpoint = (JSON.parse(discovery.text) as { token_endpoint: string }).token_endpoint;
  }
  const { clientId, secret } = SERVICE_PRINCIPALS[principal];
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: clientId,
    client_secret: secret,
    scope,
  });
  const answer = await httpsText(new URL(tokenEndpoint), idpCaPem, form.toString());
  if (answer.status !== 200) throw new Error(`dev-idp refused ${clientId}: ${answer.status} ${answer.text}`);
  const parsed = JSON.parse(answer.text) as { access_token: string; expires_in: number };
  tokens.set(`${principal} ${scope}`, {
    value: parsed.access_token,
    expiresAtMs: Date.now() + parsed.expires_in * 1000,
  });
  return parsed.access_token;
}
