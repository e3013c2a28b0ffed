import { FingerprintSchema } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { constantTimeEqual, fingerprint } from "./fingerprint.ts";

const PEPPER = Buffer.from("keyturn-test-pepper", "utf8");

// Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'keyturn-test-pepper',
// s.encode(), hashlib.sha256).hexdigest()[:12])"
const EXPECTED: [string, string][] = [
  ["primary-key-value-1", "f366686c9974"],
  ["secondary-key-value-2", "84ee63a911f4"],
  ["", "415748c78780"],
  ["ключ-ü", "62f496b4d2c9"],
];

describe("fingerprint", () => {
  it.each(EXPECTED)("HMAC-SHA256 of %j under the pepper, first 12 hex = %s", (secret, expected) => {
    expect(fingerprint(PEPPER, secret)).toBe(expected);
    expect(FingerprintSchema.safeParse(fingerprint(PEPPER, secret)).success).toBe(true);
  });

  it("agrees with WebCrypto's HMAC", async () => {
    const key = await crypto.subtle.importKey("raw", PEPPER, { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    const mac = Buffer.from(await crypto.subtle.sign("HMAC", key, Buffer.from("primary-key-value-1")));
    expect(fingerprint(PEPPER, "primary-key-value-1")).toBe(mac.toString("hex").slice(0, 12));
  });

  it("depends on the pepper", () => {
    expect(fingerprint(Buffer.from("another pepper"), "primary-key-value-1")).not.toBe("f366686c9974");
  });
});

describe("constantTimeEqual", () => {
  it("compares content, including different lengths", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
    expect(constantTimeEqual(Buffer.from("k"), "k")).toBe(true);
    expect(constantTimeEqual("", "")).toBe(true);
  });
});
