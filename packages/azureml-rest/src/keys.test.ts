import { KEY_TYPES } from "@keyturn/auth-domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RegenerateKeyBodySchema, ServiceKeysSchema, TokenResponseSchema } from "./keys.ts";
import { WIRE } from "./wire-fixtures.ts";

describe("ServiceKeysSchema", () => {
  it("parses the documented listkeys answer", () => {
    expect(ServiceKeysSchema.parse(JSON.parse(WIRE.listKeys))).toEqual({
      primaryKey: "fake-primary-key-value-0001",
      secondaryKey: "fake-secondary-key-value-01",
    });
  });

  it("refuses an answer missing a key or carrying a non-string key", () => {
    expect(ServiceKeysSchema.safeParse({ primaryKey: "x" }).success).toBe(false);
    expect(ServiceKeysSchema.safeParse({ primaryKey: "x", secondaryKey: 42 }).success).toBe(false);
  });
});

describe("RegenerateKeyBodySchema", () => {
  it("parses the documented body", () => {
    expect(RegenerateKeyBodySchema.parse(JSON.parse(WIRE.regenerateKeys))).toEqual({
      keyType: "Secondary",
      keyValue: null,
    });
  });

  it("takes exactly Primary or Secondary, and a chosen value of 16–256 characters", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...KEY_TYPES), fc.constantFrom("primary", "SECONDARY", "Tertiary", "")),
        fc.option(
          fc.oneof(
            fc.string(),
            fc.integer({ min: 0, max: 300 }).map((n) => "k".repeat(n)),
          ),
          { nil: null },
        ),
        (keyType, keyValue) => {
          const ok =
            (KEY_TYPES as readonly string[]).includes(keyType) &&
            (keyValue === null || (keyValue.length >= 16 && keyValue.length <= 256));
          expect(RegenerateKeyBodySchema.safeParse({ keyType, keyValue }).success).toBe(ok);
        },
      ),
    );
    for (const [n, ok] of [
      [15, false],
      [16, true],
      [256, true],
      [257, false],
    ] as const)
      expect(RegenerateKeyBodySchema.safeParse({ keyType: "Primary", keyValue: "k".repeat(n) }).success).toBe(
        ok,
      );
  });
});

describe("TokenResponseSchema", () => {
  it("parses the documented token answer (epoch seconds)", () => {
    expect(TokenResponseSchema.parse(JSON.parse(WIRE.token))).toEqual({
      accessToken: "eyJhbGciOiJSUzI1NiJ9.e30.fake",
      tokenType: "Bearer",
      refreshAfter: 1750003600,
      expiryOn: 1750007200,
    });
  });

  it("refuses the older token/refreshBy answer instead of misreading it", () => {
    expect(TokenResponseSchema.safeParse(JSON.parse(WIRE.legacyToken)).success).toBe(false);
  });

  it("refuses times that are not whole epoch seconds", () => {
    const token = JSON.parse(WIRE.token);
    fc.assert(
      fc.property(
        fc.constantFrom("refreshAfter", "expiryOn"),
        fc.oneof(fc.double({ noInteger: true }), fc.string(), fc.constant(null)),
        (field, value) => !TokenResponseSchema.safeParse({ ...token, [field]: value }).success,
      ),
    );
  });
});
