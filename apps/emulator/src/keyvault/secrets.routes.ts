import type { Context } from "hono";
import { Hono } from "hono";
import { parseSecretSet, requireSecretName } from "./secret-body.ts";
import { type KeyVaultEnv, requireDataAction } from "./vault-auth.ts";
import { badParameter, KeyVaultError, secretNotFound } from "./vault-errors.ts";
import type { VaultRoleAssignments } from "./vault-rbac.ts";
import type { SecretRecord } from "./vault-state.ts";
import type { VaultStore } from "./vault-store.ts";
import {
  decodeSkipToken,
  encodeSkipToken,
  pageOf,
  secretBundle,
  secretItem,
  vaultIdOrigin,
} from "./vault-wire.ts";

/** Key Vault's page size: 25 by default and at most. */
const MAX_RESULTS = 25;

// A value is never cached by anyone between the vault and its caller.
const NO_STORE = { "Cache-Control": "no-store" };

function paging(c: Context): { offset: number; max: number } {
  const raw = c.req.query("maxresults");
  const max = raw === undefined || raw === "" ? MAX_RESULTS : Number(raw);
  if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS)
    throw badParameter(`The value of the 'maxresults' parameter must be between 1 and ${MAX_RESULTS}.`);
  const token = c.req.query("$skiptoken");
  const offset = token === undefined ? 0 : decodeSkipToken(token);
  if (offset === undefined) throw badParameter("The '$skiptoken' parameter is invalid.");
  return { offset, max };
}

/** The next page's URL: this one's path and api-version, path-style on the origin the caller used. */
function nextLink(c: Context, offset: number | null, max: number): string | null {
  if (offset === null) return null;
  const url = new URL(c.req.url);
  const query = new URLSearchParams({ "api-version": c.req.query("api-version") ?? "" });
  query.set("$skiptoken", encodeSkipToken(offset));
  query.set("maxresults", String(max));
  return `${url.origin}${url.pathname}?${query}`;
}

/** Set (a new version), get the current or a given version, list a secret's versions, list secrets. */
export function secretRoutes(store: VaultStore, assignments: VaultRoleAssignments) {
  const mustHave = (action: Parameters<typeof requireDataAction>[1]) =>
    requireDataAction(assignments, action);

  const current = (c: Context<KeyVaultEnv>, secret: SecretRecord | undefined, version?: string) => {
    const name = c.req.param("name") ?? "";
    const found =
      version === undefined ? secret?.versions.at(-1) : secret?.versions.find((v) => v.version === version);
    if (!secret || !found) throw secretNotFound(version === undefined ? name : `${name}/${version}`);
    if (!found.enabled)
      throw new KeyVaultError(403, "Forbidden", "Operation get is not allowed on a disabled secret.", {
        innerCode: "SecretDisabled",
      });
    return c.json(secretBundle(vaultIdOrigin(c.req.url, c.var.vault), secret.name, found), 200, NO_STORE);
  };

  const getCurrent = (c: Context<KeyVaultEnv>) => {
    const name = c.req.param("name") ?? "";
    requireSecretName(name);
    return current(c, store.secret(c.var.vault, name));
  };

  return new Hono<KeyVaultEnv>()
    .get("/:vault/secrets", mustHave("readMetadata"), (c) => {
      const { offset, max } = paging(c);
      const origin = vaultIdOrigin(c.req.url, c.var.vault);
      const { page, next } = pageOf(c.var.vault.secrets, offset, max);
      // A secret's entry: its current version's attributes, under the id without a version.
      const value = page.flatMap((s) => {
        const latest = s.versions.at(-1);
        return latest ? [{ ...secretItem(origin, s.name, latest), id: `${origin}/secrets/${s.name}` }] : [];
      });
      return c.json({ value, nextLink: nextLink(c, next, max) });
    })
    .put("/:vault/secrets/:name", mustHave("setSecret"), async (c) => {
      const name = c.req.param("name");
      requireSecretName(name);
      const input = parseSecretSet(await c.req.text());
      const vault = c.var.vault;
      const version = store.setSecret(vault, name, input, Math.floor(Date.now() / 1000));
      await store.save();
      const stored = store.secret(vault, name)?.name ?? name;
      return c.json(secretBundle(vaultIdOrigin(c.req.url, vault), stored, version), 200, NO_STORE);
    })
    .get("/:vault/secrets/:name/versions", mustHave("readMetadata"), (c) => {
      const name = c.req.param("name");
      requireSecretName(name);
      const { offset, max } = paging(c);
      const secret = store.secret(c.var.vault, name);
      const origin = vaultIdOrigin(c.req.url, c.var.vault);
      const { page, next } = pageOf(secret?.versions ?? [], offset, max);
      const value = page.map((v) => secretItem(origin, secret?.name ?? name, v));
      return c.json({ value, nextLink: nextLink(c, next, max) });
    })
    .get("/:vault/secrets/:name", mustHave("getSecret"), getCurrent)
    .get("/:vault/secrets/:name/", mustHave("getSecret"), getCurrent)
    .get("/:vault/secrets/:name/:version", mustHave("getSecret"), (c) => {
      const name = c.req.param("name");
      requireSecretName(name);
      return current(c, store.secret(c.var.vault, name), c.req.param("version"));
    });
}
