import { type ErrorCode, PROBLEM_CONTENT_TYPE, type Problem, ProblemSchema } from "@keyturn/auth-domain";
import { expect } from "vitest";

/** Asserts an RFC 9457 response with the status and code, and returns the parsed problem. */
export async function expectProblem(response: Response, status: number, code: ErrorCode): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
  const body = ProblemSchema.strict().parse(await response.json());
  expect(body.code).toBe(code);
  expect(body.requestId).toBe(response.headers.get("x-request-id"));
  return body;
}
