import { describe, expect, it } from "vitest";
import { operationIdFrom, parseRetryAfter, resolveLink } from "./links.ts";

describe("resolveLink", () => {
  const base = "http://127.0.0.1:8090/";

  it("joins a path onto the base", () => {
    expect(resolveLink("/a/b?x=1", base, "t")).toBe("http://127.0.0.1:8090/a/b?x=1");
  });

  it("keeps an absolute link on the same host", () => {
    expect(resolveLink("http://127.0.0.1:8090/a?y=2", base, "t")).toBe("http://127.0.0.1:8090/a?y=2");
  });

  it("re-bases a link to another host so the bearer token stays home", () => {
    expect(resolveLink("https://evil.example/a?y=2", base, "t")).toBe("http://127.0.0.1:8090/a?y=2");
  });

  it("refuses something that is not a link", () => {
    expect(() => resolveLink("not a url", base, "t")).toThrow(/not understood/);
  });
});

describe("operationIdFrom", () => {
  it("takes the last path segment, as the Azure SDK does, decoded and without the query", () => {
    expect(operationIdFrom("https://h/x/operations/abc%201?api=1")).toBe("abc 1");
    expect(operationIdFrom("/x/operations/op-1/")).toBe("op-1");
    // Not only after /operations/: whatever the path, its last segment is the id.
    expect(operationIdFrom("https://westeurope.api.azureml.ms/mms/v1.0/operationStatus/8c1f")).toBe("8c1f");
    expect(operationIdFrom("/x/services/y")).toBe("y");
  });

  it("is null for a location without a path", () => {
    expect(operationIdFrom("https://h")).toBeNull();
    expect(operationIdFrom("https://h/?x=1")).toBeNull();
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, and ignores nonsense", () => {
    const now = Date.parse("2025-06-01T12:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7);
    expect(parseRetryAfter("Sun, 01 Jun 2025 12:00:10 GMT", now)).toBe(10);
    expect(parseRetryAfter("Sun, 01 Jun 2025 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
