import type { AuditAction, KeyType } from "@keyturn/auth-domain";
import type { ServiceKeys } from "@keyturn/azureml-rest";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { keysLockName, keyValueOf, listKeyValues } from "../keys/public.ts";
import { deploymentTarget, scoringUriOf } from "../scoring/public.ts";

/**
 * What a rotation needs of a deployment's provider: its two keys, regenerating one (waiting for the
 * workspace's operation), and where callers score. v1 key-auth services implement it below, v2
 * Key-mode endpoints in endpoint-key-provider.ts.
 */
export interface RotatableKeys {
  workspace: string;
  /** The rotation's and the key records' name: a v1 service's own, `endpoint/<name>` for an endpoint. */
  deployment: string;
  /** Its tags as Azure reports them now (a v1 service's kvTags, an endpoint's tags): a policy's scope. */
  tags: Readonly<Record<string, string>>;
  connectionId: string;
  scoringUri: string;
  /** The keys' lock the keys routes take, so a rotation's regeneration and a person's never overlap. */
  lockName: string;
  /** The audit action of a regeneration, as the keys routes record it. */
  regenerateAction: AuditAction;
  read(slot: KeyType): Promise<string | null>;
  regenerate(slot: KeyType): Promise<void>;
}

/** A v1 service with key auth on (409 `conflict` otherwise: a rotation of an unused key proves nothing). */
export async function v1Keys(deps: AppDeps, workspace: string, name: string): Promise<RotatableKeys> {
  const { provider, service } = await deploymentTarget(deps, workspace, name);
  if (!service.authEnabled) {
    throw new ApiError(409, "conflict", {
      detail: `The deployment "${service.name}" does not use key auth: there are no keys callers send to rotate.`,
    });
  }
  const { client, ref } = provider;
  const readAll = (): Promise<ServiceKeys> => listKeyValues(provider, service.name);
  return {
    workspace: provider.name,
    deployment: service.name,
    tags: service.kvTags ?? {},
    connectionId: provider.connectionId,
    scoringUri: scoringUriOf(service),
    lockName: keysLockName(provider.name, service.name),
    regenerateAction: "key.regenerate",
    read: async (slot) => keyValueOf(await readAll(), slot),
    regenerate: async (slot) => {
      const pending = await providerCall(() => client.regenerateKey(ref, service.name, slot));
      if (pending) await providerCall(() => client.waitForOperation(pending));
    },
  };
}
