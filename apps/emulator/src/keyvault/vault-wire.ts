import type { SecretVersionRecord, VaultRecord } from "./vault-state.ts";

/** Key Vault's recovery settings for a vault with soft delete on (the default since 2020). */
const RECOVERY = { recoveryLevel: "Recoverable+Purgeable", recoverableDays: 90 } as const;

/**
 * The origin that names a vault in secret ids: `https://{vault}.localhost:{port}`, host-style as
 * Key Vault's `https://{vault}.vault.azure.net`. The vault is served path-style
 * (`https://localhost:{port}/{vault}`), but the official client parses every id it receives as
 * `{origin}/secrets/{name}/{version}` and refuses one with more path segments, so the vault's name
 * rides in the host.
 */
export function vaultIdOrigin(requestUrl: string, vault: VaultRecord): string {
  const url = new URL(requestUrl);
  return `${url.protocol}//${vault.name}.localhost${url.port ? `:${url.port}` : ""}`;
}

export const secretId = (origin: string, name: string, version: string) =>
  `${origin}/secrets/${name}/${version}`;

function attributes(v: SecretVersionRecord) {
  return {
    enabled: v.enabled,
    ...(v.notBefore === null ? {} : { nbf: v.notBefore }),
    ...(v.expires === null ? {} : { exp: v.expires }),
    created: v.created,
    updated: v.updated,
    ...RECOVERY,
  };
}

/** What a list shows of a version: its id, attributes, content type and tags, never its value. */
export function secretItem(origin: string, name: string, v: SecretVersionRecord) {
  return {
    id: secretId(origin, name, v.version),
    attributes: attributes(v),
    ...(v.contentType === null ? {} : { contentType: v.contentType }),
    ...(v.tags === null ? {} : { tags: v.tags }),
  };
}

/** Key Vault's SecretBundle: a version with its value. */
export function secretBundle(origin: string, name: string, v: SecretVersionRecord) {
  return { value: v.value, ...secretItem(origin, name, v) };
}

/** One page of a listing: `items` from `offset`, at most `max`, and where the next page starts (or null). */
export function pageOf<T>(
  items: readonly T[],
  offset: number,
  max: number,
): { page: T[]; next: number | null } {
  const end = offset + max;
  return { page: items.slice(offset, end), next: end < items.length ? end : null };
}

/** `$skiptoken` is opaque to clients: the next page's offset, base64url-encoded. */
export const encodeSkipToken = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

export function decodeSkipToken(token: string): number | undefined {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  const offset = match ? Number(match[1]) : undefined;
  // Base64 decoding skips what it cannot read: only the token this side wrote is taken.
  return offset !== undefined && encodeSkipToken(offset) === token ? offset : undefined;
}
