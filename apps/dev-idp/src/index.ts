// The package's public surface: other packages start dev-idp in their tests and sign in through it.
export {
  API_AUDIENCE,
  API_CLIENT_ID,
  API_SCOPE,
  BFF_CLIENT_ID,
  CONSOLE_CLIENT_ID,
  MANAGEMENT_AUDIENCE,
  MANAGEMENT_SCOPE,
  ML_AUDIENCE,
  ML_SCOPE,
  READER_CLIENT_ID,
  SERVICE_PRINCIPALS,
  type ServicePrincipal,
} from "./constants.ts";
export { type AppRole, DEV_TENANT_ID, PERSONAS, type Persona } from "./personas.ts";
export { type DevIdp, type StartDevIdpOptions, startDevIdp } from "./server.ts";
export { OAuthError } from "./testing/http.ts";
export { getServicePrincipalToken } from "./testing/service-principal-token.ts";
export { type SignInOptions, type SignInTokens, signInAs } from "./testing/sign-in-as.ts";
