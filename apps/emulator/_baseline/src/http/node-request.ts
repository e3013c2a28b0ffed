import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import { EmulatorError } from "../errors.ts";

// The data plane's hot path reads headers and the body from Node's IncomingMessage when it has one:
// Hono's `c.req.header()` builds a web Headers object, and `c.req.raw.body` (which hono's bodyLimit
// touches) materialises a whole web Request with its stream and AbortSignal, for every request.
// Off Node (app.request() in tests), the web API is used.

const incomingOf = (c: Context) => (c.env as Partial<HttpBindings> | undefined)?.incoming;

export function requestHeader(c: Context, name: "authorization" | "content-length"): string | undefined {
  const incoming = incomingOf(c);
  return incoming ? incoming.headers[name] : c.req.header(name);
}

/** The body as text, refused with 413 past `maxBytes` (declared or streamed). */
export async function readBodyText(c: Context, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new EmulatorError(413, "payload_too_large", `The request body exceeds ${maxBytes} bytes.`);
  const declared = requestHeader(c, "content-length");
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge();
  const incoming = incomingOf(c);
  // With a declared length, node-server reads the body straight from the socket (its fast path).
  if (!incoming || declared !== undefined) return c.req.text();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
