import { describe, expect, it } from "vitest";
import { EnvSchema } from "../src/env.ts";

describe("env", () => {
  it("defaults to the embedded setup", () => {
    expect(EnvSchema.parse({})).toEqual({
      KEYTURN_IDP_PORT: 8443,
      KEYTURN_CONSOLE_ORIGINS: ["http://localhost:8080", "http://localhost:5173"],
      KEYTURN_IDP_ACCESS_TOKEN_TTL_SECONDS: 600,
      KEYTURN_IDP_BFF_SECRET: "keyturn-bff-dev-secret",
      KEYTURN_IDP_READER_SECRET: "keyturn-reader-dev-secret",
      LOG_LEVEL: "info",
    });
  });

  it("reads a comma-separated origin list, tolerating spaces and a trailing slash", () => {
    const env = EnvSchema.parse({
      KEYTURN_CONSOLE_ORIGINS: "https://console.example, http://localhost:3000/",
    });
    expect(env.KEYTURN_CONSOLE_ORIGINS).toEqual(["https://console.example", "http://localhost:3000"]);
  });

  it.each(["localhost:8080", "http://localhost:8080/app", "*", ""])(
    "refuses %j as an origin list",
    (value) => {
      expect(EnvSchema.safeParse({ KEYTURN_CONSOLE_ORIGINS: value }).success).toBe(false);
    },
  );

  it("refuses a port out of range and a too-short secret", () => {
    expect(EnvSchema.safeParse({ KEYTURN_IDP_PORT: "70000" }).success).toBe(false);
    expect(EnvSchema.safeParse({ KEYTURN_IDP_BFF_SECRET: "short" }).success).toBe(false);
  });
});
