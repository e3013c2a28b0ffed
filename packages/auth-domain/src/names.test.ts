import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENDPOINT_NAME_RULE, endpointNameFor, RESOURCE_NAME_RULE, SERVICE_NAME_RULE } from "./names.ts";

const serviceName = (s: string) => SERVICE_NAME_RULE.pattern.test(s);
const resourceName = (s: string) => RESOURCE_NAME_RULE.pattern.test(s);

describe("SERVICE_NAME_RULE", () => {
  it("accepts 3 to 32 lowercase letters, digits and dashes, starting with a letter and not ending with a dash", () => {
    const body = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]$/), body, fc.stringMatching(/^[a-z0-9]$/), (a, b, c) =>
        serviceName(`${a}${b}${c}`),
      ),
    );
  });

  it("refuses the names Azure refuses", () => {
    for (const name of ["ab", "a".repeat(33), "1abc", "abc-", "Abc", "ab_c", "ab.c", ""]) {
      expect(serviceName(name), name).toBe(false);
    }
  });

  it("never accepts a name longer than 32 or with a character outside the rule", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        if (serviceName(s)) expect(s.length <= 32 && /^[a-z0-9-]+$/.test(s)).toBe(true);
      }),
    );
  });
});

describe("RESOURCE_NAME_RULE", () => {
  it("never accepts a dot, a slash or a leading dash: a name cannot move a path", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (resourceName(s)) expect(/[./\\%]/.test(s) || s.startsWith("-")).toBe(false);
      }),
    );
    for (const name of [".", "..", "a/b", "-a", "a.b"]) expect(resourceName(name), name).toBe(false);
    for (const name of ["ws-prod-eastus", "A_1", "9lives"]) expect(resourceName(name), name).toBe(true);
  });
});

describe("ENDPOINT_NAME_RULE and endpointNameFor", () => {
  const endpointName = (s: string) => ENDPOINT_NAME_RULE.pattern.test(s);

  it("accepts every v1 service name, so a service keeps its name when it moves", () => {
    const v1 = fc
      .tuple(
        fc.stringMatching(/^[a-z]$/),
        fc.stringMatching(/^[a-z0-9-]{1,30}$/),
        fc.stringMatching(/^[a-z0-9]$/),
      )
      .map(([a, b, c]) => `${a}${b}${c}`);
    fc.assert(
      fc.property(v1, (name) => {
        expect(endpointName(name)).toBe(true);
        expect(endpointNameFor(name)).toBe(name);
      }),
    );
  });

  it("always proposes a name the rule accepts, and keeps one it already accepts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 50 }), fc.string({ unit: "binary", maxLength: 40 })),
        (s) => {
          const name = endpointNameFor(s);
          expect(endpointName(name), name).toBe(true);
          expect(endpointNameFor(name)).toBe(name);
          if (endpointName(s)) expect(name).toBe(s);
        },
      ),
    );
    expect(endpointNameFor("Fraud_Model.v2")).toBe("fraud-model-v2");
    expect(endpointNameFor("9lives")).toBe("ep-9lives");
    expect(endpointNameFor("")).toBe("ep-ep");
  });
});
