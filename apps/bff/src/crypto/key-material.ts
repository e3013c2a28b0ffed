import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../env.ts";

/** The BFF's own secrets: the AES-256-GCM master key and the fingerprint pepper. */
export interface KeyMaterial {
  masterKey: Buffer;
  pepper: Buffer;
}

/**
 * Takes each secret from config (env) or from its file in the data folder, creating the file with
 * 32 random bytes (base64, mode 0600) on first run. The file is written aside and hard-linked into
 * place (atomic, fails if it exists), so two processes starting together read the same complete key.
 * In production set both by env (or Key Vault).
 */
export async function resolveKeyMaterial(secrets: Config["secrets"]): Promise<KeyMaterial> {
  const masterKey = secrets.masterKey ?? (await readOrCreateSecretFile(secrets.masterKeyFile, 32));
  const pepper = secrets.pepper ?? (await readOrCreateSecretFile(secrets.pepperFile, 16));
  if (masterKey.length !== 32) throw new Error(`${secrets.masterKeyFile} must hold base64 of 32 bytes`);
  return { masterKey, pepper };
}

export async function readOrCreateSecretFile(file: string, minBytes: number): Promise<Buffer> {
  if (!(await exists(file))) await createSecretFileOnce(file, `${randomBytes(32).toString("base64")}\n`);
  const mode = (await stat(file)).mode & 0o777;
  if (mode & 0o077) await chmod(file, 0o600);
  const value = Buffer.from((await readFile(file, "utf8")).trim(), "base64");
  if (value.length < minBytes) throw new Error(`${file} must hold base64 of at least ${minBytes} bytes`);
  return value;
}

/**
 * Writes a new secret file (mode 0600, its folder 0700) unless one is there: the content is written
 * aside and hard-linked into place, which is atomic and fails if the file exists, so two processes
 * starting together both read the one complete file the first of them wrote.
 */
export async function createSecretFileOnce(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const staging = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(staging, content, { flag: "wx", mode: 0o600 });
  try {
    await link(staging, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    await unlink(staging);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw err;
  }
}
