import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signatureHeaders, verifyWebhook } from "./webhook-signature.ts";

const NOW = 1_800_000_000;
const secrets = fc.string({ minLength: 1, maxLength: 64 });
const bodies = fc.string({ maxLength: 500 });
const timestamps = fc.integer({ min: NOW - 300, max: NOW + 300 });

/** What a receiver has: the headers and raw body as sent. */
function sent(secret: string, timestamp: number, body: string) {
  const headers = signatureHeaders(secret, timestamp, body);
  return { timestamp: headers["Keyturn-Timestamp"], signature: headers["Keyturn-Signature"], body };
}

describe("the webhook signature", () => {
  it("verifies what was signed, with the same secret, within the tolerance", () => {
    fc.assert(
      fc.property(secrets, bodies, timestamps, (secret, body, timestamp) => {
        expect(verifyWebhook({ ...sent(secret, timestamp, body), secret, nowSeconds: NOW })).toBeNull();
      }),
    );
  });

  it("refuses a body changed in any way, even by one byte", () => {
    fc.assert(
      fc.property(secrets, bodies, bodies, timestamps, (secret, body, other, timestamp) => {
        fc.pre(other !== body);
        const message = { ...sent(secret, timestamp, body), body: other };
        expect(verifyWebhook({ ...message, secret, nowSeconds: NOW })).toBe("mismatch");
      }),
    );
  });

  it("refuses another secret, and a timestamp moved to replay the message later", () => {
    fc.assert(
      fc.property(
        secrets,
        secrets,
        bodies,
        timestamps,
        fc.integer({ min: 1, max: 250 }),
        (secret, other, body, timestamp, shift) => {
          fc.pre(other !== secret);
          const message = sent(secret, timestamp, body);
          expect(verifyWebhook({ ...message, secret: other, nowSeconds: NOW })).toBe("mismatch");
          const moved = { ...message, timestamp: String(timestamp + shift) };
          expect(verifyWebhook({ ...moved, secret, nowSeconds: NOW + shift })).toBe("mismatch");
        },
      ),
    );
  });

  it("refuses a message outside the tolerance and one without its headers", () => {
    fc.assert(
      fc.property(secrets, bodies, fc.integer({ min: 301, max: 10_000_000 }), (secret, body, age) => {
        expect(verifyWebhook({ ...sent(secret, NOW - age, body), secret, nowSeconds: NOW })).toBe("stale");
        expect(verifyWebhook({ ...sent(secret, NOW + age, body), secret, nowSeconds: NOW })).toBe("stale");
      }),
    );
    const message = sent("s", NOW, "{}");
    expect(verifyWebhook({ ...message, signature: null, secret: "s", nowSeconds: NOW })).toBe("malformed");
    expect(verifyWebhook({ ...message, timestamp: "soon", secret: "s", nowSeconds: NOW })).toBe("malformed");
    expect(verifyWebhook({ ...message, signature: "md5=00", secret: "s", nowSeconds: NOW })).toBe(
      "malformed",
    );
  });

  it("signs the bytes as sent: multi-byte text signs as its UTF-8", () => {
    const body = JSON.stringify({ subject: "ws-prod/déploiement-ñ" });
    const message = sent("s", NOW, body);
    expect(
      verifyWebhook({ ...message, body: Buffer.from(body, "utf8"), secret: "s", nowSeconds: NOW }),
    ).toBeNull();
  });
});
