import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Config } from "../../env.ts";
import { checkpointKey } from "../../features/audit/public.ts";
import { fail, type Outcome, ok, reason } from "./outcome.ts";

type Checks = Array<[string, Outcome]>;

/** The BFF's own secrets: set by env (replicas must share them), or already in their files. */
export async function keyChecks(config: Config): Promise<{ checks: Checks; masterKey: Buffer | null }> {
  const { secrets, audit } = config;
  let masterKey: Buffer | null = secrets.masterKey;
  let master: Outcome = ok("KEYTURN_MASTER_KEY is set");
  if (!masterKey && existsSync(secrets.masterKeyFile)) {
    masterKey = Buffer.from((await readFile(secrets.masterKeyFile, "utf8")).trim(), "base64");
    master =
      masterKey.length === 32
        ? ok(`read from ${secrets.masterKeyFile}; every replica needs the same`)
        : fail(
            `${secrets.masterKeyFile} does not hold base64 of 32 bytes`,
            "set KEYTURN_MASTER_KEY (openssl rand -base64 32), the same on every replica",
          );
    if (masterKey.length !== 32) masterKey = null;
  } else if (!masterKey) {
    master = fail(
      "no master key (KEYTURN_MASTER_KEY unset, no key file)",
      "set KEYTURN_MASTER_KEY=$(openssl rand -base64 32), the same on every replica; losing it loses every stored credential",
    );
  }
  const pepper: Outcome =
    secrets.pepper || existsSync(secrets.pepperFile)
      ? ok(secrets.pepper ? "KEYTURN_FINGERPRINT_PEPPER is set" : `read from ${secrets.pepperFile}`)
      : fail(
          "no fingerprint pepper (KEYTURN_FINGERPRINT_PEPPER unset, no file)",
          "set KEYTURN_FINGERPRINT_PEPPER=$(openssl rand -base64 32), the same on every replica",
        );
  let checkpoint: Outcome;
  if (audit.checkpointKey === null && !existsSync(audit.checkpointKeyFile)) {
    checkpoint = fail(
      "no audit checkpoint key (KEYTURN_AUDIT_CHECKPOINT_KEY unset, no file)",
      "set KEYTURN_AUDIT_CHECKPOINT_KEY to an Ed25519 PKCS#8 PEM (openssl genpkey -algorithm ed25519), the same on every replica",
    );
  } else {
    try {
      const key = await checkpointKey(audit);
      checkpoint = ok(
        `Ed25519 key ${key.keyId}${audit.checkpointKey === null ? ` from ${audit.checkpointKeyFile}` : ""}`,
      );
    } catch (err) {
      checkpoint = fail(
        `the audit checkpoint key cannot be read: ${reason(err)}`,
        "KEYTURN_AUDIT_CHECKPOINT_KEY must be an Ed25519 private key, PKCS#8 PEM or base64 DER",
      );
    }
  }
  return {
    checks: [
      ["master key", master],
      ["fingerprint pepper", pepper],
      ["audit checkpoint key", checkpoint],
    ],
    masterKey,
  };
}
