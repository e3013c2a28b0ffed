import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FingerprintSchema,
  KEY_TYPES,
  KeyMetadataSchema,
  keyAgeDays,
  normalizeKeyType,
  otherKeyType,
} from "./keys.ts";

const keyType = fc.constantFrom(...KEY_TYPES);
const blank = fc
  .array(fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0"), { maxLength: 4 })
  .map((a) => a.join(""));
/** `primary`, ` SeCoNdArY\t`, …: every case-insensitive, padded spelling of a key type. */
const spelling = fc
  .tuple(
    blank,
    keyType.chain((t) => fc.mixedCase(fc.constant(t))),
    blank,
  )
  .map(([before, word, after]) => before + word + after);
/** Near misses and noise: extra letters, typos, arbitrary text. */
const anyInput = fc.oneof(
  spelling,
  fc.tuple(spelling, fc.string({ minLength: 1, maxLength: 3 }), fc.nat()).map(([s, extra, at]) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + extra + s.slice(i);
  }),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
);
const isSpelling = (s: string) => /^(primary|secondary)$/i.test(s.trim());

describe("normalizeKeyType", () => {
  it("accepts every case-insensitive, trimmed spelling of Primary/Secondary", () => {
    fc.assert(
      fc.property(spelling, (s) => {
        const result = normalizeKeyType(s);
        expect(result).toEqual({
          ok: true,
          value: s.trim().toLowerCase() === "primary" ? "Primary" : "Secondary",
        });
      }),
    );
  });

  it("accepts exactly those spellings and refuses everything else with invalid_key_type", () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const result = normalizeKeyType(s);
        expect(result.ok).toBe(isSpelling(s));
        if (!result.ok) {
          expect(result.error.code).toBe("invalid_key_type");
          expect(result.error.message).toMatch(/Primary.*Secondary/);
        }
      }),
    );
  });

  it("is idempotent: normalising a normalised value gives it back", () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const first = normalizeKeyType(s);
        if (first.ok) expect(normalizeKeyType(first.value)).toEqual(first);
      }),
    );
    for (const t of KEY_TYPES) expect(normalizeKeyType(t)).toEqual({ ok: true, value: t });
  });

  it("never reflects a long input whole: at most 16 characters of it reach the message", () => {
    const emptyMessage = normalizeKeyType("");
    if (emptyMessage.ok) throw new Error("empty input must be refused");
    const budget = emptyMessage.error.message.length + 16;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const result = normalizeKeyType(s);
        if (result.ok) return;
        expect(result.error.message.length).toBeLessThanOrEqual(budget);
        if (s.length > 16) expect(result.error.message).not.toContain(s);
      }),
    );
  });

  it("echoes no more than a 12-character prefix of a pasted secret", () => {
    const secret = fc
      .uint8Array({ minLength: 16, maxLength: 64 })
      .map((b) => Buffer.from(b).toString("base64"));
    fc.assert(
      fc.property(secret, (s) => {
        const result = normalizeKeyType(s);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).not.toContain(s.slice(0, 13));
      }),
    );
  });
});

describe("otherKeyType", () => {
  it("is an involution without fixed points", () => {
    fc.assert(
      fc.property(keyType, (t) => {
        expect(otherKeyType(otherKeyType(t))).toBe(t);
        expect(otherKeyType(t)).not.toBe(t);
      }),
    );
  });
});

describe("keyAgeDays", () => {
  const instant = fc.date({
    min: new Date("2000-01-01Z"),
    max: new Date("2100-01-01Z"),
    noInvalidDate: true,
  });
  const DAY = 86_400_000;

  it("is a whole, never negative number of days, exact when the key is in the past", () => {
    fc.assert(
      fc.property(instant, instant, (issued, at) => {
        const age = keyAgeDays({ issuedAt: issued.toISOString() }, at);
        expect(Number.isInteger(age)).toBe(true);
        expect(age).toBeGreaterThanOrEqual(0);
        if (at >= issued) expect(age).toBe(Math.floor((at.getTime() - issued.getTime()) / DAY));
        else expect(age).toBe(0);
      }),
    );
  });

  it("is monotonic in time", () => {
    fc.assert(
      fc.property(instant, instant, instant, (issued, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const key = { issuedAt: issued.toISOString() };
        expect(keyAgeDays(key, early)).toBeLessThanOrEqual(keyAgeDays(key, late));
      }),
    );
  });
});

describe("key metadata", () => {
  const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 10, maxLength: 14 });
  const hexish = fc.oneof(hex, fc.mixedCase(hex));

  it("a fingerprint is exactly 12 lowercase hex digits", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 20 }), hexish), (s) => {
        expect(FingerprintSchema.safeParse(s).success).toBe(/^[0-9a-f]{12}$/.test(s));
      }),
    );
    expect(FingerprintSchema.safeParse("0123456789ab").success).toBe(true);
  });

  it("holds no key value: unknown fields are dropped", () => {
    const parsed = KeyMetadataSchema.parse({
      keyType: "Primary",
      fingerprint: "0123456789ab",
      rotatedAt: null,
      rotatedBy: null,
      issuedAt: "2024-05-01T10:00:00Z",
      value: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    });
    expect(parsed).not.toHaveProperty("value");
  });
});
