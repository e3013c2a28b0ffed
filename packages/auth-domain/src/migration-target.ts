import { z } from "zod";
import { type AuthMode, type AuthSettings, authMode } from "./auth-settings.ts";
import { type ComputeTarget, ComputeTargetSchema } from "./compute.ts";
import { EndpointComputeTypeSchema, SUCCESSOR_KIND } from "./deployment-kinds.ts";
import { type EndpointAuthMode, EndpointAuthModeSchema } from "./endpoint-auth.ts";
import { endpointNameFor } from "./names.ts";

/**
 * Where each v1 auth mode goes: v2 has no "off", so no auth becomes Key (Azure's upgrade does the
 * same for ACI); key stays Key; token becomes AMLToken.
 */
export const SUCCESSOR_AUTH_MODE: Readonly<Record<AuthMode, EndpointAuthMode>> = {
  none: "Key",
  key: "Key",
  token: "AMLToken",
};

/**
 * Whether Azure's migration guide states the mapping. It covers ACI (no auth to key, key to key, token
 * to AML token); how an AKS token-auth service maps is not written down, AMLToken is the natural target.
 */
export function isDocumentedMapping(target: ComputeTarget, mode: AuthMode): boolean {
  return target === "ACI" || mode !== "token";
}

/** What a v1 service becomes, in brief: enough for a finding to point at the service's plan. */
export const MigrationPlanRefSchema = z.object({
  workspace: z.string(),
  service: z.string(),
  serviceKind: ComputeTargetSchema,
  successorKind: EndpointComputeTypeSchema,
  endpointName: z.string(),
  authMode: EndpointAuthModeSchema,
});
export type MigrationPlanRef = z.infer<typeof MigrationPlanRefSchema>;

export function migrationPlanRef(service: {
  workspace: string;
  deployment: string;
  computeType: ComputeTarget;
  keyAuth: boolean;
  tokenAuth: boolean;
}): MigrationPlanRef {
  const settings: AuthSettings = { keyAuth: service.keyAuth, tokenAuth: service.tokenAuth };
  return {
    workspace: service.workspace,
    service: service.deployment,
    serviceKind: service.computeType,
    successorKind: SUCCESSOR_KIND[service.computeType],
    endpointName: endpointNameFor(service.deployment),
    authMode: SUCCESSOR_AUTH_MODE[authMode(settings)],
  };
}
