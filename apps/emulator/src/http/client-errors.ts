import { maxHeaderSize, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { RequestError } from "@hono/node-server";
import type { AzureErrorBody } from "@keyturn/azureml-rest";
import type { EmulatorErrorCode } from "../errors.ts";

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP)
 * get Azure's error body like every other error, not Node's bare 431/400; the connection is closed.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    // The answer being written belongs to an earlier, complete request (pipelined): refuse after it,
    // so the client reads both in order. If the broken request is the one in flight (a bad chunk),
    // refuse now, unless its answer has started: then only closing keeps the stream readable.
    const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (inFlight && !inFlight.writableEnded) {
      if (inFlight.req?.complete) {
        inFlight.once("finish", () => refuse(err, socket));
        return;
      }
      if (inFlight.headersSent) {
        socket.destroy();
        return;
      }
    }
    refuse(err, socket);
  });
}

function refuse(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  if (err.code === "HPE_HEADER_OVERFLOW") {
    const message = `The request headers are larger than ${maxHeaderSize} bytes.`;
    answer(socket, 431, "Request Header Fields Too Large", "headers_too_large", message);
    return;
  }
  if (err.code?.startsWith("HPE_")) {
    answer(socket, 400, "Bad Request", "validation_failed", "The request is not valid HTTP.");
    return;
  }
  // A request timeout (408) or a reset: as Node does without this listener.
  if (err.code === "ERR_HTTP_REQUEST_TIMEOUT")
    socket.write("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
  socket.destroySoon();
}

function answer(
  socket: Socket,
  status: 400 | 431,
  reason: string,
  code: EmulatorErrorCode,
  message: string,
): void {
  const body: AzureErrorBody = { error: { code, message } };
  const text = JSON.stringify(body);
  socket.write(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
  socket.destroySoon();
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
