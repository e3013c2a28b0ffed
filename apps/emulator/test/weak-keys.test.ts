import { describe, expect } from "vitest";
import { aciService, expectError } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

// A chosen key follows auth-domain's key rule (checkCustomKey) on regenerateKeys and on create: a weak
// one is refused with 400 `weak_key` in Azure's error shape, the key is never echoed, nothing changes,
// and the weak value opens nothing.

const SERVICE = "pricing-aci";
const WEAK: Record<string, string> = {
  "16 spaces": " ".repeat(16),
  "NUL bytes": "\u0000".repeat(16),
  "one character": "a".repeat(16),
  "too short": "Zq8-vT2_xK9",
  "a tab inside": "strong-looking\tkey-value-42",
  "a line break at the end": "strong-looking-key-value-42\n",
  "a zero-width space": "strong-looking\u200bkey-value-42",
  "a control character": "strong-looking\u0007key-value-42",
  "too long": "x1".repeat(129),
};

describe("weak custom keys", () => {
  it.for(Object.entries(WEAK))(
    "refuses a keyValue with %s: 400 weak_key, key unchanged, the value opens nothing",
    async ([, weak], { cp, scoring }) => {
      const before = await cp.keys(SERVICE);
      const response = await cp.regenerate(SERVICE, { keyType: "Primary", keyValue: weak });
      const text = await response.clone().text();
      const body = await expectError(response, 400, "weak_key");
      expect(body.message).toMatch(/^A key must/);
      if (weak.trim() !== "") expect(text).not.toContain(JSON.stringify(weak).slice(1, -1));
      expect(await cp.keys(SERVICE)).toEqual(before);
      // Some of these cannot even travel in a header (fetch refuses them): another reason to refuse them.
      const scored = await scoring(SERVICE)
        .score(weak)
        .then(
          (r) => r.status,
          () => "not sendable",
        );
      expect([401, "not sendable"]).toContain(scored);
    },
  );

  it("refuses weak keys on create, and creates nothing", async ({ cp }) => {
    const create = (name: string, primaryKey: string) =>
      cp.create(
        aciService(name, {
          containerResourceRequirements: { cpu: 0.5, memoryInGB: 1 },
          keys: { primaryKey, secondaryKey: "chosen-secondary-key-001" },
        }),
      );
    await expectError(await create("weak-keyed-aci", "a".repeat(24)), 400, "weak_key");
    await expectError(await cp.get("weak-keyed-aci"), 404, "not_found");
    expect((await create("strong-keyed-aci", "chosen-primary-key-00001")).status).toBe(202);
  });

  it("still accepts a strong chosen key and a generated one", async ({ cp }) => {
    const chosen = "Chosen-key_9f3Kq2ZpXv7LmN";
    expect((await cp.regenerate(SERVICE, { keyType: "Secondary", keyValue: chosen })).status).toBe(202);
    expect((await cp.keys(SERVICE)).secondaryKey).toBe(chosen);
    expect((await cp.regenerate(SERVICE, { keyType: "Secondary" })).status).toBe(202);
  });
});
