import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CUSTOM_KEY_MAX_LENGTH,
  CUSTOM_KEY_MIN_LENGTH,
  checkCustomKey,
  weakKeyReason,
} from "./key-strength.ts";

const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)); // "!" … "~"
const UNSAFE = [
  " ",
  "\t",
  "\n",
  "\r",
  "\u000b",
  "\f",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
].concat(["\u00a0", "\u2028", "\u3000", "\u200b", "\u200d", "\ufeff", "\ud800", "\udfff"]);

// Unbiased: fast-check's default bias favours repeated and extreme values, which a random key never is.
/** Keys as services generate them: 12 to 192 random bytes, base64url (16 to 256 characters). */
const generated = fc
  .noBias(fc.uint8Array({ minLength: 12, maxLength: 192 }))
  .map((bytes) => Buffer.from(bytes).toString("base64url"));
/** Keys a person might choose: random printable ASCII without spaces, 16 to 256 characters. */
const chosen = fc.noBias(
  fc.string({ unit: fc.constantFrom(...PRINTABLE), minLength: 16, maxLength: CUSTOM_KEY_MAX_LENGTH }),
);
const strong = fc.oneof(generated, chosen);

/** Refused as `weak_key`, for this reason, never echoing the key in the sentence. */
const refusedFor = (key: string, reason: ReturnType<typeof weakKeyReason>) => {
  refused(key);
  expect(weakKeyReason(key)).toBe(reason);
};

const refused = (key: string) => {
  const result = checkCustomKey(key);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe("weak_key");
    if (key.trim().length >= 4) expect(result.error.message).not.toContain(key);
  }
  return result;
};

describe("checkCustomKey", () => {
  it("accepts strong random keys, generated or chosen", () => {
    fc.assert(
      fc.property(strong, (key) => {
        expect(checkCustomKey(key)).toEqual({ ok: true, value: key });
      }),
    );
    expect(checkCustomKey(randomBytes(32).toString("base64url")).ok).toBe(true);
  });

  it("refuses a key shorter than 16 or longer than 256 characters", () => {
    const short = fc.string({ unit: fc.constantFrom(...PRINTABLE), maxLength: CUSTOM_KEY_MIN_LENGTH - 1 });
    const long = fc.string({
      unit: fc.constantFrom(...PRINTABLE),
      minLength: CUSTOM_KEY_MAX_LENGTH + 1,
      maxLength: 600,
    });
    fc.assert(fc.property(fc.oneof(short, long), (key) => refusedFor(key, "length")));
  });

  it("counts characters, not UTF-16 units: 8 emoji are 8 characters", () => {
    expect("🔑🗝".repeat(4)).toHaveLength(16);
    refusedFor("🔑🗝".repeat(4), "length");
  });

  it("refuses one character repeated, whatever the character and length", () => {
    const repeated = fc
      .tuple(
        fc.constantFrom(...PRINTABLE),
        fc.integer({ min: CUSTOM_KEY_MIN_LENGTH, max: CUSTOM_KEY_MAX_LENGTH }),
      )
      .map(([c, n]) => c.repeat(n));
    fc.assert(fc.property(repeated, (key) => refusedFor(key, "one-character")));
  });

  it("refuses whitespace, control and invisible characters anywhere in an otherwise strong key", () => {
    const tainted = fc.tuple(chosen, fc.constantFrom(...UNSAFE), fc.nat()).map(([key, bad, at]) => {
      const i = at % key.length;
      return key.slice(0, i) + bad + key.slice(i + 1);
    });
    fc.assert(fc.property(tainted, (key) => refusedFor(key, "unsafe-character")));
    for (const key of [" ".repeat(16), "\u0000".repeat(16), "\u0000".repeat(32)]) refused(key);
  });

  it("refuses the classic weak keys with a sentence naming the rule", () => {
    expect(refused("aaaaaaaaaaaaaaaa")).toMatchObject({
      error: { message: expect.stringMatching(/repeated/) },
    });
    expect(refused(" ".repeat(16))).toMatchObject({ error: { message: expect.stringMatching(/spaces/) } });
    expect(refused("short")).toMatchObject({ error: { message: expect.stringMatching(/16 to 256/) } });
  });
});
