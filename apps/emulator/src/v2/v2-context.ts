import type { Context } from "hono";
import type { EmulatorContext } from "../context.ts";
import type { IdpVerifier } from "../control-plane/idp-verifier.ts";
import type { EndpointStore } from "./endpoint-store.ts";
import type { ArmOperations } from "./operations.ts";
import type { EndpointRoleAssignments } from "./rbac.ts";

/** What the v2 routes share, built once per emulator beside the v1 context. */
export interface V2Context {
  emu: EmulatorContext;
  endpoints: EndpointStore;
  operations: ArmOperations;
  assignments: EndpointRoleAssignments;
  /** Verifies Entra access tokens for `https://ml.azure.com` (AADToken scoring). */
  mlTokens: IdpVerifier;
  /** The origin a caller reached (the HTTP or the HTTPS listener), for absolute URLs in answers. */
  origin(c: Context): string;
}
