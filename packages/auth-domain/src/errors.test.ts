import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainErrorSchema, ErrorCodeSchema, PROBLEM_CONTENT_TYPE, ProblemSchema } from "./errors.ts";

const CODES = ErrorCodeSchema.options;
const code = fc.constantFrom(...CODES);
const status = fc.integer({ min: 400, max: 599 });
const unknownCode = fc
  .oneof(fc.string(), fc.constantFrom("TOKEN_AUTH_REQUIRES_AKS", "not-found", "key_auth_access_denied", ""))
  .filter((s) => !(CODES as readonly string[]).includes(s));

/** RFC 9457 problem details with Keyturn's `code`, every optional member present or absent. */
const problem = fc.record(
  {
    type: fc.constantFrom("about:blank", "https://keyturn.dev/problems/conflict"),
    title: fc.string(),
    status,
    detail: fc.string(),
    instance: fc.constantFrom("/api/deployments/ws/svc", "urn:uuid:5f0c2a9e-3d1b-4e8f-a7c6-9b2d1e0f3a4c"),
    code,
    requestId: fc.uuid().map(String),
    errors: fc.array(fc.record({ path: fc.string(), message: fc.string() }), { maxLength: 3 }),
  },
  { requiredKeys: ["title", "status", "code"] },
);

describe("ProblemSchema", () => {
  it("accepts the RFC 9457 shape with every code Keyturn speaks", () => {
    fc.assert(
      fc.property(problem, (p) => {
        expect(ProblemSchema.parse(p)).toEqual({ type: "about:blank", ...p });
      }),
    );
    for (const c of CODES)
      expect(ProblemSchema.safeParse({ title: "x", status: 400, code: c }).success).toBe(true);
    expect(ProblemSchema.safeParse({ title: "x", status: 599, code: "internal_error" }).success).toBe(true);
  });

  it("defaults type to about:blank", () => {
    expect(ProblemSchema.parse({ title: "Not found", status: 404, code: "not_found" }).type).toBe(
      "about:blank",
    );
  });

  it("refuses unknown codes", () => {
    fc.assert(
      fc.property(problem, unknownCode, (p, c) => {
        expect(ProblemSchema.safeParse({ ...p, code: c }).success).toBe(false);
      }),
    );
  });

  it("refuses statuses outside 400–599 and non-integer statuses", () => {
    const outside = fc.oneof(
      fc.constantFrom(399, 600, 200, 302),
      fc.integer({ max: 399 }),
      fc.integer({ min: 600 }),
    );
    fc.assert(
      fc.property(problem, outside, (p, s) => {
        expect(ProblemSchema.safeParse({ ...p, status: s }).success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(problem, fc.double({ min: 400, max: 599, noInteger: true }), (p, s) => {
        expect(ProblemSchema.safeParse({ ...p, status: s }).success).toBe(false);
      }),
    );
    expect(ProblemSchema.safeParse({ title: "x", status: "404", code: "not_found" }).success).toBe(false);
  });

  it("needs a title, a status and a code", () => {
    for (const missing of ["title", "status", "code"]) {
      const p: Record<string, unknown> = { title: "x", status: 400, code: "validation_failed" };
      delete p[missing];
      expect(ProblemSchema.safeParse(p).success).toBe(false);
    }
  });

  it("is sent as application/problem+json", () => {
    expect(PROBLEM_CONTENT_TYPE).toBe("application/problem+json");
  });
});

describe("ErrorCodeSchema / DomainErrorSchema", () => {
  it("codes are unique snake_case words", () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const c of CODES) expect(c).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it("the domain rules' codes are all there", () => {
    for (const c of [
      "token_auth_requires_aks",
      "key_and_token_auth_together",
      "token_auth_requires_key_off",
      "invalid_key_type",
    ])
      expect(CODES).toContain(c);
  });

  it("a domain error needs a known code and a non-empty message", () => {
    fc.assert(
      fc.property(code, fc.string(), (c, message) => {
        expect(DomainErrorSchema.safeParse({ code: c, message }).success).toBe(message.length > 0);
      }),
    );
    expect(DomainErrorSchema.safeParse({ code: "nope", message: "x" }).success).toBe(false);
  });
});
