import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AzureNameSchema,
  ConnectionBaseUrlSchema,
  ConnectionBodySchema,
  ConnectionUpdateSchema,
  CredentialInputSchema,
} from "./connections.ts";

const ok = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;
const messages = (schema: typeof ConnectionBaseUrlSchema, value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

/** Text without surrounding whitespace (the rules trim names and ids). */
const word = (max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,${max - 1}}$`));
/** A DNS name that the WHATWG URL parser takes as it is (no punycode label by chance). */
const host = fc.domain().filter((d) => !d.includes("xn--"));
const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
const path = fc.array(word(12), { maxLength: 3 }).map((parts) => parts.map((p) => `/${p}`).join(""));
const address = (scheme: string, hostname: fc.Arbitrary<string>) =>
  fc
    .tuple(hostname, port, path)
    .map(([h, p, rest]) => `${scheme}://${h}${p === undefined ? "" : `:${p}`}${rest}`);
const LOCAL = fc.constantFrom("localhost", "127.0.0.1", "[::1]");

const clientSecretCredential = fc.record(
  {
    kind: fc.constant("client_secret" as const),
    authority: address("https", host),
    clientId: word(40),
    clientSecret: fc.string({ minLength: 1, maxLength: 60 }),
    reader: fc.record(
      { clientId: word(40), clientSecret: fc.string({ minLength: 1, maxLength: 60 }) },
      { requiredKeys: ["clientId"] },
    ),
  },
  { requiredKeys: ["kind", "authority", "clientId"] },
);
const managedIdentityCredential = fc.record(
  {
    kind: fc.constant("managed_identity" as const),
    clientId: word(40),
    reader: fc.record({ clientId: word(40) }),
  },
  { requiredKeys: ["kind"] },
);
const credential = fc.oneof(clientSecretCredential, managedIdentityCredential);
const azureName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/);
const body = fc.record(
  {
    name: word(100),
    subscriptionId: fc.uuid(),
    resourceGroup: azureName,
    workspace: fc.option(azureName, { nil: null }),
    baseUrl: fc.oneof(address("https", host), address("http", LOCAL)),
    credential,
  },
  { requiredKeys: ["name", "subscriptionId", "resourceGroup", "baseUrl", "credential"] },
);
const EXAMPLE = {
  name: "East US",
  subscriptionId: "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
  resourceGroup: "rg-ml",
  baseUrl: "https://management.azure.com",
  credential: { kind: "managed_identity" },
};
/** A key none of the connection objects knows. */
const unknownKey = fc
  .stringMatching(/^[a-z][A-Za-z]{0,15}$/)
  .filter(
    (k) =>
      ![
        "name",
        "subscriptionId",
        "resourceGroup",
        "workspace",
        "baseUrl",
        "credential",
        "kind",
        "authority",
        "clientId",
        "clientSecret",
        "reader",
      ].includes(k),
  );

describe("a connection body", () => {
  it("accepts every well-formed connection as it is", () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(ConnectionBodySchema.parse(b)).toEqual(b);
        expect(ConnectionUpdateSchema.parse(b)).toEqual(b);
      }),
    );
  });

  it("trims names and ids, never a secret", () => {
    const parsed = ConnectionBodySchema.parse({
      name: "  East US ",
      subscriptionId: "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
      resourceGroup: " rg-ml ",
      workspace: " ws-1 ",
      baseUrl: "https://management.azure.com",
      credential: {
        kind: "client_secret",
        authority: "https://login.microsoftonline.com/tenant-1",
        clientId: " app-1 ",
        clientSecret: " s3cret ",
      },
    });
    expect(parsed).toMatchObject({ name: "East US", resourceGroup: "rg-ml", workspace: "ws-1" });
    expect(parsed.credential).toMatchObject({ clientId: "app-1", clientSecret: " s3cret " });
  });

  it("refuses an unknown key at any level (strict objects)", () => {
    fc.assert(
      fc.property(body, unknownKey, fc.jsonValue(), (b, key, value) => {
        expect(ok(ConnectionBodySchema, { ...b, [key]: value })).toBe(false);
        expect(ok(ConnectionUpdateSchema, { ...b, [key]: value })).toBe(false);
        expect(ok(ConnectionBodySchema, { ...b, credential: { ...b.credential, [key]: value } })).toBe(false);
        const reader = { clientId: "reader", [key]: value };
        expect(ok(ConnectionBodySchema, { ...b, credential: { ...b.credential, reader } })).toBe(false);
      }),
    );
  });

  it("needs every field but the workspace; a change may leave the credential out", () => {
    fc.assert(
      fc.property(
        body,
        fc.constantFrom("name", "subscriptionId", "resourceGroup", "baseUrl", "credential"),
        (b, key) => {
          const { [key]: _dropped, ...rest } = b;
          expect(ok(ConnectionBodySchema, rest)).toBe(false);
          expect(ok(ConnectionUpdateSchema, rest)).toBe(key === "credential");
        },
      ),
    );
    expect(ok(ConnectionBodySchema, { ...EXAMPLE, name: "   " })).toBe(false);
  });
});

describe("the subscription id", () => {
  const withId = (subscriptionId: string) => ({ ...EXAMPLE, subscriptionId });

  it("accepts a GUID, in either case", () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(ok(ConnectionBodySchema, withId(id))).toBe(true);
        expect(ok(ConnectionBodySchema, withId(id.toUpperCase()))).toBe(true);
      }),
    );
  });

  it("refuses anything else: a hyphen missing, a character too many or too few, a non-hex digit", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 0, max: 35 }), (id, at) => {
        expect(ok(ConnectionBodySchema, withId(id.replace("-", "")))).toBe(false);
        expect(ok(ConnectionBodySchema, withId(`${id}0`))).toBe(false);
        expect(ok(ConnectionBodySchema, withId(id.slice(1)))).toBe(false);
        expect(ok(ConnectionBodySchema, withId(`${id.slice(0, at)}g${id.slice(at + 1)}`))).toBe(false);
      }),
    );
    for (const id of ["", "not-a-guid", "{1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f}"])
      expect(ok(ConnectionBodySchema, withId(id))).toBe(false);
  });
});

describe("Azure resource group and workspace names", () => {
  it("accept letters, digits, '.', '_', '-', '(' and ')' up to 90, starting with a letter or digit", () => {
    fc.assert(
      fc.property(azureName, (name) => {
        expect(AzureNameSchema.parse(` ${name} `)).toBe(name);
      }),
    );
  });

  it("refuse a longer name, a name starting with a symbol, and any other character", () => {
    const other = fc
      .string({ minLength: 1, maxLength: 1, unit: "binary" })
      .filter((c) => !/[A-Za-z0-9._()\-\s]/.test(c));
    fc.assert(
      fc.property(azureName, other, fc.constantFrom(".", "_", "-", "(", ")"), (name, bad, symbol) => {
        expect(ok(AzureNameSchema, `${name}${"a".repeat(91 - name.length)}`)).toBe(false);
        expect(ok(AzureNameSchema, `${symbol}${name}`)).toBe(false);
        expect(ok(AzureNameSchema, `${name}${bad}x`)).toBe(false);
      }),
    );
    expect(ok(AzureNameSchema, "rg with spaces")).toBe(false);
    expect(ok(AzureNameSchema, "")).toBe(false);
    const refused = AzureNameSchema.safeParse("rg with spaces");
    expect(refused.error?.issues[0]?.message).toBe("letters, digits, '.', '_', '-', '(' and ')'; at most 90");
  });
});

describe("the ARM base URL", () => {
  it("accepts https anywhere", () => {
    fc.assert(
      fc.property(address("https", host), (url) => {
        expect(messages(ConnectionBaseUrlSchema, url)).toEqual([]);
      }),
    );
  });

  it("accepts plain http only on this machine (the emulator)", () => {
    fc.assert(
      fc.property(address("http", LOCAL), (url) => {
        expect(ok(ConnectionBaseUrlSchema, url)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(address("http", host), (url) => {
        expect(messages(ConnectionBaseUrlSchema, url)).toEqual(["use https (plain http only for localhost)"]);
      }),
    );
  });

  it("refuses a user name or password in the address, on https and on localhost", () => {
    const userinfo = fc.oneof(
      word(10),
      fc.tuple(word(10), word(10)).map(([u, p]) => `${u}:${p}`),
    );
    fc.assert(
      fc.property(fc.oneof(address("https", host), address("http", LOCAL)), userinfo, (url, who) => {
        const withUser = url.replace("://", `://${who}@`);
        expect(messages(ConnectionBaseUrlSchema, withUser)).toEqual(["no credentials in the address"]);
      }),
    );
  });

  it("refuses what is not an http(s) address", () => {
    for (const url of [
      "",
      "management.azure.com",
      "ftp://management.azure.com",
      "javascript:alert(1)",
      `https://${"a".repeat(500)}.com`,
    ])
      expect(ok(ConnectionBaseUrlSchema, url), url).toBe(false);
  });
});

describe("the credential", () => {
  it("is one of two kinds, told apart by `kind`", () => {
    fc.assert(
      fc.property(credential, (c) => {
        expect(CredentialInputSchema.parse(c)).toEqual(c);
        const other = c.kind === "client_secret" ? "managed_identity" : "client_secret";
        expect(ok(CredentialInputSchema, { ...c, kind: other })).toBe(false);
      }),
    );
    fc.assert(
      fc.property(credential, fc.string(), (c, kind) => {
        fc.pre(kind !== "client_secret" && kind !== "managed_identity");
        expect(ok(CredentialInputSchema, { ...c, kind })).toBe(false);
      }),
    );
    expect(ok(CredentialInputSchema, { clientId: "app-1" })).toBe(false);
  });

  it("client_secret: needs an https authority and a client id; the secrets may be left out", () => {
    fc.assert(
      fc.property(clientSecretCredential, address("http", fc.oneof(host, LOCAL)), (c, http) => {
        const { clientSecret: _s, reader: _r, ...bare } = c;
        expect(ok(CredentialInputSchema, bare)).toBe(true);
        expect(ok(CredentialInputSchema, { ...bare, reader: { clientId: "reader" } })).toBe(true);
        expect(ok(CredentialInputSchema, { ...c, authority: http })).toBe(false);
        const { authority: _a, ...noAuthority } = c;
        expect(ok(CredentialInputSchema, noAuthority)).toBe(false);
        const { clientId: _c, ...noClient } = c;
        expect(ok(CredentialInputSchema, noClient)).toBe(false);
        expect(ok(CredentialInputSchema, { ...c, clientSecret: "" })).toBe(false);
        expect(ok(CredentialInputSchema, { ...c, clientSecret: "x".repeat(1001) })).toBe(false);
      }),
    );
  });

  it("managed_identity: a client id at most, and never a secret or an authority", () => {
    fc.assert(
      fc.property(managedIdentityCredential, (c) => {
        expect(ok(CredentialInputSchema, { ...c, clientSecret: "s3cret" })).toBe(false);
        expect(ok(CredentialInputSchema, { ...c, authority: "https://login.example.test/t" })).toBe(false);
        const reader = { clientId: "reader", clientSecret: "s3cret" };
        expect(ok(CredentialInputSchema, { ...c, reader })).toBe(false);
        expect(ok(CredentialInputSchema, { ...c, clientId: " " })).toBe(false);
      }),
    );
    expect(CredentialInputSchema.parse({ kind: "managed_identity" })).toEqual({ kind: "managed_identity" });
  });
});
