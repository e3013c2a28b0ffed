import type { AuditAction, AuditTarget } from "@keyturn/auth-domain";
import type { AppDeps } from "../../app-env.ts";
import { type auditedCall, safeDetails } from "../audit/public.ts";
import { endpointOf } from "./endpoint-key-provider.ts";
import type { StoredRotation } from "./rotation-record.ts";

type Scope = Parameters<typeof auditedCall>[0];

/**
 * The audit scope of work a rotation does on its own (the engine, on whichever replica holds it):
 * the person who started it is the actor, the request id names the rotation.
 */
export function rotationScope(
  deps: AppDeps,
  rotation: Pick<StoredRotation, "id" | "workspace" | "deployment" | "actor">,
  action: AuditAction,
  details: Record<string, string | number | boolean | undefined>,
  target: Pick<AuditTarget, "keyType"> = {},
): Scope {
  const { deployment, generation } = auditedDeployment(rotation.deployment);
  return {
    db: deps.database.db,
    intent: {
      actor: rotation.actor,
      action,
      target: { workspace: rotation.workspace, deployment, ...target },
      requestId: `rotation:${rotation.id}`,
      clientAddress: null,
      userAgent: null,
      details: safeDetails({ rotation: rotation.id, ...generation, ...details }),
    },
    now: deps.now,
    logger: deps.logger,
  };
}

/**
 * A rotation's stored name as audit records name it: an endpoint by its own name with
 * `generation: v2`, as the endpoint keys' routes record it; a v1 service as it is.
 */
export function auditedDeployment(stored: string): {
  deployment: string;
  generation: { generation?: "v2" };
} {
  const endpoint = endpointOf(stored);
  return endpoint === null
    ? { deployment: stored, generation: {} }
    : { deployment: endpoint, generation: { generation: "v2" } };
}
