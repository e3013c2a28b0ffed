import { TEST_CALL_MAX_BODY_BYTES } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { parseBody } from "./parse-body";

describe("parseBody", () => {
  it("accepts any JSON value", () => {
    expect(parseBody('{"data":[[1]]}')).toEqual({ ok: true, value: { data: [[1]] } });
    expect(parseBody(" 42 ")).toEqual({ ok: true, value: 42 });
  });

  it("says why a body cannot be sent", () => {
    expect(parseBody("  ")).toEqual({ ok: false, reason: "empty" });
    expect(parseBody("{data: 1}")).toEqual({ ok: false, reason: "invalid" });
    expect(parseBody(JSON.stringify("é".repeat(TEST_CALL_MAX_BODY_BYTES / 2)))).toEqual({
      ok: false,
      reason: "tooLarge",
    });
  });
});
