import { maxHeaderSize, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { type ErrorCode, PROBLEM_CONTENT_TYPE } from "@keyturn/auth-domain";
import { problemBody } from "../errors/problem.ts";

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP)
 * get problem+json like every other error, not Node's bare 431/400, and the connection is closed.
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
    const detail = `The request headers are larger than ${maxHeaderSize} bytes.`;
    answer(socket, 431, "Request Header Fields Too Large", "headers_too_large", detail);
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

function answer(socket: Socket, status: 400 | 431, reason: string, code: ErrorCode, detail: string): void {
  const body = JSON.stringify(problemBody({ status, code, detail }));
  socket.write(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.destroySoon();
}
