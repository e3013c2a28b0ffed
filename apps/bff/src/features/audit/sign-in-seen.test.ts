import { AuditEventSchema } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import type { Identity } from "../../auth/identity.ts";
import { signInOf } from "./sign-in-seen.ts";

const identity = (authTime: number | null): Identity => ({
  oid: "00000000-0000-4000-8000-000000000001",
  tid: null,
  sub: "sub",
  name: "User",
  username: "user@keyturn.test",
  roles: [],
  authTime,
  scopes: [],
  expiresAt: 2_000_000_000,
});

describe("signInOf", () => {
  it("is (oid, auth_time) when the token has auth_time, whatever the clock says", () => {
    const a = signInOf(identity(1_764_000_000), new Date("2026-01-01T00:00:00Z"));
    const b = signInOf(identity(1_764_000_000), new Date("2027-06-01T12:00:00Z"));
    expect(a).toEqual(b);
    expect(a).toEqual({
      oid: "00000000-0000-4000-8000-000000000001",
      signIn: "auth_time:1764000000",
      details: { authTime: "2025-11-24T16:00:00.000Z" },
    });
  });

  it("is (oid, UTC day) without auth_time", () => {
    expect(signInOf(identity(null), new Date("2026-03-01T23:59:59.999Z")).signIn).toBe("day:2026-03-01");
    expect(signInOf(identity(null), new Date("2026-03-02T00:00:00.000Z"))).toMatchObject({
      signIn: "day:2026-03-02",
      details: { authTime: null, signInDay: "2026-03-02" },
    });
  });

  it("gives details the audit schema accepts, even for an auth_time no Date can hold", () => {
    for (const authTime of [0, 1_764_000_000, 9_000_000_000_000_000, null]) {
      const { details } = signInOf(identity(authTime), new Date());
      const event = {
        actor: { oid: "x", name: "x", username: "x", roles: [] },
        action: "session.seen",
        target: {},
        at: new Date().toISOString(),
        outcome: "success",
        requestId: "r",
        clientAddress: null,
        userAgent: null,
        details,
      };
      expect(AuditEventSchema.safeParse(event).success, String(authTime)).toBe(true);
    }
  });
});
