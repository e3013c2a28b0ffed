/** The console's public SPA client (authorization code + PKCE, no secret). */
export const CONSOLE_CLIENT_ID = "keyturn-console";

/** The BFF's API, as Entra's application ID URI; access tokens for the console carry it as `aud`. */
export const API_AUDIENCE = "api://keyturn";
export const API_SCOPE = `${API_AUDIENCE}/access_as_user`;
/**
 * The API registration's application (client) id: Entra v2 access tokens carry it as `aud`, not the
 * application ID URI. dev-idp uses it so with `tenantPathIssuer` (server.ts).
 */
export const API_CLIENT_ID = "5b0e5f1c-6f4e-4c55-9b6a-3f1d2c7a9e10";

/** Azure Resource Manager, which the ML workspace control plane (and so the emulator) sits behind. */
export const MANAGEMENT_AUDIENCE = "https://management.azure.com";
export const MANAGEMENT_SCOPE = `${MANAGEMENT_AUDIENCE}/.default`;

/**
 * Azure Machine Learning's data plane: an online endpoint in AADToken mode takes Entra access tokens
 * for this resource, asked for by principals (client credentials) and users (the console client).
 */
export const ML_AUDIENCE = "https://ml.azure.com";
export const ML_SCOPE = `${ML_AUDIENCE}/.default`;

export const BFF_CLIENT_ID = "keyturn-bff";
export const READER_CLIENT_ID = "keyturn-reader";

/**
 * Service principals (client credentials; secret in the body or a Basic header). The secrets are well-known
 * development values, overridable by env; which workspace role each one holds (Contributor /
 * Reader) is the emulator's decision, not dev-idp's.
 */
export const SERVICE_PRINCIPALS = {
  bff: {
    clientId: BFF_CLIENT_ID,
    defaultSecret: "keyturn-bff-dev-secret",
    oid: "1be8f086-2743-4132-8412-fc4dc0722486",
    displayName: "Keyturn BFF",
  },
  reader: {
    clientId: READER_CLIENT_ID,
    defaultSecret: "keyturn-reader-dev-secret",
    oid: "a66d5271-1461-425e-bd83-e07792957d03",
    displayName: "Keyturn reader",
  },
} as const;

export type ServicePrincipal = (typeof SERVICE_PRINCIPALS)[keyof typeof SERVICE_PRINCIPALS];

export function findServicePrincipal(clientId: string): ServicePrincipal | undefined {
  return Object.values(SERVICE_PRINCIPALS).find((sp) => sp.clientId === clientId);
}
