import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConnectionSecretsChange,
  type StoredConnectionPrincipals,
  sameDestination,
  secretsNeeded,
} from "./connection-secrets.ts";

const BASE = "https://management.azure.com";
const AUTHORITY = "https://login.microsoftonline.com/tenant-1/v2.0";
const STORED: StoredConnectionPrincipals = {
  baseUrl: BASE,
  credential: {
    kind: "client_secret",
    authority: AUTHORITY,
    clientId: "app-1",
    reader: { clientId: "reader-1" },
  },
};
const CREDENTIAL = {
  kind: "client_secret" as const,
  authority: AUTHORITY,
  clientId: "app-1",
  reader: { clientId: "reader-1" },
};
const SAME: ConnectionSecretsChange = { baseUrl: BASE, credential: CREDENTIAL };
const BOTH_AGAIN = [
  { path: "credential.clientSecret", reason: "new_destination" },
  { path: "credential.reader.clientSecret", reason: "new_destination" },
];

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
const address = fc
  .tuple(label, label, fc.constantFrom("", "/", "/tenant", "/tenant/v2.0"))
  .map(([a, b, path]) => `https://${a}.${b}.test${path}`);

describe("secrets bound to where they are sent", () => {
  it("keeps the stored secrets when neither the address nor the authority moves", () => {
    expect(secretsNeeded(STORED, SAME)).toEqual([]);
    expect(secretsNeeded(STORED, { baseUrl: "HTTPS://Management.Azure.com/" })).toEqual([]);
    expect(secretsNeeded(STORED, { baseUrl: STORED.baseUrl })).toEqual([]);
  });

  it("asks for every secret again when the address moves, whether or not a credential is sent", () => {
    const evil = "https://attacker.example";
    expect(secretsNeeded(STORED, { ...SAME, baseUrl: evil })).toEqual(BOTH_AGAIN);
    expect(secretsNeeded(STORED, { baseUrl: evil })).toEqual(BOTH_AGAIN);
  });

  it("asks for every secret again when the authority moves", () => {
    const credential = { ...CREDENTIAL, authority: "https://attacker.example/tenant-1/v2.0" };
    expect(secretsNeeded(STORED, { baseUrl: BASE, credential })).toEqual(BOTH_AGAIN);
  });

  it("a secret typed in the same change satisfies the rule; a new client id is a new principal", () => {
    const typed = {
      baseUrl: "https://attacker.example",
      credential: {
        kind: "client_secret" as const,
        authority: "https://attacker.example/t",
        clientId: "app-1",
        clientSecret: "typed",
        reader: { clientId: "reader-2" },
      },
    };
    expect(secretsNeeded(STORED, typed)).toEqual([
      { path: "credential.reader.clientSecret", reason: "new_principal" },
    ]);
    expect(secretsNeeded(null, SAME)).toEqual([
      { path: "credential.clientSecret", reason: "new_principal" },
      { path: "credential.reader.clientSecret", reason: "new_principal" },
    ]);
  });

  it("has no secret to ask for a managed identity (its hosts are bound by the allow-list)", () => {
    const managed = { ...STORED, credential: { kind: "managed_identity" as const } };
    expect(secretsNeeded(managed, { baseUrl: "https://elsewhere.example" })).toEqual([]);
    expect(
      secretsNeeded(managed, {
        baseUrl: "https://elsewhere.example",
        credential: { kind: "managed_identity" },
      }),
    ).toEqual([]);
  });

  it("never keeps a stored secret for a destination other than its own (property)", () => {
    // The stored addresses as typed differently, or somewhere else.
    const base = fc.oneof(fc.constantFrom(BASE, `${BASE}/`, BASE.toUpperCase()), address);
    const authority = fc.oneof(fc.constantFrom(AUTHORITY, `${AUTHORITY}/`), address);
    fc.assert(
      fc.property(base, authority, fc.boolean(), (baseUrl, typedAuthority, withCredential) => {
        const credential = { ...CREDENTIAL, authority: typedAuthority };
        const change = withCredential ? { baseUrl, credential } : { baseUrl };
        const authorityMoved = withCredential && !sameDestination(typedAuthority, AUTHORITY);
        const moved = !sameDestination(baseUrl, BASE) || authorityMoved;
        expect(secretsNeeded(STORED, change)).toEqual(moved ? BOTH_AGAIN : []);
      }),
    );
  });

  it("compares destinations as URLs: scheme and host case, a trailing slash, a fragment do not matter", () => {
    expect(sameDestination("https://A.example/x/", "https://a.example/x#f")).toBe(true);
    expect(sameDestination("https://a.example:443", "https://a.example")).toBe(true);
    expect(sameDestination("https://a.example", "https://a.example:8443")).toBe(false);
    expect(sameDestination("https://a.example", "http://a.example")).toBe(false);
    expect(sameDestination("https://a.example/x", "https://a.example/y")).toBe(false);
  });
});
