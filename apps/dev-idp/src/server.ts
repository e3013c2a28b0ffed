import type { RequestListener } from "node:http";
import path from "node:path";
import { resolveDataDir } from "@keyturn/app-config";
import { API_CLIENT_ID, BFF_CLIENT_ID, READER_CLIENT_ID, SERVICE_PRINCIPALS } from "./constants.ts";
import { ConsoleOriginsSchema, loadEnv } from "./env.ts";
import { createInteractionHandler } from "./interactions.ts";
import { listenOnLoopback } from "./listen.ts";
import { logger } from "./logger.ts";
import { mountedAt } from "./mount.ts";
import { DEV_TENANT_ID } from "./personas.ts";
import { createProvider } from "./provider.ts";
import { loadOrCreateSigningKeys } from "./signing-keys.ts";
import { loadOrCreateCertificate } from "./tls-certificate.ts";

export interface StartDevIdpOptions {
  /** Default KEYTURN_IDP_PORT (8443); 0 picks a free port, and the issuer names it. */
  port?: number;
  /** Default KEYTURN_DATA_DIR or `<repo root>/.keyturn`; dev-idp keeps its files in `dev-idp/` under it. */
  dataDir?: string;
  /** Default KEYTURN_CONSOLE_ORIGINS. */
  consoleOrigins?: string[];
  /** Default KEYTURN_IDP_ACCESS_TOKEN_TTL_SECONDS (600). */
  accessTokenTtlSeconds?: number;
  /**
   * Entra's shape: the issuer is `https://localhost:<port>/<tenant id>/v2.0` (the tenant is
   * DEV_TENANT_ID) and the API's access tokens carry `aud` = API_CLIENT_ID and `ver: "2.0"`.
   * Default false: the issuer is `https://localhost:<port>`, `aud` is `api://keyturn`.
   */
  tenantPathIssuer?: boolean;
}

export interface DevIdp {
  issuer: string;
  url: string;
  /** The self-signed certificate, to trust as a CA (undici `Agent({ connect: { ca } })`). */
  caCertPem: string;
  caCertPath: string;
  close(): Promise<void>;
}

export async function startDevIdp(options: StartDevIdpOptions = {}): Promise<DevIdp> {
  const env = loadEnv();
  const idpDir = path.join(
    options.dataDir ? path.resolve(options.dataDir) : resolveDataDir(env.KEYTURN_DATA_DIR),
    "dev-idp",
  );
  const consoleOrigins = options.consoleOrigins
    ? ConsoleOriginsSchema.parse(options.consoleOrigins)
    : env.KEYTURN_CONSOLE_ORIGINS;
  const tls = await loadOrCreateCertificate(path.join(idpDir, "tls"));
  const jwks = await loadOrCreateSigningKeys(path.join(idpDir, "jwks.json"));
  if (tls.created) {
    logger.info({ caCertPath: tls.certPath }, "created a self-signed certificate; see README to trust it");
  }

  // The issuer must carry the bound port, so listen first and attach the provider afterwards.
  let handler: RequestListener = (_req, res) => res.writeHead(503).end();
  const listening = await listenOnLoopback(
    options.port ?? env.KEYTURN_IDP_PORT,
    tls,
    (req, res) => handler(req, res),
    logger,
  );
  const issuerPath = options.tenantPathIssuer ? `/${DEV_TENANT_ID}/v2.0` : "";
  const issuer = `https://localhost:${listening.port}${issuerPath}`;

  try {
    const provider = createProvider({
      issuer,
      jwks,
      consoleOrigins,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? env.KEYTURN_IDP_ACCESS_TOKEN_TTL_SECONDS,
      secrets: { bff: env.KEYTURN_IDP_BFF_SECRET, reader: env.KEYTURN_IDP_READER_SECRET },
      logger,
      ...(options.tenantPathIssuer ? { entraV2: { apiAudience: API_CLIENT_ID } } : {}),
    });
    const oidc = mountedAt(issuerPath, provider.callback());
    const interactions = createInteractionHandler(provider, consoleOrigins, logger);
    handler = (req, res) => {
      if (req.url?.startsWith("/interaction/")) void interactions(req, res);
      else oidc(req, res);
    };
  } catch (error) {
    // Do not leave a port bound behind a failed start (tests would leak it).
    await listening.close();
    throw error;
  }

  const wellKnown = [
    ...(env.KEYTURN_IDP_BFF_SECRET === SERVICE_PRINCIPALS.bff.defaultSecret ? [BFF_CLIENT_ID] : []),
    ...(env.KEYTURN_IDP_READER_SECRET === SERVICE_PRINCIPALS.reader.defaultSecret ? [READER_CLIENT_ID] : []),
  ];
  if (wellKnown.length > 0) {
    logger.warn(
      { clients: wellKnown },
      "these clients use well-known development secrets: for local use only",
    );
  }
  return { issuer, url: issuer, caCertPem: tls.certPem, caCertPath: tls.certPath, close: listening.close };
}
