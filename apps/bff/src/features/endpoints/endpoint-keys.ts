import { createHash } from "node:crypto";
import type { KeyView } from "@keyturn/api-contract";
import { type KeyType, keyAgeDays, weakKeyReason } from "@keyturn/auth-domain";
import type { EndpointKeys, OnlineEndpoint } from "@keyturn/azureml-rest";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { keyRows } from "../keys/public.ts";
import type { EndpointTarget } from "./endpoint-target.ts";

type KeyRecord = Pick<
  Awaited<ReturnType<typeof keyRows>>[number],
  "fingerprint" | "issuedAt" | "rotatedAt" | "rotatedBy"
>;

export const keyValueOf = (keys: EndpointKeys, keyType: KeyType): string | null =>
  keyType === "Primary" ? keys.primaryKey : keys.secondaryKey;

/** Both values, read from Azure (listKeys) for this request only; never kept. */
export const listEndpointKeyValues = ({ provider, endpoint }: EndpointTarget) =>
  providerCall(() => provider.endpoints.listEndpointKeys(provider.ref, endpoint.name));

/** One key's value, or 409 when the endpoint has none of that type. */
export async function endpointKeyValue(target: EndpointTarget, keyType: KeyType): Promise<string> {
  const value = keyValueOf(await listEndpointKeyValues(target), keyType);
  if (!value) {
    throw new ApiError(409, "conflict", {
      detail: `The endpoint "${target.endpoint.name}" has no ${keyType} key.`,
    });
  }
  return value;
}

/** The strong ETag of both keys, from their fingerprints only (the deployment keys' style). */
export function endpointKeysEtag(pepper: Buffer, keys: EndpointKeys): string {
  const print = (value: string | null) => (value ? fingerprint(pepper, value) : "");
  const basis = `${print(keys.primaryKey)}|${print(keys.secondaryKey)}`;
  return `"${createHash("sha256").update(basis).digest("base64url").slice(0, 27)}"`;
}

/**
 * A key as the console shows it. The console's record counts while its fingerprint matches; without
 * one the key dates from the endpoint's creation; a key changed elsewhere from its last modification.
 */
export function endpointKeyView(
  keyType: KeyType,
  value: string,
  pepper: Buffer,
  row: KeyRecord | undefined,
  endpoint: OnlineEndpoint,
  now: Date,
): KeyView {
  const print = fingerprint(pepper, value);
  const created = endpoint.systemData?.createdAt ?? endpoint.systemData?.lastModifiedAt ?? now;
  const modified = endpoint.systemData?.lastModifiedAt ?? created;
  const iso = (v: string | Date) => new Date(v).toISOString();
  const base =
    row && row.fingerprint === print
      ? {
          issuedAt: iso(row.issuedAt),
          rotatedAt: row.rotatedAt ? iso(row.rotatedAt) : null,
          rotatedBy: row.rotatedBy,
          changedOutsideConsole: false,
        }
      : {
          issuedAt: iso(row ? modified : created),
          rotatedAt: null,
          rotatedBy: null,
          changedOutsideConsole: row !== undefined,
        };
  return {
    keyType,
    fingerprint: print,
    ...base,
    ageDays: keyAgeDays(base, now),
    weak: weakKeyReason(value) !== null,
  };
}
