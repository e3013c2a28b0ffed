import { readFile } from "node:fs/promises";
import type { EmulatorConfig } from "../config.ts";
import type { TlsPems } from "./https.ts";

/**
 * The HTTPS certificate and key: given, or dev-idp's (one locally trusted certificate for every
 * https://localhost server). Undefined while dev-idp has not created them yet.
 */
export async function readTls(tls: EmulatorConfig["tls"]): Promise<TlsPems | undefined> {
  if ("certPem" in tls) return tls;
  try {
    const [certPem, keyPem] = await Promise.all([
      readFile(tls.certFile, "utf8"),
      readFile(tls.keyFile, "utf8"),
    ]);
    return { certPem, keyPem };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}
