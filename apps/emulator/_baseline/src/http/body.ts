import type { Context } from "hono";
import type { z } from "zod";
import { badRequest, EmulatorError } from "../errors.ts";

/**
 * Reads a JSON body; a missing or malformed body is a 400 that says which. With `emptyAs`, an empty
 * body stands for that value (for calls whose body is optional).
 */
export async function readJson(c: Context, options: { emptyAs?: unknown } = {}): Promise<unknown> {
  return parseJsonText(await c.req.text(), options);
}

export function parseJsonText(text: string, options: { emptyAs?: unknown } = {}): unknown {
  if (text.trim() === "") {
    if ("emptyAs" in options) return options.emptyAs;
    throw badRequest("The request body is empty; a JSON body is required.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
}

/** Validates with a wire schema; the message lists each problem with its path. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "body"}: ${issue.message}`)
    .join("; ");
  throw badRequest(`Invalid ${what}: ${problems}.`);
}

/** Refuses a body of another media type (415), e.g. JSON Patch sent as plain JSON. */
export function requireContentType(c: Context, expected: string): void {
  const actual = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (actual !== expected) {
    throw new EmulatorError(
      415,
      "unsupported_media_type",
      `Content-Type must be ${expected} (got ${actual ?? "none"}).`,
    );
  }
}
