import type { MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { ApiError } from "../errors/api-error.ts";

/** Refuses request bodies over `maxBytes` with 413 `payload_too_large`, before anything reads them. */
export function bodyLimit(options: { maxBytes: number }): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: options.maxBytes,
    onError: () => {
      throw new ApiError(413, "payload_too_large", {
        detail: `The request body is larger than ${options.maxBytes} bytes.`,
      });
    },
  });
}
