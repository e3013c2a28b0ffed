import { type KeyType, normalizeKeyType } from "@keyturn/auth-domain";
import type { ServiceKeys } from "@keyturn/azureml-rest";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { WorkspaceProvider } from "../../provider/workspace-provider.ts";

/** The key type of a path, case-normalised by the domain, or 400 `invalid_key_type` saying what is accepted. */
export function parseKeyType(input: string): KeyType {
  const result = normalizeKeyType(input);
  if (!result.ok) throw new ApiError(400, result.error.code, { detail: result.error.message });
  return result.value;
}

export const keyValueOf = (keys: ServiceKeys, keyType: KeyType): string | null =>
  keyType === "Primary" ? keys.primaryKey : keys.secondaryKey;

/** Both key values, read from the workspace (listkeys) for this request only; never kept. */
export const listKeyValues = (provider: WorkspaceProvider, deployment: string): Promise<ServiceKeys> =>
  providerCall(() => provider.client.listKeys(provider.ref, deployment));

/** One key's value, or 409 when the service has none of that type. */
export async function keyValue(
  provider: WorkspaceProvider,
  deployment: string,
  keyType: KeyType,
): Promise<string> {
  const value = keyValueOf(await listKeyValues(provider, deployment), keyType);
  if (!value) {
    throw new ApiError(409, "conflict", { detail: `The deployment "${deployment}" has no ${keyType} key.` });
  }
  return value;
}
