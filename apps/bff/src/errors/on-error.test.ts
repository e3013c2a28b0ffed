import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@keyturn/auth-domain";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error.ts";
import { fieldErrors, notFound, onError } from "./on-error.ts";
import { PROBLEM_TITLES } from "./problem.ts";

function appThrowing(error: unknown) {
  const app = new Hono();
  app.onError(onError(pino({ level: "silent" })));
  app.notFound(notFound);
  app.get("/boom", () => {
    throw error;
  });
  return app;
}

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return ProblemSchema.parse(await response.json());
}

describe("onError", () => {
  it("answers an ApiError as RFC 9457 problem+json with its code, title, detail and headers", async () => {
    const error = new ApiError(429, "rate_limited", {
      detail: "Slow down.",
      headers: { "Retry-After": "3" },
    });
    const response = await appThrowing(error).request("/boom");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await problemOf(response)).toEqual({
      type: "urn:keyturn:problem:rate_limited",
      title: PROBLEM_TITLES.rate_limited,
      status: 429,
      code: "rate_limited",
      detail: "Slow down.",
    });
  });

  it("hides internal errors: 500 internal_error with no message or stack", async () => {
    const response = await appThrowing(new Error("password=hunter2 at db.ts:12")).request("/boom");
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("db.ts");
    expect((await problemOf(response)).code).toBe("internal_error");
  });

  it.each([
    [400, "validation_failed"],
    [413, "payload_too_large"],
    [415, "unsupported_media_type"],
    [401, "unauthenticated"],
  ] as const)("maps Hono's HTTPException %i to %s", async (status, code) => {
    const response = await appThrowing(new HTTPException(status, { message: "internal words" })).request(
      "/boom",
    );
    expect(response.status).toBe(status);
    const problem = await problemOf(response);
    expect(problem.code).toBe(code);
    expect(JSON.stringify(problem)).not.toContain("internal words");
  });

  it("answers unknown routes with a 404 problem", async () => {
    const response = await appThrowing(null).request("/nowhere");
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("not_found");
  });

  it("turns zod issues into field errors with the request part as prefix", () => {
    const result = z.strictObject({ name: z.string(), n: z.number() }).safeParse({ name: 1, extra: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrors("json", result.error);
    expect(errors.map((e) => e.path).sort()).toEqual(["body", "body.n", "body.name"]);
  });
});
