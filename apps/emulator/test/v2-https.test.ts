import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { connect } from "node:tls";
import { Agent, fetch as undiciFetch } from "undici";
import { describe, expect } from "vitest";
import { startEmulator } from "../src/index.ts";
import { it } from "./support/fixtures.ts";
import { endpointsPath, idpTls } from "./v2-support.ts";

// The HTTPS listener takes dev-idp's certificate from the shared data folder (one certificate to
// trust for every https://localhost server), and waits for it when dev-idp has not made it yet.

describe("HTTPS", () => {
  it("serves HTTPS with dev-idp's certificate from the data folder, with answers naming the HTTPS origin", async ({
    idp,
    tokens,
  }) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-https-"));
    const tlsDir = path.join(dataDir, "dev-idp", "tls");
    await mkdir(tlsDir, { recursive: true });
    const tls = await idpTls(idp);
    await writeFile(path.join(tlsDir, "cert.pem"), tls.certPem);
    await writeFile(path.join(tlsDir, "key.pem"), tls.keyPem);
    const emulator = await startEmulator({
      port: 0,
      httpsPort: 0,
      dataDir,
      idpIssuer: idp.issuer,
      idpCaPem: idp.caCertPem,
    });
    const dispatcher = new Agent({ connect: { ca: tls.certPem } });
    try {
      const httpsUrl = emulator.httpsUrl() ?? "";
      expect(httpsUrl).toMatch(/^https:\/\/localhost:\d+$/);
      const url = `${httpsUrl}${endpointsPath("ws-prod-eastus", "fraud-online")}?api-version=2022-10-01`;
      const response = await undiciFetch(url, {
        dispatcher,
        headers: { authorization: `Bearer ${tokens.contributor}` },
      });
      const body = (await response.json()) as { properties: { scoringUri: string } };
      expect(response.status).toBe(200);
      expect(body.properties.scoringUri).toBe(
        `${httpsUrl}/online/fraud-online.eastus.inference.ml.azure.com/score`,
      );
      // The workspace's Key Vault is served by the same listener: the official client's first call
      // (no token) gets Key Vault's challenge.
      const vault = await undiciFetch(`${httpsUrl}/kv-prod-eastus/secrets/churn?api-version=2026-04-01`, {
        dispatcher,
      });
      expect(vault.status).toBe(401);
      expect(vault.headers.get("www-authenticate")).toContain('resource="https://vault.azure.net"');
      // A request Node's parser refuses gets Azure's error body, as over HTTP.
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect({
          host: "127.0.0.1",
          port: Number(new URL(httpsUrl).port),
          ca: tls.certPem,
          servername: "localhost",
        });
        let text = "";
        socket.on("secureConnect", () =>
          socket.write("GET / HTTP/1.1\r\nHost: localhost\r\nNot a header\r\n\r\n"),
        );
        socket.on("data", (chunk) => {
          text += chunk.toString();
        });
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(raw).toContain('"error":{"code":');
      // The v1 control plane is there too.
      const v1 = await undiciFetch(
        `${httpsUrl}/subscriptions/x/resourceGroups/y/providers/Microsoft.MachineLearningServices/workspaces`,
        { dispatcher },
      );
      expect(v1.status).toBe(401);
    } finally {
      await dispatcher.close();
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("without the certificate serves HTTP alone (HTTPS waits for it), and httpsPort null turns HTTPS off", async ({
    idp,
  }) => {
    for (const httpsPort of [0, null]) {
      const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-https-"));
      const emulator = await startEmulator({
        port: 0,
        httpsPort,
        dataDir,
        idpIssuer: idp.issuer,
        idpCaPem: idp.caCertPem,
      });
      try {
        expect(emulator.httpsUrl()).toBeUndefined();
        expect((await fetch(`${emulator.url}/online/x/score`, { method: "POST" })).status).toBe(404);
      } finally {
        await emulator.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  });
});
