import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

/** JSON and problem+json answers; not the CSV and JSON-lines exports, which stream at their own pace. */
const JSON_TYPE = /^\s*application\/(?:problem\+)?json\s*(?:;|$)/i;

/**
 * Compresses JSON answers to reads (GET) with gzip when the client takes it: the inventory, the audit
 * log, posture. Never the answers to POST, PUT, PATCH or DELETE — among them every answer that
 * carries a secret (a revealed key or token, a new key, a test call's relayed answer) — so a secret
 * is never compressed beside text a caller chose (BREACH; decision 013). Nor an answer with an ETag:
 * gzip would make it weak (`W/`), and If-Match compares strongly, so the version a caller read could
 * never be sent back; those answers are one resource each, small.
 */
export function compressReads(): MiddlewareHandler {
  const gzip = compress({ encoding: "gzip", contentTypeFilter: JSON_TYPE });
  return async function compressReads(c, next) {
    if (c.req.method !== "GET") return next();
    return gzip(c, async () => {
      await next();
      if (c.res.headers.has("ETag")) c.res.headers.append("Cache-Control", "no-transform");
    });
  };
}
