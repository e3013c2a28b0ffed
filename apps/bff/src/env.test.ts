import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, findRepoRoot, loadConfig } from "./env.ts";

describe("loadConfig", () => {
  it("has documented defaults for the embedded setup", () => {
    const config = loadConfig({});
    const root = findRepoRoot();
    expect(config.mode).toBe("development");
    expect(config.port).toBe(8080);
    expect(config.host).toBe("localhost");
    expect(config.dataDir).toBe(path.join(root, ".keyturn"));
    expect(config.database).toEqual({
      kind: "pglite",
      dataDir: path.join(root, ".keyturn", "bff", "pglite"),
    });
    expect(config.auth).toMatchObject({
      issuer: "https://localhost:8443",
      audience: "api://keyturn",
      jwksUrl: null,
      caFile: path.join(root, ".keyturn", "dev-idp", "tls", "cert.pem"),
      clockToleranceSeconds: 30,
      stepUpMaxAgeSeconds: 600,
    });
    expect(config.secrets).toMatchObject({
      masterKey: null,
      pepper: null,
      masterKeyFile: path.join(root, ".keyturn", "bff", "master.key"),
    });
    expect(config.corsOrigins).toEqual([]);
    expect(config.seed.defaultConnection).toBe(true);
    expect(config.seed.emulatorUrl).toBe("http://127.0.0.1:8090");
  });

  it("reads overrides", () => {
    const key = Buffer.alloc(32, 9).toString("base64");
    const config = loadConfig({
      NODE_ENV: "production",
      KEYTURN_BFF_PORT: "9000",
      KEYTURN_DATA_DIR: "/tmp/kt",
      DATABASE_URL: "postgres://u@db:5432/keyturn",
      KEYTURN_AUTH_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
      KEYTURN_AUTH_JWKS_URL: "https://login.microsoftonline.com/tenant/discovery/v2.0/keys",
      KEYTURN_MASTER_KEY: key,
      KEYTURN_CORS_ORIGINS: "https://a.example, https://b.example/",
    });
    expect(config.mode).toBe("production");
    expect(config.port).toBe(9000);
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/keyturn" });
    expect(config.auth.issuer).toBe("https://login.microsoftonline.com/tenant/v2.0");
    expect(config.auth.caFile).toBe("/tmp/kt/dev-idp/tls/cert.pem");
    expect(config.secrets.masterKey).toEqual(Buffer.alloc(32, 9));
    expect(config.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
    expect(config.seed.defaultConnection).toBe(false);
  });

  it("KEYTURN_MODE wins over NODE_ENV", () => {
    expect(loadConfig({ NODE_ENV: "production", KEYTURN_MODE: "development" }).mode).toBe("development");
  });

  it("names invalid variables without echoing their values", () => {
    const secret = Buffer.alloc(16, 3).toString("base64");
    const attempt = () =>
      loadConfig({ KEYTURN_MASTER_KEY: secret, KEYTURN_BFF_PORT: "http", DATABASE_URL: "mysql://x" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain("KEYTURN_MASTER_KEY");
      expect(message).toContain("KEYTURN_BFF_PORT");
      expect(message).toContain("DATABASE_URL");
      expect(message).not.toContain(secret);
    }
  });
});
