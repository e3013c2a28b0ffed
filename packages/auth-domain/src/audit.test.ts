import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AuditActionSchema, type AuditEvent, AuditEventSchema, AuditOutcomeSchema } from "./audit.ts";
import { ErrorCodeSchema } from "./errors.ts";
import { KEY_TYPES } from "./keys.ts";
import { ALL_REGIONS } from "./regions.ts";

const EVENT: AuditEvent = {
  actor: {
    oid: "7d1c1f9e-8b6a-4c1e-9f3a-2b6f0c9d4e21",
    name: "Ana Ruiz",
    username: "ana@contoso.com",
    roles: ["Operator"],
  },
  action: "key.regenerate",
  target: { workspace: "ws-prod", deployment: "diabetes-aks", keyType: "Secondary" },
  at: "2025-06-15T12:00:00.000Z",
  outcome: "success",
  requestId: "5f0c2a9e-3d1b-4e8f-a7c6-9b2d1e0f3a4c",
  clientAddress: "203.0.113.7",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
  details: { oldFingerprint: "0123456789ab", newFingerprint: "ba9876543210", attempt: 1, forced: false },
};
const withDetails = (details: Record<string, unknown>) => ({ ...EVENT, details });
const accepts = (event: unknown) => AuditEventSchema.safeParse(event).success;

/** What details legitimately hold: fingerprints, codes, names, regions, ids, times, numbers, flags. */
const benignValue = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{12}$/),
  fc.constantFrom(...ErrorCodeSchema.options, ...KEY_TYPES, ...ALL_REGIONS, "key", "token", "none", "AKS"),
  fc.uuid().map(String),
  fc
    .date({ min: new Date("2000-01-01Z"), max: new Date("2100-01-01Z"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom("diabetes-aks.westeurope.cloudapp.azure.com", "Moved clients to the primary key first."),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const detailKey = fc.stringMatching(/^[a-z][A-Za-z]{0,20}$/);

/** Random key material as a service or an operator would paste it. */
const keyMaterial = fc
  .tuple(
    fc.uint8Array({ minLength: 16, maxLength: 64 }),
    fc.constantFrom("base64", "base64url", "hex") as fc.Arbitrary<BufferEncoding>,
  )
  .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));
const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString("base64url");
const jwt = fc
  .tuple(fc.string({ maxLength: 12 }), fc.nat(), fc.uint8Array({ minLength: 32, maxLength: 64 }))
  .map(
    ([sub, exp, sig]) =>
      `${b64url({ alg: "RS256", typ: "JWT" })}.${b64url({ sub, exp })}.${Buffer.from(sig).toString("base64url")}`,
  );
/** A secret, alone or inside a sentence. */
const embedded = (secret: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom("", "key=", "Bearer ", "new value: "),
      secret,
      fc.constantFrom("", " (rotated)", "\n"),
    )
    .map((p) => p.join(""));

describe("AuditEventSchema", () => {
  it("accepts a well-formed event, and defaults details to {}", () => {
    expect(AuditEventSchema.parse(EVENT)).toEqual(EVENT);
    const { details: _omitted, ...bare } = EVENT;
    expect(AuditEventSchema.parse(bare).details).toEqual({});
  });

  it("accepts every action and outcome, and details made of benign values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AuditActionSchema.options),
        fc.constantFrom(...AuditOutcomeSchema.options),
        fc.dictionary(detailKey, benignValue, { maxKeys: 6 }),
        (action, outcome, details) => {
          expect(AuditEventSchema.safeParse({ ...EVENT, action, outcome, details }).error).toBeUndefined();
        },
      ),
    );
  });

  it("refuses random key material (16–64 bytes as base64, base64url or hex) in any string detail", () => {
    fc.assert(
      fc.property(
        fc.dictionary(detailKey, benignValue, { maxKeys: 4 }),
        detailKey,
        embedded(keyMaterial),
        (rest, key, secret) => {
          expect(accepts(withDetails({ ...rest, [key]: secret }))).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses a JWT in any string detail", () => {
    fc.assert(
      fc.property(detailKey, embedded(jwt), (key, token) => {
        expect(accepts(withDetails({ [key]: token }))).toBe(false);
      }),
    );
    // Short segments too: an unsecured JWT is one dotted run, not three short ones.
    expect(accepts(withDetails({ token: `${b64url({ alg: "none" })}.${b64url({})}.` }))).toBe(false);
  });

  it("refuses unknown top-level fields, so no secret can be smuggled beside the schema", () => {
    const known = new Set(Object.keys(AuditEventSchema.shape));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom("secret", "key", "keyValue", "token", "accessToken", "primaryKey"),
          fc.string({ minLength: 1 }),
        ),
        fc.oneof(fc.string(), keyMaterial, fc.integer()),
        (field, value) => {
          fc.pre(!known.has(field) && field !== "__proto__");
          expect(accepts({ ...EVENT, [field]: value })).toBe(false);
        },
      ),
    );
  });

  it("keeps nothing it does not know in actor and target", () => {
    const parsed = AuditEventSchema.parse({
      ...EVENT,
      actor: { ...EVENT.actor, accessToken: "x" },
      target: { ...EVENT.target, keyValue: "y" },
    });
    expect(parsed.actor).not.toHaveProperty("accessToken");
    expect(parsed.target).not.toHaveProperty("keyValue");
  });

  it("refuses over-long detail strings, nested detail objects and non-UTC-ISO times", () => {
    expect(accepts(withDetails({ note: "a ".repeat(101) }))).toBe(false);
    expect(accepts(withDetails({ nested: { secret: "x" } }))).toBe(false);
    expect(accepts(withDetails({ list: ["x"] }))).toBe(false);
    expect(accepts({ ...EVENT, at: "15/06/2025 12:00" })).toBe(false);
    expect(accepts({ ...EVENT, target: { keyType: "primary" } })).toBe(false);
  });
});
