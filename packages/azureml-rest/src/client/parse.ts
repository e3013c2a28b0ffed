import type { z } from "zod";
import { AzureMlError, notUnderstood } from "./errors.ts";

/** Validates an answer with its wire schema; issues are reported by path and kind only. */
export function parseAnswer<T>(schema: z.ZodType<T>, body: unknown, label: string, status?: number): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw notUnderstood(label, describeIssues(result.error), status);
}

/** The issues of a failed parse by path and kind (`authEnabled: invalid_type`), never the values. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.code}`)
    .join("; ");
}

/** A request the client refuses to send: the input did not match the wire contract. */
export function invalidRequest(label: string, error: z.ZodError): AzureMlError {
  const where = error.issues.map((issue) => issue.path.map(String).join(".") || "(root)").join(", ");
  return new AzureMlError({
    code: "validation_failed",
    status: 400,
    message: `${label}: the request is not valid (${where})`,
  });
}
