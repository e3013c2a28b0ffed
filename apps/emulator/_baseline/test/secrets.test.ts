import { describe, expect, it } from "vitest";
import { EnvSchema } from "../src/env.ts";
import { generateServiceKey, matchesEitherKey, sha256 } from "../src/secrets/service-keys.ts";

describe("service keys", () => {
  it("carry 256 bits each, and 10,000 are all distinct", () => {
    const keys = Array.from({ length: 10_000 }, generateServiceKey);
    expect(new Set(keys).size).toBe(10_000);
    for (const key of keys.slice(0, 100)) expect(Buffer.from(key, "base64url")).toHaveLength(32);
  });

  it("match either stored key by digest, and nothing else (also not a prefix or a longer value)", () => {
    const [a, b] = [generateServiceKey(), generateServiceKey()];
    const [da, db] = [sha256(a), sha256(b)];
    expect(matchesEitherKey(a, da, db)).toBe(true);
    expect(matchesEitherKey(b, da, db)).toBe(true);
    expect(matchesEitherKey(a.slice(0, -1), da, db)).toBe(false);
    expect(matchesEitherKey(`${a}x`, da, db)).toBe(false);
    expect(matchesEitherKey("", da, db)).toBe(false);
  });
});

describe("environment", () => {
  it("defaults: port 8090, issuer https://localhost:8443, bff Contributor and reader Reader", () => {
    const env = EnvSchema.parse({});
    expect(env).toMatchObject({
      KEYTURN_EMULATOR_PORT: 8090,
      KEYTURN_IDP_ISSUER: "https://localhost:8443",
      KEYTURN_EMULATOR_TOKEN_LIFETIME_SECONDS: 3600,
      KEYTURN_EMULATOR_ROLE_ASSIGNMENTS: { "keyturn-bff": "Contributor", "keyturn-reader": "Reader" },
    });
  });

  it("parses role assignments and refuses an unknown role", () => {
    const env = EnvSchema.parse({ KEYTURN_EMULATOR_ROLE_ASSIGNMENTS: " app-a=Reader, app-b=Contributor " });
    expect(env.KEYTURN_EMULATOR_ROLE_ASSIGNMENTS).toEqual({ "app-a": "Reader", "app-b": "Contributor" });
    expect(EnvSchema.safeParse({ KEYTURN_EMULATOR_ROLE_ASSIGNMENTS: "app-a=Owner" }).success).toBe(false);
    expect(EnvSchema.safeParse({ KEYTURN_EMULATOR_PORT: "http" }).success).toBe(false);
  });
});
