import { describe, expect, it } from "vitest";
import { TEST_MASTER_KEY } from "../../../test/support/test-app.ts";
import { PREVIOUS_KEY_WINDOW_MS, PreviousKeys } from "./previous-keys.ts";

describe("PreviousKeys", () => {
  const value = "replaced-key-value-0123456789abcdef";

  it("gives the replaced value back during the window only, then forgets it", () => {
    const clock = { now: 1_800_000_000_000 };
    const keys = new PreviousKeys(TEST_MASTER_KEY, () => new Date(clock.now));
    keys.remember("k", { value, fingerprint: "0123456789ab", replacedAt: new Date(clock.now) });
    clock.now += PREVIOUS_KEY_WINDOW_MS - 1;
    expect(keys.recall("k")).toMatchObject({ value, fingerprint: "0123456789ab" });
    clock.now += 1;
    expect(keys.recall("k")).toBeUndefined();
    expect(JSON.stringify([...(keys as unknown as { entries: Map<string, unknown> }).entries])).toBe("[]");
  });

  it("holds the value encrypted (AES-256-GCM bound to its key), never as plain text", () => {
    const keys = new PreviousKeys(TEST_MASTER_KEY, () => new Date());
    keys.remember("k", { value, fingerprint: "0123456789ab", replacedAt: new Date() });
    const held = JSON.stringify([...(keys as unknown as { entries: Map<string, unknown> }).entries]);
    expect(held).not.toContain(value);
    expect(held).toContain('"envelope":"v1.');
    expect(keys.recall("other")).toBeUndefined();
  });
});
