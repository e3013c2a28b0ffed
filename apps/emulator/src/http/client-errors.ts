import type { Server } from "node:http";
import { RequestError } from "@hono/node-server";
import type { AzureErrorBody } from "@keyturn/azureml-rest";
import { answerClientErrorsWith } from "@keyturn/node-http";
import type { EmulatorErrorCode } from "../errors.ts";
import { errorBody } from "./error-body.ts";

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP,
 * an unknown method) get Azure's error body like every other error, in the shape Azure answers at
 * their target when it can be read, not Node's bare 431/400; the connection is closed.
 */
export function answerClientErrors(server: Server): void {
  answerClientErrorsWith(server, ({ status, code, message, target = "/" }) => {
    const body = errorBody(target, status, code satisfies EmulatorErrorCode, message);
    return { contentType: "application/json", body: JSON.stringify(body) };
  });
}

/**
 * A request Node parsed but Hono cannot turn into a Request (a `*` or backslash target, a bad Host)
 * gets Azure's error body, not @hono/node-server's bare 400; anything else thrown before the app
 * answers is a 500 in the same shape.
 */
export function unreadableRequest(err: unknown): Response {
  const bad = err instanceof RequestError;
  const body: AzureErrorBody = bad
    ? { error: { code: "validation_failed", message: "The request target or Host header cannot be read." } }
    : { error: { code: "internal_error", message: "The request could not be handled." } };
  return Response.json(body, { status: bad ? 400 : 500, headers: { Connection: "close" } });
}
