import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AzureErrorBodySchema } from "./error-body.ts";
import { isTerminal, OperationSchema, OperationStateSchema, TERMINAL_OPERATION_STATES } from "./operation.ts";
import { WIRE } from "./wire-fixtures.ts";

describe("OperationSchema", () => {
  it("parses the documented running and failed operations", () => {
    expect(OperationSchema.parse(JSON.parse(WIRE.operationRunning))).toMatchObject({ state: "Running" });
    expect(OperationSchema.parse(JSON.parse(WIRE.operationFailed))).toMatchObject({
      state: "Failed",
      error: { code: "BadRequest" },
    });
  });

  it("parses every documented state and refuses any other", () => {
    const running = JSON.parse(WIRE.operationRunning);
    for (const state of ["Running", "Succeeded", "Failed", "Cancelled", "TimedOut"])
      expect(OperationSchema.safeParse({ ...running, state }).success).toBe(true);
    fc.assert(
      fc.property(
        fc.string().filter((s) => !(OperationStateSchema.options as readonly string[]).includes(s)),
        (state) => !OperationSchema.safeParse({ ...running, state }).success,
      ),
    );
  });
});

describe("isTerminal", () => {
  it("is true exactly for Succeeded, Failed, Cancelled and TimedOut", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OperationStateSchema.options), (state) => {
        expect(isTerminal(state)).toBe(["Succeeded", "Failed", "Cancelled", "TimedOut"].includes(state));
      }),
    );
    expect([...TERMINAL_OPERATION_STATES].sort()).toEqual(["Cancelled", "Failed", "Succeeded", "TimedOut"]);
  });
});

describe("AzureErrorBodySchema", () => {
  it("parses the documented error body", () => {
    expect(AzureErrorBodySchema.parse(JSON.parse(WIRE.error))).toEqual({
      error: {
        code: "key_auth_access_denied",
        message: "Please check this key is valid.",
        details: [{ code: "Unauthorized", message: "The key was regenerated." }],
      },
    });
  });

  it("takes details as optional, and refuses a body without code or message", () => {
    expect(AzureErrorBodySchema.safeParse({ error: { code: "BadRequest", message: "x" } }).success).toBe(
      true,
    );
    expect(AzureErrorBodySchema.safeParse({ error: { message: "x" } }).success).toBe(false);
    expect(AzureErrorBodySchema.safeParse({ error: { code: "BadRequest" } }).success).toBe(false);
    expect(AzureErrorBodySchema.safeParse({ code: "BadRequest", message: "x" }).success).toBe(false);
    const details = [{ code: "BadRequest", message: "x" }, "free text"];
    expect(
      AzureErrorBodySchema.safeParse({ error: { code: "BadRequest", message: "x", details } }).success,
    ).toBe(false);
  });
});
