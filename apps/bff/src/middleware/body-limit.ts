import type { HttpBindings } from "@hono/node-server";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { ApiError } from "../errors/api-error.ts";

// An answer given before the request's body was read leaves that body on the socket. Node's server
// drains it only up to its stream buffers and then closes the socket, after an answer that said
// keep-alive: the client's next request on that socket fails. Such answers say `Connection: close`.
const CLOSE = { Connection: "close" };

/**
 * Refuses request bodies over `maxBytes` with 413 `payload_too_large`, before anything reads them
 * (and closes the connection); any other answer that left a body unread closes it too.
 */
export function bodyLimit(options: { maxBytes: number }): MiddlewareHandler {
  const limit = honoBodyLimit({
    maxSize: options.maxBytes,
    onError: () => {
      throw new ApiError(413, "payload_too_large", {
        detail: `The request body is larger than ${options.maxBytes} bytes.`,
        headers: CLOSE,
      });
    },
  });
  return async function bodyLimit(c, next) {
    await limit(c, next);
    if (bodyLeftUnread(c)) c.res.headers.set("Connection", "close");
  };
}

function bodyLeftUnread(c: Context): boolean {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming || incoming.readableEnded) return false;
  const length = incoming.headers["content-length"];
  return incoming.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}
