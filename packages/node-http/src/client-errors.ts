import { maxHeaderSize, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** The refusal to write: its status and code, and a sentence for a person. */
export interface ClientErrorAnswer {
  status: 400 | 431;
  code: "headers_too_large" | "validation_failed";
  message: string;
}

/** An app's body for a refusal: its text and type, and headers sent besides (after Content-Length). */
export interface ClientErrorBody {
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

const REASONS = { 400: "Bad Request", 431: "Request Header Fields Too Large" } as const;

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP)
 * get the app's own error body (`bodyOf`), like every other error it answers, not Node's bare 431/400;
 * the connection is closed.
 */
export function answerClientErrorsWith(
  server: Server,
  bodyOf: (answer: ClientErrorAnswer) => ClientErrorBody,
): void {
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
        inFlight.once("finish", () => refuse(err, socket, bodyOf));
        return;
      }
      if (inFlight.headersSent) {
        socket.destroy();
        return;
      }
    }
    refuse(err, socket, bodyOf);
  });
}

function refuse(
  err: NodeJS.ErrnoException,
  socket: Socket,
  bodyOf: (answer: ClientErrorAnswer) => ClientErrorBody,
): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  if (err.code === "HPE_HEADER_OVERFLOW") {
    const message = `The request headers are larger than ${maxHeaderSize} bytes.`;
    answer(socket, bodyOf({ status: 431, code: "headers_too_large", message }), 431);
    return;
  }
  if (err.code?.startsWith("HPE_")) {
    const message = "The request is not valid HTTP.";
    answer(socket, bodyOf({ status: 400, code: "validation_failed", message }), 400);
    return;
  }
  // A request timeout (408) or a reset: as Node does without this listener.
  if (err.code === "ERR_HTTP_REQUEST_TIMEOUT")
    socket.write("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
  socket.destroySoon();
}

function answer(
  socket: Socket,
  { contentType, body, headers = {} }: ClientErrorBody,
  status: 400 | 431,
): void {
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.write(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: ${contentType}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
  );
  socket.destroySoon();
}
