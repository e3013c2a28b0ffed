import { errors, type JWTVerifyGetKey } from "jose";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestIssuer, persona, type TestIssuer } from "../../test/support/test-issuer.ts";
import { createTokenVerifier, TokenVerificationError } from "./token-verifier.ts";

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await createTestIssuer();
});

const verifierWith = (keys: JWTVerifyGetKey, nowSeconds?: () => number) =>
  createTokenVerifier({
    issuer: issuer.issuer,
    audience: issuer.audience,
    keys,
    ...(nowSeconds ? { nowSeconds } : {}),
  });

async function rejection(promise: Promise<unknown>) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TokenVerificationError);
  return (err as TokenVerificationError).reason;
}

describe("createTokenVerifier", () => {
  it("maps a valid token's claims to an identity", async () => {
    const identity = await verifierWith(issuer.keys).verify(await issuer.tokenFor("support"));
    const p = persona("support");
    expect(identity).toMatchObject({
      oid: p.oid,
      tid: p.tid,
      name: p.name,
      username: p.email,
      roles: ["KeyRotator"],
      scopes: ["access_as_user"],
    });
  });

  it("verifies a token once and then serves it from the cache until exp", async () => {
    const keys = vi.fn(issuer.keys);
    let now = Math.floor(Date.now() / 1000);
    const verifier = verifierWith(keys, () => now);
    const token = await issuer.tokenFor("operator", {}, now);
    await verifier.verify(token);
    await verifier.verify(token);
    expect(keys).toHaveBeenCalledTimes(1);
    now += 600 + 31;
    expect(await rejection(verifier.verify(token))).toBe("invalid");
  });

  it("refuses malformed input without looking up keys", async () => {
    const keys = vi.fn(issuer.keys);
    const verifier = verifierWith(keys);
    for (const token of ["", "abc", "a.b", "a.b.c.d", `${"a".repeat(20000)}.b.c`, "a b.c.d"]) {
      expect(await rejection(verifier.verify(token))).toBe("invalid");
    }
    expect(keys).not.toHaveBeenCalled();
  });

  it("tells an unreachable key source (503) from a key that does not match (401)", async () => {
    const token = await issuer.tokenFor("operator");
    const down = verifierWith(async () => {
      throw new TypeError("fetch failed");
    });
    expect(await rejection(down.verify(token))).toBe("unavailable");
    const timeout = verifierWith(async () => {
      throw new errors.JWKSTimeout();
    });
    expect(await rejection(timeout.verify(token))).toBe("unavailable");
    const noMatch = verifierWith(async () => {
      throw new errors.JWKSNoMatchingKey();
    });
    expect(await rejection(noMatch.verify(token))).toBe("invalid");
  });

  it("refuses claims of the wrong shape", async () => {
    const verifier = verifierWith(issuer.keys);
    expect(await rejection(verifier.verify(await issuer.tokenFor("operator", { roles: "Admin" })))).toBe(
      "invalid",
    );
    expect(await rejection(verifier.verify(await issuer.tokenFor("operator", { iat: undefined })))).toBe(
      "invalid",
    );
  });

  it("with a tenant-shaped issuer, accepts only tokens whose tid names that tenant", async () => {
    const tenant = persona("operator").tid;
    const entraIssuer = `https://login.microsoftonline.com/${tenant}/v2.0`;
    const verifier = createTokenVerifier({
      issuer: entraIssuer,
      audience: issuer.audience,
      keys: issuer.keys,
    });
    const token = (claims: Record<string, unknown>) =>
      issuer.tokenFor("operator", { iss: entraIssuer, ...claims });
    expect((await verifier.verify(await token({}))).tid).toBe(tenant);
    for (const tid of ["72f988bf-86f1-41af-91ab-2d7cd011db47", undefined, ""]) {
      expect(await rejection(verifier.verify(await token({ tid })))).toBe("invalid");
    }
  });
});
