import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../env.ts";

describe("the OpenTelemetry variables", () => {
  it("leave tracing off unless a collector is named", () => {
    expect(loadConfig({}).telemetry).toBeNull();
    expect(loadConfig({ OTEL_SERVICE_NAME: "console" }).telemetry).toBeNull();
  });

  it("send traces to <endpoint>/v1/traces, or to the traces endpoint itself", () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).telemetry).toEqual({
      tracesUrl: "http://collector:4318/v1/traces",
      headers: {},
      serviceName: "keyturn-bff",
      sampleRatio: 1,
    });
    const both = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://otlp.example/api/traces",
      OTEL_SERVICE_NAME: "keyturn-bff-eu",
      OTEL_TRACES_SAMPLER_ARG: "0.25",
    }).telemetry;
    expect(both).toMatchObject({
      tracesUrl: "https://otlp.example/api/traces",
      serviceName: "keyturn-bff-eu",
      sampleRatio: 0.25,
    });
  });

  it("read the collector's headers, URL-decoded", () => {
    const config = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      OTEL_EXPORTER_OTLP_HEADERS: "api-key=abc%3D%3D, x-tenant = blue",
    });
    expect(config.telemetry?.headers).toEqual({ "api-key": "abc==", "x-tenant": "blue" });
  });

  it("stay off when the SDK is disabled, even with an endpoint", () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" };
    expect(loadConfig(env).telemetry).toBeNull();
  });

  it("refuse a bad value by the variable's name, never its value", () => {
    for (const [name, value] of [
      ["OTEL_EXPORTER_OTLP_ENDPOINT", "ftp://secret-host"],
      ["OTEL_EXPORTER_OTLP_HEADERS", "no-equals-secret-value"],
      ["OTEL_TRACES_SAMPLER_ARG", "2"],
    ] as const) {
      let error: unknown;
      try {
        loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", [name]: value });
      } catch (err) {
        error = err;
      }
      expect(error, name).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain(value);
    }
  });
});
