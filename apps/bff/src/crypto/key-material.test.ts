import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOrCreateSecretFile, resolveKeyMaterial } from "./key-material.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "keyturn-keys-"));

describe("key material", () => {
  it("creates a 32-byte secret file with mode 0600 on first run and reuses it", async () => {
    const file = path.join(await tempDir(), "bff", "master.key");
    const first = await readOrCreateSecretFile(file, 32);
    expect(first).toHaveLength(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readOrCreateSecretFile(file, 32)).toEqual(first);
    expect((await readFile(file, "utf8")).trim()).toBe(first.toString("base64"));
  });

  it("gives concurrent starters the same key", async () => {
    const file = path.join(await tempDir(), "pepper");
    const keys = await Promise.all(Array.from({ length: 8 }, () => readOrCreateSecretFile(file, 16)));
    for (const key of keys) expect(key).toEqual(keys[0]);
  });

  it("prefers values from the environment over files", async () => {
    const dir = await tempDir();
    const masterKey = Buffer.alloc(32, 1);
    const pepper = Buffer.alloc(16, 2);
    const material = await resolveKeyMaterial({
      masterKey,
      pepper,
      masterKeyFile: path.join(dir, "master.key"),
      pepperFile: path.join(dir, "pepper"),
    });
    expect(material).toEqual({ masterKey, pepper });
    await expect(stat(path.join(dir, "master.key"))).rejects.toThrow();
  });
});
