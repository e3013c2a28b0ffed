import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecryptionError, decrypt, decryptText, encrypt } from "./encryption.ts";

const KEY = randomBytes(32);

function flipByte(envelope: string, part: 1 | 2, index: number): string {
  const parts = envelope.split(".");
  const bytes = Buffer.from(parts[part] as string, "base64url");
  bytes[index % bytes.length] = (bytes[index % bytes.length] as number) ^ 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("AES-256-GCM encryption", () => {
  it("round-trips any text, with and without associated data", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (text, aad) => {
        expect(decryptText(KEY, encrypt(KEY, text, aad), aad)).toBe(text);
      }),
    );
  });

  it("uses a fresh 12-byte IV per value, so equal plaintexts differ", () => {
    const a = encrypt(KEY, "same");
    const b = encrypt(KEY, "same");
    expect(a).not.toBe(b);
    expect(Buffer.from(a.split(".")[1] as string, "base64url")).toHaveLength(12);
    expect(a.startsWith("v1.")).toBe(true);
    expect(a).not.toContain("same");
  });

  it("detects any altered ciphertext, tag or IV byte (GCM authentication)", () => {
    const envelope = encrypt(KEY, "client-secret-value", "connections:1:credential");
    const bodyLength = Buffer.from(envelope.split(".")[2] as string, "base64url").length;
    for (let i = 0; i < bodyLength; i++) {
      expect(() => decrypt(KEY, flipByte(envelope, 2, i), "connections:1:credential")).toThrow(
        DecryptionError,
      );
    }
    for (let i = 0; i < 12; i++) {
      expect(() => decrypt(KEY, flipByte(envelope, 1, i), "connections:1:credential")).toThrow(
        DecryptionError,
      );
    }
  });

  it("refuses the wrong key, the wrong associated data and truncated envelopes", () => {
    const envelope = encrypt(KEY, "secret", "connections:1:credential");
    expect(() => decrypt(randomBytes(32), envelope, "connections:1:credential")).toThrow(DecryptionError);
    expect(() => decrypt(KEY, envelope, "connections:2:credential")).toThrow(DecryptionError);
    expect(() => decrypt(KEY, envelope)).toThrow(DecryptionError);
    expect(() => decrypt(KEY, envelope.slice(0, -10), "connections:1:credential")).toThrow(DecryptionError);
    expect(() => decrypt(KEY, "v1.abc", undefined)).toThrow(DecryptionError);
    expect(() => decrypt(KEY, `v2${envelope.slice(2)}`, "connections:1:credential")).toThrow(DecryptionError);
  });

  it("needs a 32-byte key", () => {
    expect(() => encrypt(randomBytes(16), "x")).toThrow(/32-byte/);
  });
});
