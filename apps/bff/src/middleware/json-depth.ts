import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors/api-error.ts";

/** How deep a JSON body may nest: far beyond any payload of this API, far below a stack overflow. */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in a JSON text (strings skipped), without recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // a backslash escapes the next character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Refuses a JSON body nested deeper than `maxDepth` with 400 before a handler walks it: a body of
 * thousands of nested arrays passes an `unknown` schema, then overflows the stack of whatever
 * serialises it (a 500). Runs after authentication, so an anonymous caller still gets 401.
 */
export function jsonDepthLimit(
  options: { maxDepth: number } = { maxDepth: MAX_JSON_DEPTH },
): MiddlewareHandler {
  return async function jsonDepthLimit(c, next) {
    const type = c.req.header("content-type") ?? "";
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && /\bjson\b/i.test(type)) {
      if (jsonDepth(await c.req.text()) > options.maxDepth) {
        throw new ApiError(400, "validation_failed", {
          detail: `The JSON body nests deeper than ${options.maxDepth} levels.`,
        });
      }
    }
    await next();
  };
}
