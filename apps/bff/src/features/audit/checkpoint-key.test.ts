import { createHash, generateKeyPairSync } from "node:crypto";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_CHECKPOINT_KEY } from "../../../test/support/audit-fixtures.ts";
import { loadCheckpointKey } from "./checkpoint-key.ts";

const dir = path.join(tmpdir(), `keyturn-checkpoint-key-${process.pid}-${Date.now()}`);
const file = path.join(dir, "bff", "checkpoint-ed25519.pem");
const fromFile = { checkpointKey: null, checkpointKeyFile: file, checkpointIntervalMs: 0 };
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("checkpoint key", () => {
  it("is created on first run (0600, PKCS#8 PEM) and read back the same afterwards", async () => {
    const first = await loadCheckpointKey(fromFile);
    expect(((await stat(file)).mode & 0o777).toString(8)).toBe("600");
    const again = await loadCheckpointKey(fromFile);
    expect(again.keyId).toBe(first.keyId);
    const der = first.publicKey.export({ type: "spki", format: "der" });
    expect(first.keyId).toBe(createHash("sha256").update(der).digest("hex").slice(0, 16));
    expect(first.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it("two processes creating it at once agree on one key", async () => {
    const racing = path.join(dir, "race", "checkpoint-ed25519.pem");
    const keys = await Promise.all(
      [1, 2, 3].map(() => loadCheckpointKey({ ...fromFile, checkpointKeyFile: racing })),
    );
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
  });

  it("comes from env as base64 DER or as PEM (with \\n escapes)", async () => {
    const der = await loadCheckpointKey({ ...fromFile, checkpointKey: TEST_CHECKPOINT_KEY });
    const pem = der.privateKey.export({ type: "pkcs8", format: "pem" }).toString().replaceAll("\n", "\\n");
    const fromPem = await loadCheckpointKey({ ...fromFile, checkpointKey: pem });
    expect(fromPem.keyId).toBe(der.keyId);
  });

  it("refuses a key that is not Ed25519", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    await expect(loadCheckpointKey({ ...fromFile, checkpointKey: pem })).rejects.toThrow(/Ed25519/);
  });
});
