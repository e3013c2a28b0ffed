import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvSchema } from "../src/env.ts";
import { generateServiceKey, ServiceKeyPair } from "../src/secrets/service-keys.ts";
import { createSigningKey } from "../src/secrets/signing-keys.ts";
import { WorkspaceTokens } from "../src/secrets/workspace-tokens.ts";
import type { ServiceRecord, WorkspaceRecord } from "../src/state/schema.ts";

describe("service keys", () => {
  it("carry 256 bits each, and 10,000 are all distinct", () => {
    const keys = Array.from({ length: 10_000 }, generateServiceKey);
    expect(new Set(keys).size).toBe(10_000);
    for (const key of keys.slice(0, 100)) expect(Buffer.from(key, "base64url")).toHaveLength(32);
  });

  it("match either stored key, and nothing else (also not a prefix or a longer value)", () => {
    const [a, b] = [generateServiceKey(), generateServiceKey()];
    const keys = new ServiceKeyPair(a, b);
    expect(keys.matches(a)).toBe(true);
    expect(keys.matches(b)).toBe(true);
    expect(keys.matches(a.slice(0, -1))).toBe(false);
    expect(keys.matches(`${a}x`)).toBe(false);
    expect(keys.matches(`${a}\0`)).toBe(false);
    expect(keys.matches("")).toBe(false);
    expect(keys.matches("x".repeat(257))).toBe(false);
  });

  it("match keys of different lengths (supplied 16–256 characters, or longer at create)", () => {
    const short = "supplied-key-16c";
    const long = "k".repeat(256);
    const keys = new ServiceKeyPair(short, long);
    expect(keys.matches(short)).toBe(true);
    expect(keys.matches(long)).toBe(true);
    expect(keys.matches(`${short}\0`)).toBe(false);
    expect(keys.matches(long.slice(0, 43))).toBe(false);
    expect(keys.matches(`${long}k`)).toBe(false);
    const longer = "L".repeat(300);
    const wide = new ServiceKeyPair(longer, generateServiceKey());
    expect(wide.matches(longer)).toBe(true);
    expect(wide.matches(longer.slice(1))).toBe(false);
  });

  it("agree with string equality on any input (property)", () => {
    const text = fc.string({ unit: "binary", maxLength: 300 });
    fc.assert(
      fc.property(text, text, text, (primary, secondary, presented) => {
        const keys = new ServiceKeyPair(primary, secondary);
        expect(keys.matches(presented)).toBe(presented === primary || presented === secondary);
        expect(keys.matches(primary)).toBe(true);
        expect(keys.matches(secondary)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("token cache", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const workspace = { id: "ws-1", signingKey: createSigningKey() } as WorkspaceRecord;
  const service = { id: "ws-1/services/a" } as ServiceRecord;

  it("refuses a cached token after its expiry, then refuses it again as expired", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z"), toFake: ["Date"] });
    const tokens = new WorkspaceTokens(60);
    const { accessToken } = await tokens.issue(workspace, service, "bff");
    expect(await tokens.verify(accessToken, workspace, service.id)).toBe("valid");
    expect(tokens.verify(accessToken, workspace, service.id)).toBe("valid"); // cached: synchronous
    vi.setSystemTime(new Date("2026-01-01T00:01:00Z"));
    expect(tokens.verify(accessToken, workspace, service.id)).toBe("expired"); // from the cache, evicted
    expect(await tokens.verify(accessToken, workspace, service.id)).toBe("expired"); // verified again
  });

  it("refuses a cached token for another service, and keeps it valid for its own", async () => {
    const tokens = new WorkspaceTokens(60);
    const { accessToken } = await tokens.issue(workspace, service, "bff");
    expect(await tokens.verify(accessToken, workspace, service.id)).toBe("valid");
    expect(tokens.verify(accessToken, workspace, "ws-1/services/b")).toBe("invalid");
    expect(tokens.verify(accessToken, workspace, service.id)).toBe("valid");
  });

  it("refuses a verified token's signature under other claims, though the cache is keyed by its end", async () => {
    const tokens = new WorkspaceTokens(60);
    const { accessToken } = await tokens.issue(workspace, service, "bff");
    expect(await tokens.verify(accessToken, workspace, service.id)).toBe("valid");
    const [header, payload, signature] = accessToken.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, sub: "mallory" })).toString("base64url");
    const forged = `${header}.${altered}.${signature}`;
    expect(forged.slice(-43)).toBe(accessToken.slice(-43));
    expect(await tokens.verify(forged, workspace, service.id)).toBe("invalid");
    expect(await tokens.verify(`x${accessToken.slice(1)}`, workspace, service.id)).toBe("invalid");
    expect(tokens.verify(accessToken, workspace, service.id)).toBe("valid"); // still cached
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
