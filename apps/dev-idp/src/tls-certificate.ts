import { X509Certificate } from "node:crypto";
import path from "node:path";
import { generate } from "selfsigned";
import { readIfExists, writeFileAtomic } from "./files.ts";

export interface TlsMaterial {
  certPem: string;
  keyPem: string;
  certPath: string;
  /** True when this start generated it (first run, or the old one was about to expire). */
  created: boolean;
}

const VALIDITY_DAYS = 365;
// Renew a little before expiry so a long-lived dev machine never serves an expired certificate.
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The self-signed certificate for https://localhost (MSAL refuses an http authority). Created on
 * first run and reused, so a certificate trusted once stays trusted.
 */
export async function loadOrCreateCertificate(tlsDir: string): Promise<TlsMaterial> {
  const certPath = path.join(tlsDir, "cert.pem");
  const keyPath = path.join(tlsDir, "key.pem");
  const [certPem, keyPem] = await Promise.all([readIfExists(certPath), readIfExists(keyPath)]);
  if (certPem && keyPem && isUsable(certPem)) return { certPem, keyPem, certPath, created: false };

  const created = await createCertificate();
  // Key first: a cert.pem on disk always has its key beside it.
  await writeFileAtomic(keyPath, created.keyPem);
  // The certificate is public: readable by anyone who needs to trust it (NODE_EXTRA_CA_CERTS).
  await writeFileAtomic(certPath, created.certPem, 0o644);
  return { ...created, certPath, created: true };
}

function isUsable(certPem: string): boolean {
  try {
    const cert = new X509Certificate(certPem);
    const fresh = Date.parse(cert.validTo) - Date.now() > RENEW_BEFORE_MS;
    return fresh && cert.checkHost("localhost") === "localhost" && cert.checkIP("127.0.0.1") !== undefined;
  } catch {
    return false;
  }
}

async function createCertificate(): Promise<{ certPem: string; keyPem: string }> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALIDITY_DAYS * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: "commonName", value: "Keyturn dev-idp (localhost)" }], {
    keyType: "rsa",
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      // A leaf, not a CA: Firefox refuses a CA certificate used as a server certificate.
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  return { certPem: pems.cert, keyPem: pems.private };
}
